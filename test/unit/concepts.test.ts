import * as assert from 'node:assert';
import { Concept, Paper } from '../../server/src/analysis';
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

