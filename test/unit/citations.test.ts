import * as assert from 'node:assert';
import { cited, paper, targetLines } from './paperBuilder';

const APA_REFERENCES = [
  '',
  'References',
  '',
  '- Brenner, K. & Osei, P. (2019). River treaties and their keepers. *Journal of Basin Studies*. 12 (2), 101-130.',
  '- Carvalho, M. (2011a). Upstream promises. *Water Policy*. 8 (1), 1-20.',
  '- Carvalho, M. (2011b). Downstream doubts. *Water Policy*. 8 (3), 40-61.',
  '- Delacroix, A. et al. (2020). Sediment politics. *Delta Review*. 3 (4), 200-219.',
  '- Ødegård, S. (2015). Glacial time. Oslo: Fjord Press.',
  '- Mekong Panel. (n.d.). Annual statement. <https://panel.example.org/statement>',
  '- *Guidelines for shared aquifers*. (2018). Geneva: Water Office.',
];

describe('author-date citations', () => {
  const p = paper(
    'Cooperation grew slowly (Brenner & Osei, 2019, p. 104; Carvalho, 2011a: 5). Others disagree (Delacroix et al., 2020, pp. 201–203).',
    '',
    'Brenner and Osei (2019) describe the keepers. A glacier view (Odegard 2015) and the panel (Mekong Panel, n.d.) agree.',
    '',
    'The guidance is plain (Guidelines for shared aquifers, 2018). Carvalho (2011) wrote twice that year.',
    '',
    'Typos happen (Brener & Osei, 2019) and years slip (Delacroix et al., 2021), and some sources vanish (Quinlan, 2004).',
    '',
    'One author wrote twice (Carvalho, 2011a, 2011b: 45).',
    ...APA_REFERENCES,
  );

  it('splits a multi-citation at semicolons and keeps page locators apart', () => {
    const first = cited(p, 'Brenner & Osei, 2019');
    assert.strictEqual(first.kind, 'author-date');
    assert.strictEqual(first.locator, 'p. 104');
    assert.deepStrictEqual(targetLines(p, first), [APA_REFERENCES[3]]);
    assert.deepStrictEqual(targetLines(p, cited(p, 'Carvalho, 2011a')), [APA_REFERENCES[4]]);
  });

  it('resolves et al., narrative "and", accents and undated corporate authors', () => {
    assert.deepStrictEqual(targetLines(p, cited(p, 'Delacroix et al., 2020')), [APA_REFERENCES[6]]);
    const narrative = cited(p, 'Brenner and Osei (2019');
    assert.strictEqual(narrative.kind, 'narrative');
    assert.deepStrictEqual(targetLines(p, narrative), [APA_REFERENCES[3]]);
    assert.deepStrictEqual(targetLines(p, cited(p, 'Odegard 2015')), [APA_REFERENCES[7]]);
    assert.deepStrictEqual(targetLines(p, cited(p, 'Mekong Panel, n.d.')), [APA_REFERENCES[8]]);
  });

  it('reads further years of the same authors', () => {
    assert.deepStrictEqual(targetLines(p, cited(p, 'Carvalho, 2011a')), [APA_REFERENCES[4]]);
    const second = cited(p, '2011b');
    assert.deepStrictEqual(targetLines(p, second), [APA_REFERENCES[5]]);
    assert.strictEqual(second.locator, '45');
  });

  it('resolves a title standing as author', () => {
    assert.deepStrictEqual(targetLines(p, cited(p, 'Guidelines for shared aquifers, 2018')), [APA_REFERENCES[9]]);
  });

  it('calls a year without its letter ambiguous when 2011a and 2011b exist', () => {
    const c = cited(p, 'Carvalho (2011');
    assert.strictEqual(c.status, 'ambiguous');
    assert.deepStrictEqual(targetLines(p, c), [APA_REFERENCES[4], APA_REFERENCES[5]]);
  });

  it('suggests the close spelling for a misspelt author and never trusts a different year', () => {
    const typo = cited(p, 'Brener & Osei, 2019');
    assert.strictEqual(typo.status, 'unresolved');
    assert.strictEqual(typo.problem, 'unresolved-citation');
    assert.strictEqual(typo.suggestions[0].replacement, 'Brenner & Osei, 2019');
    const slipped = cited(p, 'Delacroix et al., 2021');
    assert.strictEqual(slipped.status, 'unresolved');
    assert.strictEqual(slipped.problem, 'year-mismatch');
    assert.strictEqual(slipped.suggestions[0].replacement, 'Delacroix et al., 2020');
    const missing = cited(p, 'Quinlan, 2004');
    assert.strictEqual(missing.problem, 'unresolved-citation');
    assert.deepStrictEqual(missing.suggestions, []);
  });

  it('does not take dates, abbreviations or asides for citations', () => {
    const q = paper(
      'The council met (April 2007) and again (in 2009). The Basin Forum (BF) was founded (BF, formally launched in 2003 with six states).',
      'Figures are in Table 2 (see above) and (Article 3).',
      ...APA_REFERENCES,
    );
    assert.deepStrictEqual(q.citations.map((c) => c.text), []);
  });
});

describe('"(SURNAME Year: page)" citations', () => {
  const p = paper(
    'The treaty held (PETROVIC 2010: 33–35) and was tested (Lindqvist-Haug 2016: 8). Sources are thin (UNEP s. a.).',
    '',
    'Source: Petrovic 2010: 40',
    '',
    'Bibliography',
    '',
    '- PETROVIC, Ana (2010): The Sava Agreement. Zagreb: Riverbank.',
    '- Lindqvist, Maja – Haug, Ola (2016): Ice and Law. Tromsø: Arctic Books.',
    '- UNEP (s. a.): Regional seas. Online: https://unep.example.org/seas',
  );

  it('resolves capitals, compound names joining two authors, undated marks and figure sources', () => {
    assert.match(targetLines(p, cited(p, 'PETROVIC 2010'))[0], /^- PETROVIC/);
    assert.match(targetLines(p, cited(p, 'Lindqvist-Haug 2016'))[0], /^- Lindqvist/);
    assert.match(targetLines(p, cited(p, 'UNEP s. a.'))[0], /^- UNEP/);
    assert.match(targetLines(p, cited(p, 'Petrovic 2010'))[0], /^- PETROVIC/);
  });
});

describe('Chicago-style bibliography entries', () => {
  const p = paper(
    'As Moreau (1987:14) and Sato and Ruiz (2001) argue, and Moreau (1985:3) did not.',
    '',
    'Bibliography',
    '',
    '- Moreau, Jeanne, The Long Shore, (Paris: Maison, 1987).',
    '- Sato, Ken, and Elena Ruiz, \'Tides of Trade,\' Pacific Affairs, 74:2 (Summer 2001). pp. 10-29.',
  );

  it('reads the year at the end of the entry and the co-author after "and"', () => {
    assert.deepStrictEqual(p.references.map((r) => [r.surnames, r.year]), [
      [['Moreau'], '1987'],
      [['Sato', 'Ruiz'], '2001'],
    ]);
    assert.strictEqual(cited(p, 'Moreau (1987').status, 'resolved');
    assert.strictEqual(cited(p, 'Sato and Ruiz (2001').status, 'resolved');
    assert.strictEqual(cited(p, 'Moreau (1985').problem, 'year-mismatch');
  });
});

describe('numeric citations', () => {
  const p = paper(
    'Docking stations matter [1], as do fares [2, 3] and weather [3–5]. One claim cites nothing real [9]. Surveys agree [1]–[3].',
    'A [link](https://example.org) and a footnote [^1] are not citations.',
    '',
    '## References',
    '',
    '[1] Ahn, J. Station density. 2019.',
    '[2] Berg, T. Fare integration. 2020.',
    '[3] Cole, R. Weather and cycling. 2018.',
    '[4] Duarte, L. Rain. 2017.',
    '[5] Eklund, P. Snow. 2016.',
  );

  it('resolves single numbers, lists and ranges against the numbered list', () => {
    assert.deepStrictEqual(p.citations.filter((c) => c.kind === 'numeric').map((c) => c.text), ['[1]', '[2', '3]', '[3–5]', '[9]', '[1]–[3]']);
    assert.strictEqual(targetLines(p, cited(p, '[1]–[3]')).length, 3);
    assert.strictEqual(targetLines(p, cited(p, '[3–5]')).length, 3);
    assert.strictEqual(cited(p, '[9]').status, 'unresolved');
  });
});

describe('note calls', () => {
  const p = paper(
    'Electric traction spread fast.¹ Cities bought the lines,² and some resisted municipalism3 while others paid. 4 Then came debts.⁵',
    '',
    'The figures (km² of track) do not count, nor do page numbers like p. 6 or Vol. 7.',
    '',
    'Notes',
    '',
    '¹ First note.',
    '² Second note.',
    '3 Third note, numbered without a superscript.',
    '⁴ Fourth note.',
    '⁶ Sixth note, which nothing calls.',
  );

  it('finds superscript calls and bare numbers that continue the sequence', () => {
    assert.deepStrictEqual(p.citations.map((c) => c.text), ['¹', '²', '3', '4', '⁵']);
    assert.deepStrictEqual(targetLines(p, cited(p, '3')), ['3 Third note, numbered without a superscript.']);
  });

  it('reports a call whose note is missing', () => {
    const call = cited(p, '⁵');
    assert.strictEqual(call.status, 'unresolved');
    assert.strictEqual(call.problem, 'missing-note');
  });
});

describe('superscript numbers against a numbered reference list', () => {
  const p = paper(
    'Shared bikes cut short car trips.¹ Later work disagreed.³ One claim cites past the end of the list.⁹',
    '',
    'References',
    '',
    '1. Ahn J. Station density. Transp Res. 2019;4:1-9.',
    '2. Berg T. Fares. Transp Res. 2020;5:10-19.',
    '3. Cole R. Weather. Transp Res. 2018;2:3-8.',
  );

  it('resolves them to the list entries, and flags numbers past the end of the list', () => {
    assert.deepStrictEqual(p.citations.map((c) => [c.text, c.kind, c.status]), [
      ['¹', 'numeric', 'resolved'],
      ['³', 'numeric', 'resolved'],
      ['⁹', 'numeric', 'unresolved'],
    ]);
  });
});

describe('Harvard entries without parentheses, wrapped over lines', () => {
  const p = paper(
    'Ports compete (Ibarra 2015, 12) and cooperate (Nkosi and Park 2018).',
    '',
    'References',
    '',
    'Ibarra, L. 2015. Harbour rivalry in the Gulf of Guinea. Maritime Policy',
    'Studies, 3(2), 1-20.',
    'Nkosi, T. and Park, S. 2018. Port alliances. Lagos: Tide Press.',
  );

  it('reads the bare year after the authors and keeps a wrapped line in its entry', () => {
    assert.deepStrictEqual(p.references.map((r) => [r.surnames, r.year]), [
      [['Ibarra'], '2015'],
      [['Nkosi', 'Park'], '2018'],
    ]);
    assert.strictEqual(cited(p, 'Ibarra 2015').status, 'resolved');
    assert.strictEqual(cited(p, 'Nkosi and Park 2018').status, 'resolved');
  });
});
