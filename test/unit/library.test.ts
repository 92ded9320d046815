import * as assert from 'node:assert';
import { analysePaper } from '../../server/src/analysis';
import { readLibraryFile, ReaderLibrary } from '../../server/src/library/readerLibrary';

const BIB = [
  '@string{rct = {Review of Coastal Towns}}', // line 0
  '@string{hb = {How harbour towns}}',
  '@article{marsh2016,', // line 2
  '  author = {Marsh, Delia and Tully, Eamon},',
  '  title = {Berths and Bargains: Towns on the Water},',
  '  journal = rct, year = 2016, volume = {4}, number = {1}, pages = {12--40},',
  '  abstract = hb # { share their berths.}',
  '}',
  '',
  '@book{moller2009,', // line 9
  '  author = {M{\\"o}ller, J{\\o}rn and {Coastal Salmon Board}},',
  '  title = {Salmon Quotas of the {North} Bay},',
  '  publisher = {Lane Press}, year = {2009}, doi = {10.5555/quotas.2009}',
  '}',
].join('\n');

describe("the reader's library", () => {
  it('reads a BibTeX file: @string values, LaTeX accents, a corporate author, abstracts, each entry at its line', () => {
    const { items, problems } = readLibraryFile('file:///lib/refs.bib', BIB);
    assert.deepStrictEqual(problems, []);
    assert.deepStrictEqual(
      items.map((i) => [i.key, i.line, i.families, i.year, i.title, i.doi]),
      [
        ['marsh2016', 2, ['Marsh', 'Tully'], '2016', 'Berths and Bargains: Towns on the Water', null],
        ['moller2009', 9, ['Moller', 'Coastal Salmon Board'], '2009', 'Salmon Quotas of the North Bay', '10.5555/quotas.2009'],
      ],
    );
    assert.strictEqual(items[0].abstract, 'How harbour towns share their berths.', 'an @string value joined with #');
  });

  it('reads the other entries of a file with a broken one, and says at its line what is wrong', () => {
    const broken = BIB.replace('  title = {Berths and Bargains: Towns on the Water},', '  title = {Berths and Bargains: Towns on the Water,');
    const { items, problems } = readLibraryFile('file:///lib/refs.bib', broken);
    assert.deepStrictEqual(items.map((i) => i.key), ['moller2009']);
    assert.strictEqual(problems.length, 1);
    assert.strictEqual(problems[0].line, 2, "at the line the entry starts on");
    assert.match(problems[0].message, /^The entry 'marsh2016' cannot be read \(.+\): check its braces, quotes and commas\. The other entries are read\.$/);
  });

  it('leaves out a second entry with a key already given, and says so at its line', () => {
    const twice = `${BIB}\n\n@misc{marsh2016,\n  title = {Another},\n  year = 2001\n}`;
    const { items, problems } = readLibraryFile('file:///lib/refs.bib', twice);
    assert.deepStrictEqual(items.map((i) => i.key), ['marsh2016', 'moller2009']);
    assert.deepStrictEqual(problems, [{ line: 15, message: "The key 'marsh2016' is given twice (first on line 3): this entry is left out. Give it a key of its own." }]);
  });

  it('reads a CSL-JSON file, and names the line of a JSON error or of a record without an id', () => {
    const json = JSON.stringify([{ id: 'lee2020', type: 'book', title: 'Tides', author: [{ family: 'Lee', given: 'A.' }], issued: { 'date-parts': [[2020]] } }, { type: 'book', title: 'No key' }], null, 2);
    const { items, problems } = readLibraryFile('file:///lib/refs.csl.json', json);
    assert.deepStrictEqual(items.map((i) => [i.key, i.line, i.families, i.year]), [['lee2020', 1, ['Lee'], '2020']]);
    assert.strictEqual(problems.length, 1);
    assert.match(problems[0].message, /no "id"/);
    assert.strictEqual(problems[0].line, json.split('\n').findIndex((l) => l.includes('"No key"')) - 2);
    const bad = readLibraryFile('file:///lib/refs.csl.json', '[\n  {"id": "a"},\n  {"id": "b",}\n]');
    assert.deepStrictEqual(bad.items, []);
    assert.strictEqual(bad.problems[0].line, 2);
    assert.match(bad.problems[0].message, /not valid JSON/);
  });

  it('refuses a bibliography too large to read, with a message at its first line', () => {
    const { items, problems } = readLibraryFile('file:///lib/huge.bib', 'x'.repeat(33 * 1024 * 1024));
    assert.deepStrictEqual(items, []);
    assert.match(problems[0].message, /^This bibliography is 33 MB, over the 32 MB Scholarly Lens reads/);
  });

  it("finds a paper's entries in the library by DOI, or by authors, year and title in another style", () => {
    const library = new ReaderLibrary();
    library.set('file:///lib/refs.bib', readLibraryFile('file:///lib/refs.bib', BIB));
    const paper = analysePaper(
      [
        'Towns share berths (Marsh & Tully, 2016), quotas follow the board (Möller, 2009), and tides turn (Lee, 2020).',
        '',
        'References',
        '',
        'Marsh, D., & Tully, E. (2016). Berths and bargains: towns on the water. Review of Coastal Towns, 4(1), 12-40.',
        'Möller, J. (2009). Quotas. Lane Press. https://doi.org/10.5555/quotas.2009',
        'Lee, A. (2020). Tides. Lane Press.',
      ].join('\n'),
    );
    assert.deepStrictEqual(paper.references.map((e) => library.find(e)?.key ?? null), ['marsh2016', 'moller2009', null]);
  });
});
