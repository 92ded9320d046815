import * as assert from 'node:assert';
import { Concept, Paper, SHOWS_DEFINITION } from '../../server/src/analysis';
import { readCue } from '../../server/src/analysis/concepts/definitionCues';
import { conceptKey, termForms } from '../../server/src/analysis/concepts/mentions';
import { paper } from './paperBuilder';

function concept(p: Paper, term: string): Concept {
  const c = p.concepts.find((x) => x.term.toLowerCase() === term.toLowerCase());
  if (!c) throw new Error(`no concept "${term}"; found: ${p.concepts.map((x) => JSON.stringify(x.term)).join(', ')}`);
  return c;
}

function lineOf(p: Paper, offset: number): number {
  let line = 0;
  while (line + 1 < p.lineStarts.length && p.lineStarts[line + 1] <= offset) line++;
  return line;
}

/** Reads the cue around the first occurrence of `term` in `sentence`. */
function cue(sentence: string, term: string, next: string | null = null) {
  const at = sentence.indexOf(term);
  return readCue(sentence, at, at + term.length, next, /principle/.test(term));
}

describe('terms a paper defines', () => {
  it('finds a term characterised in italics, and its later uses', () => {
    const p = paper(
      'Ferry operators cooperate in many ways.',
      '',
      'The most common form is what is characterised here as *shared stewardship*. It lets each operator keep its routes.',
      '',
      'Later chapters show how shared stewardship spread to the canals, and why shared stewardship failed in the south.',
    );
    const c = concept(p, 'shared stewardship');
    assert.strictEqual(lineOf(p, c.definition.start), 2);
    assert.strictEqual(c.mentions.filter((m) => lineOf(p, m.start) === 4).length, 2);
    assert.ok(c.strength >= 3);
  });

  it('spells out a quoted term followed by a dash and a list', () => {
    const p = paper('The charter names the "two dangers"—flooding, silting and drought—as its concern. Both of the two dangers recur.');
    const c = concept(p, 'two dangers');
    assert.match(c.gist, /^flooding, silting and drought/);
  });

  it('reads "is defined as", "refers to", "means", "is known as" and "the notion of ... is"', () => {
    const p = paper(
      'Basin citizenship is defined as the claim of river communities to a voice in water treaties.',
      'Hydraulic solidarity refers to the sharing of flood risk between upstream and downstream states.',
      'In this study, water diplomacy means negotiation over shared rivers by officials.',
      'Cooperation of this sort is known as upstream pledging.',
      'The notion of riverisation is the slow binding of states through joint works.',
      'Basin citizenship, hydraulic solidarity, water diplomacy, upstream pledging and riverisation recur below.',
    );
    assert.match(concept(p, 'basin citizenship').gist, /^the claim of river communities/);
    assert.match(concept(p, 'hydraulic solidarity').gist, /^the sharing of flood risk/);
    assert.match(concept(p, 'water diplomacy').gist, /^negotiation over shared rivers/);
    assert.strictEqual(lineOf(p, concept(p, 'upstream pledging').definition.start), 3);
    assert.strictEqual(lineOf(p, concept(p, 'riverisation').definition.start), 4);
  });

  it('takes what came before for "This approach has been called X."', () => {
    const p = paper('States traded small concessions for trust over decades. This approach has been called patient bargaining.');
    const c = concept(p, 'patient bargaining');
    assert.strictEqual(c.cue, 'named');
    assert.match(c.gist, /^States traded small concessions/);
  });

  it('reads a principle explained by the next sentence, and meets its other spellings', () => {
    const p = paper(
      'A key rule of the treaty is the "prior notice principle." According to this principle, no state may dam a river without telling its neighbours.',
      'The principle of prior notice was later weakened.',
    );
    const c = concept(p, 'prior notice principle');
    assert.match(c.gist, /^no state may dam a river/);
    assert.strictEqual(lineOf(p, c.definition.start), 0);
    assert.ok(c.mentions.some((m) => lineOf(p, m.start) === 1), 'the "principle of prior notice" form is a use');
    assert.strictEqual(conceptKey('principle of prior notice'), conceptKey('prior notice principle'));
    assert.deepStrictEqual(termForms('prior notice principle').length, 3);
  });

  it('lists the keywords as terms without claiming a defining sentence for them', () => {
    const p = paper('Keywords: river treaties, sediment, Danube', '', 'River treaties are studied here. Sediment moves. The Danube flows.');
    const c = concept(p, 'river treaties');
    assert.strictEqual(c.cue, 'keyword');
    assert.ok(c.strength < 2);
    assert.ok(p.concepts.some((x) => x.term === 'sediment'));
    assert.ok(!p.concepts.some((x) => x.term.toLowerCase() === 'danube'), 'a name written capitalised throughout is no term');
  });

  it('takes the first plain definition, not a later restatement', () => {
    const p = paper(
      'Tidal sharing is defined as the division of harbour time between fleets.',
      'Later, tidal sharing is defined as a custom of the northern ports.',
    );
    assert.strictEqual(lineOf(p, concept(p, 'tidal sharing').definition.start), 0);
  });

  it('counts a use inside a longer term as a use of the longer term', () => {
    const p = paper(
      'Water security is defined as the reliable supply of clean water to every household.',
      'The notion of security is broader: security means freedom from threats.',
      'Water security and security are not the same.',
    );
    const water = concept(p, 'water security');
    const security = concept(p, 'security');
    assert.ok(!security.mentions.some((s) => water.mentions.some((w) => w.start <= s.start && s.end <= w.end)));
    assert.strictEqual(security.mentions.filter((m) => lineOf(p, m.start) === 2).length, 1);
  });

  it('reads definitions in Portuguese, Spanish and French, and a term named in Portuguese', () => {
    const p = paper(
      'O capital fluvial é definido como a soma das licenças de navegação de um porto. O capital fluvial cresceu, e o capital fluvial caiu.',
      'El capital portuario se define como el conjunto de muelles de una ciudad. El capital portuario creció y el capital portuario cayó.',
      'Le droit de quai est défini comme le droit d’amarrer un bateau. Le droit de quai revient, et le droit de quai reste.',
      'Este arranjo é chamado *partilha de cais*: dois barcos usam um cais em horas fixas. A partilha de cais durou, e a partilha de cais voltou.',
    );
    assert.strictEqual(concept(p, 'capital fluvial').gist, 'a soma das licenças de navegação de um porto.');
    assert.strictEqual(concept(p, 'capital portuario').gist, 'el conjunto de muelles de una ciudad.');
    assert.match(concept(p, 'droit de quai').gist, /^le droit d’amarrer un bateau/);
    assert.match(concept(p, 'partilha de cais').gist, /^dois barcos usam um cais em horas fixas/);
  });

  it('reads a term explained in apposition: "X, a kind that ...", "X (the kind that ...)"', () => {
    const p = paper(
      'Samples held ferritin, a protein that stores iron in cells. Ferritin rose, and ferritin fell.',
      'We measured tidal lag (the delay that separates the moon crossing from high water) at each quay. Tidal lag grew, and tidal lag varied.',
      'We met at the port, a place that never sleeps. Later we met in Lisbon, a city that never sleeps, and Lisbon was kind.',
    );
    assert.strictEqual(concept(p, 'ferritin').gist, 'a protein that stores iron in cells');
    assert.strictEqual(concept(p, 'tidal lag').gist, 'the delay that separates the moon crossing from high water');
    assert.ok(!p.concepts.some((c) => /^(?:port|lisbon)$/i.test(c.term)), 'a place named once or a proper name is no term');
  });

  it('does not run a definition on into a next sentence that only uses the term again', () => {
    const p = paper('Quay rent is defined as the fee a boat pays for a night at the quay. Quay rent rose, and quay rent fell.');
    assert.strictEqual(concept(p, 'quay rent').gist, 'the fee a boat pays for a night at the quay.');
  });

  it('joins a hard-wrapped definition across its line breaks', () => {
    const p = paper(
      'In this study the notion of tidal stewardship is defined as the',
      'willingness of harbour towns to share dredging costs with their',
      'neighbours. Tidal stewardship is rare, and tidal stewardship fails often.',
    );
    assert.match(concept(p, 'tidal stewardship').gist, /^the willingness of harbour towns to share dredging costs with their neighbours/);
  });

  it('reads "Thus, X is ..." with the sentence it concludes from', () => {
    const p = paper('Each guild first guards its charter and its officers. Thus, *charter security* is a concern of every guild, large or small. Charter security returns below, as charter security always does.');
    assert.match(concept(p, 'charter security').gist, /^Each guild first guards its charter/);
  });

  it('goes on to the sentences that pick the term up ("This activity ...", "It ...")', () => {
    const p = paper(
      'The most prized form of cooperation is what is characterised here as *harbour pooling*. This activity is shared rather than central. It keeps each port in charge of its quays.',
      'Later, harbour pooling spread, and harbour pooling lasted.',
    );
    const gist = concept(p, 'harbour pooling').gist;
    assert.match(gist, /This activity is shared rather than central/);
    assert.match(gist, /It keeps each port in charge of its quays/);
  });

  it('prefers a later full definition to an earlier classification in two words', () => {
    const p = paper(
      'Both charters define wrecking as a threat. The 1890 code determined that wrecking means luring a ship onto rocks to plunder its cargo.',
      'Wrecking declined, and wrecking was rare by 1900.',
    );
    assert.match(concept(p, 'wrecking').gist, /^luring a ship onto rocks/);
  });

  it('reads "what we call *X*: ..." as naming the term, and keeps a page range whole', () => {
    const p = paper('The evidence points to what we call *berth sharing*: two lines using one quay at set hours (Ota 2001: 8–9). Berth sharing spread; berth sharing lasted.');
    assert.match(concept(p, 'berth sharing').gist, /^two lines using one quay at set hours \(Ota 2001: 8–9\)/);
  });

  it('makes an appraisal no definition even when the next sentence names the term again', () => {
    const p = paper('Ferry pooling is an obvious candidate for reform. However, audits suggest that ferry pooling saves little. Ferry pooling recurs.');
    const c = p.concepts.find((x) => x.term.toLowerCase() === 'ferry pooling');
    assert.ok(!c || c.strength < SHOWS_DEFINITION, `read as a definition: ${c?.gist}`);
  });

  it('shows the passage that introduces a term only set off in italics, without calling it a definition', () => {
    const p = paper('The guilds never claimed that their habits, embodied in the *harbour ethos*, formed a creed. But the language was a creed in all but name, speaking of thrift and of mutual aid.', 'The harbour ethos outlived the guilds, and the harbour ethos is still cited.');
    const c = concept(p, 'harbour ethos');
    assert.ok(c.strength < SHOWS_DEFINITION);
    assert.match(c.gist, /speaking of thrift and of mutual aid/);
  });
});

describe('no definition claimed for an ordinary word', () => {
  it('makes no term of an appraisal or of a word that is only described', () => {
    const p = paper(
      'The river is an important resource. Cooperation is an obvious candidate for study.',
      'The dam was seen as a threat by the town, and the town was regarded as a victim.',
    );
    for (const word of ['river', 'cooperation', 'dam', 'town']) assert.ok(!p.concepts.some((c) => c.term.toLowerCase() === word), word);
  });

  it('makes no term of a place picked out by "known as", or of a title of a work', () => {
    const p = paper('The ships sailed to the region known as Lowland. See *Rivers of Memory* (1999) and *Rivers of Memory* again.');
    assert.ok(!p.concepts.some((c) => c.term === 'Lowland'));
    assert.ok(!p.concepts.some((c) => c.term === 'Rivers of Memory'));
  });

  it('weakens "For X, term means ..." (what the term means to one actor)', () => {
    const own = cue('For the ministry, river security means closing the border.', 'river security');
    const plain = cue('River security means closing the border.', 'River security');
    assert.ok(own.strength < plain.strength);
  });
});

describe('large and odd input', () => {
  it('reads a long run of repeated definitions on one line without running out of stack', () => {
    const text = Array.from({ length: 20_000 }, (_, i) => `This approach has been called tidal bargaining (case ${i}). The notion of basinisation is a claim.`).join(' ');
    const p = paper(text);
    assert.deepStrictEqual(p.concepts.map((c) => c.term), ['tidal bargaining', 'basinisation']);
    assert.strictEqual(concept(p, 'basinisation').mentions.length, 20_000);
  });
});

