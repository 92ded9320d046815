import * as assert from 'node:assert';
import { Organisation, Paper } from '../../server/src/analysis';
import { alignShortForm } from '../../server/src/analysis/organisations/align';
import { wordsOf } from '../../server/src/analysis/organisations/abbreviations';
import { nameKey } from '../../server/src/analysis/organisations/variants';
import { paper } from './paperBuilder';

/** The organisation with this short form (or, without one, this name); fails the test when there is none. */
function org(p: Paper, shortOrName: string): Organisation {
  const o = p.organisations.find((x) => x.abbreviation === shortOrName) ?? p.organisations.find((x) => x.name === shortOrName);
  if (!o) throw new Error(`no organisation "${shortOrName}"; found: ${p.organisations.map((x) => `${x.name} (${x.abbreviation ?? '-'})`).join(', ')}`);
  return o;
}

/** 0-based line of an offset. */
function lineOf(p: Paper, offset: number): number {
  let line = 0;
  while (line + 1 < p.lineStarts.length && p.lineStarts[line + 1] <= offset) line++;
  return line;
}

function textOf(p: Paper, span: { start: number; end: number }): string {
  return p.text.slice(span.start, span.end);
}

describe('abbreviation definitions', () => {
  it('pairs a long form with the short form in parentheses after it, and finds every later use', () => {
    const p = paper(
      'Fishing quotas in the north are set by the Arctic Fisheries Council (AFC) every spring.',
      '',
      'Since 1990 the AFC has also ruled on disputes, and the AFC secretariat keeps the records.',
    );
    const afc = org(p, 'AFC');
    assert.strictEqual(afc.name, 'Arctic Fisheries Council');
    assert.strictEqual(afc.kind, 'organisation');
    assert.ok(afc.definition);
    assert.strictEqual(lineOf(p, afc.definition.start), 0);
    assert.strictEqual(afc.mentions.filter((m) => textOf(p, m) === 'AFC').length, 3);
  });

  it('reads the short form first with the long form in parentheses, and a parenthesis that goes on after a comma', () => {
    const p = paper(
      'Talks moved to the BGU (Baltic Grain Union) in May.',
      'A rival body, the Northern Seed Cartel (NSC, founded in 1921 by three ports), objected.',
    );
    assert.strictEqual(org(p, 'BGU').name, 'Baltic Grain Union');
    assert.strictEqual(org(p, 'NSC').name, 'Northern Seed Cartel');
  });

  it('reads a heading that joins the name and the short form with a dash', () => {
    const p = paper('Introduction', '', 'Some text.', '', 'The Danube Salt Forum – DSF', '', 'The DSF meets twice a year.');
    const dsf = org(p, 'DSF');
    assert.strictEqual(dsf.name, 'Danube Salt Forum');
    assert.strictEqual(lineOf(p, dsf.definition!.start), 4);
  });

  it('accepts a plural short form and a digit standing for "to"', () => {
    const p = paper('Regional Water Agencies (RWAs) differ. The Right to Roam (R2R) campaign grew, and R2R spread.');
    assert.strictEqual(org(p, 'RWA').name, 'Regional Water Agencies');
    assert.strictEqual(org(p, 'R2R').name, 'Right to Roam');
  });

  it('takes the initials of a body named just before a short form that is never put in parentheses', () => {
    const p = paper('Safety at sea improved under the Gulf Lighthouse Board, which explains why the GLB kept its budget.');
    const glb = org(p, 'GLB');
    assert.strictEqual(glb.name, 'Gulf Lighthouse Board');
    assert.ok(glb.definition);
  });

  it('does not invent a long form from words that do not spell the short form', () => {
    const p = paper('The treaty was complemented by a political dimension (PDX) later on, as the OXQ noted (see Table 2).');
    const pdx = p.organisations.find((o) => o.abbreviation === 'PDX');
    assert.ok(!pdx || pdx.definition === null, 'no expansion for PDX');
    assert.ok(!p.organisations.some((o) => o.abbreviation === 'Table'));
  });

  it('gives each use of a short form defined twice to the definition before it', () => {
    const p = paper(
      'The Harbour Safety Committee (HSC) met first.',
      'Later the HSC issued rules.',
      'Much later the Highland Sheep Cooperative (HSC) was founded.',
      'Then the HSC sold wool.',
    );
    const [first, second] = p.organisations.filter((o) => o.abbreviation === 'HSC').sort((a, b) => a.definition!.start - b.definition!.start);
    assert.strictEqual(first.name, 'Harbour Safety Committee');
    assert.strictEqual(second.name, 'Highland Sheep Cooperative');
    assert.ok(first.mentions.some((m) => lineOf(p, m.start) === 1));
    assert.ok(second.mentions.some((m) => lineOf(p, m.start) === 3));
    assert.ok(!first.mentions.some((m) => lineOf(p, m.start) === 3));
  });

  it('does not take an author cited in capitals for an abbreviation', () => {
    const p = paper('Rivers matter (HALVORSEN 2016: 12), as others agree (HALVORSEN 2018).');
    assert.ok(!p.organisations.some((o) => o.abbreviation === 'HALVORSEN'));
  });
});

describe('the alignment of a short form with its long form', () => {
  const words = (s: string) => wordsOf(s, 0);

  it('starts the long form at the word that opens the short form', () => {
    const ws = words('was signed by the Collective Security Treaty Organisation');
    const a = alignShortForm('CSTO', ws);
    assert.ok(a);
    assert.strictEqual(ws[a.first].text, 'Collective');
  });

  it('uses hyphen parts and keeps unspelt trailing words of a proper name', () => {
    const ws = words('the Regional Anti-Terrorist Structure');
    assert.strictEqual(ws[alignShortForm('RATS', ws)!.first].text, 'Regional');
    const treaty = words("the organisation's Treaty of Amity and Cooperation in Southeast Asia");
    const a = alignShortForm('TAC', treaty);
    assert.ok(a);
    assert.strictEqual(treaty[a.first].text, 'Treaty');
    assert.strictEqual(treaty[a.last].text, 'Cooperation');
  });

  it('refuses a lower-case phrase that leaves content words unspelt', () => {
    assert.strictEqual(alignShortForm('ASPC', words('The ASC was complemented by a political dimension')), null);
  });
});

describe('organisations named without an abbreviation', () => {
  it('finds names built on a head noun, before or after it, and stops at "and the"', () => {
    const p = paper(
      'The charter created the Council of River Ministers and the Northern Rail Commission, while the Inter-Port and Canal Council advised.',
    );
    const names = p.organisations.map((o) => o.name);
    assert.ok(names.includes('Council of River Ministers'), names.join(' | '));
    assert.ok(names.includes('Northern Rail Commission'), names.join(' | '));
    assert.ok(names.includes('Inter-Port and Canal Council'), names.join(' | '));
    assert.ok(!names.some((n) => n.includes(' and the ')));
  });

  it('ignores titles of works in italics and names that are only sentence openers', () => {
    const p = paper('See *Regional Organization and World Order* (Oxford, 1999). Council meetings were rare.');
    assert.ok(!p.organisations.some((o) => o.name.includes('Regional Organization')));
    assert.ok(!p.organisations.some((o) => o.name === 'Council'));
  });

  it('makes one organisation of spelling variants and of the name with or without "the"', () => {
    const p = paper(
      'The Pacific Co-operation Organisation (PCO) was set up in 1990.',
      'Critics of the Pacific Cooperation Organization said little; Pacific Co-operation Organisation members disagreed.',
    );
    const pcos = p.organisations.filter((o) => o.key === nameKey('Pacific Cooperation Organization'));
    assert.strictEqual(pcos.length, 1);
    assert.strictEqual(pcos[0].mentions.filter((m) => textOf(p, m) !== 'PCO').length, 3);
    assert.strictEqual(nameKey('the Shanghai Co-operation Organisation'), nameKey('Shanghai Cooperation Organization'));
  });

  it('links a short form used alone to a name in the paper whose initials spell it', () => {
    const p = paper('The Nordic Ferry Union sets timetables.', '', 'Members of the NFU met in Oslo.');
    const nfu = org(p, 'NFU');
    assert.strictEqual(nfu.name, 'Nordic Ferry Union');
    assert.strictEqual(nfu.definition, null);
  });

  it('spells a short form with an abbreviation in the name: "UN Harbour Council" is the UNHC', () => {
    const p = paper('The UN Harbour Council sets tolls.', '', 'The UNHC met in Oslo, and the UNHC agreed.');
    assert.strictEqual(org(p, 'UNHC').name, 'UN Harbour Council');
  });
});

describe('names in other languages', () => {
  it('reads a name given with its short form and a gloss as one organisation: "Nome (SIGLA, English Name)"', () => {
    const p = paper('Tolls came from the Instituto dos Portos Fluviais (IPF, Institute of River Ports) of the north.', 'The IPF met yearly, and the Institute of River Ports kept the ledgers.');
    const ipf = org(p, 'IPF');
    assert.strictEqual(ipf.name, 'Instituto dos Portos Fluviais');
    assert.strictEqual(ipf.gloss, 'Institute of River Ports');
    assert.strictEqual(ipf.kind, 'organisation');
    assert.strictEqual(ipf.mentions.length, 5);
    assert.strictEqual(p.organisations.length, 1);
  });

  it('reads head-first names in Portuguese, Spanish and French, without their article, and splits two bodies at "e do", "y el"', () => {
    const p = paper(
      'Os dados vêm do Instituto Nacional dos Portos e do Banco de Lisboa. O Instituto Nacional dos Portos publica, e o Banco de Lisboa também.',
      'La Comisión Fluvial para el Sur publicó datos; la Comisión Fluvial para el Sur y el Consejo de Puertos también.',
      "Le Conseil des Ports Fluviaux s'est réuni ; le Conseil des Ports Fluviaux a voté.",
    );
    const names = p.organisations.map((o) => o.name).sort();
    assert.deepStrictEqual(names, ['Banco de Lisboa', 'Comisión Fluvial para el Sur', 'Conseil des Ports Fluviaux', 'Consejo de Puertos', 'Instituto Nacional dos Portos']);
  });
});

describe('words in capitals that are no short forms', () => {
  it('takes an ordinary word set in capitals for emphasis, and a code identifier, for no abbreviation', () => {
    const p = paper(
      'Pilots must NOT enter the harbour at night, and the rule is NOT new.',
      'The tool reads FORCE_COLOR and FORCE_COLOR_LEVEL from the environment.',
      'The ferry is sold AS IS, without any promise, AS IS the custom.',
    );
    assert.deepStrictEqual(p.organisations.map((o) => o.name), []);
  });

  it('keeps an ordinary word in capitals that the paper writes as a name ("the WHO"), and a short form that is no word', () => {
    const p = paper('Inspectors from the WHO visited the port, and WHO staff wrote the report.', 'The audit of the IT-based system found that PDQ staff and PDQ clerks kept records.');
    assert.ok(org(p, 'WHO'));
    assert.ok(org(p, 'PDQ'));
    assert.ok(!p.organisations.some((o) => o.abbreviation === 'IT'), 'IT in "the IT-based" is no name');
  });
});

describe('what an organisation is', () => {
  it('takes the sentence where its name is the subject of "is a ..." as the description', () => {
    const p = paper(
      'We study the Arctic Fisheries Council (AFC) here.',
      'The AFC is an intergovernmental body founded in 1961 to share fish stocks.',
      'The AFC has grown.',
    );
    assert.match(org(p, 'AFC').description ?? '', /^The AFC is an intergovernmental body founded in 1961/);
  });

  it('reads an apposition too and leaves the description empty when no sentence says what it is', () => {
    const p = paper('The Salt Road Board (SRB), the body responsible for tolls, met twice. The Lake Ferry Company (LFC) grew.');
    assert.match(org(p, 'SRB').description ?? '', /the body responsible for tolls/);
    assert.strictEqual(org(p, 'LFC').description, null);
  });
});
