import * as assert from 'node:assert';
import { entryFields } from '../../server/src/analysis/entryFields';
import { paper } from './paperBuilder';

/** The CSL-JSON of each entry of a reference list holding these entries. */
function fieldsOf(...entries: string[]) {
  const p = paper('Tides rose (Marsh & Tully, 2016; Okafor, 2019) [1-3].', '', 'References', '', ...entries);
  return p.references.map(entryFields);
}

describe('reference entries read into CSL-JSON fields', () => {
  it('reads an APA journal article: authors, year, title, journal, volume, issue, pages and DOI', () => {
    const [item] = fieldsOf('Marsh, T., & Tully, R. (2016). Tide tables of small harbours. Harbour Studies, 12(3), 45–67. https://doi.org/10.1234/hs.2016.045');
    assert.deepStrictEqual(item.author, [{ family: 'Marsh', given: 'T.' }, { family: 'Tully', given: 'R.' }]);
    assert.deepStrictEqual(item.issued, { 'date-parts': [[2016]] });
    assert.strictEqual(item.type, 'article-journal');
    assert.strictEqual(item.title, 'Tide tables of small harbours');
    assert.strictEqual(item['container-title'], 'Harbour Studies');
    assert.deepStrictEqual([item.volume, item.issue, item.page, item.DOI], ['12', '3', '45-67', '10.1234/hs.2016.045']);
  });

  it('reads a book with place and publisher, a thesis, and a chapter with its book', () => {
    const [book, thesis, chapter] = fieldsOf(
      'Okafor, B. (2019). Reeds and rivers. Lagos: Delta Press.',
      'Quist, A. (2018). Salt in the estuary (PhD thesis). University of Tidewater.',
      'Varga, E. (2017). Harbour dues. In L. Marsh (Ed.), Handbook of small ports (pp. 10–30). Porto: Douro Press.',
    );
    assert.deepStrictEqual([book.type, book.title, book['publisher-place'], book.publisher], ['book', 'Reeds and rivers', 'Lagos', 'Delta Press']);
    assert.deepStrictEqual([thesis.type, thesis.title], ['thesis', 'Salt in the estuary']);
    assert.deepStrictEqual([chapter.type, chapter['container-title'], chapter.page], ['chapter', 'Handbook of small ports', '10-30']);
  });

  it('reads Vancouver, IEEE and Chicago journal forms, a particle and a corporate author', () => {
    const [vancouver, vancouverBook] = fieldsOf('1. van der Berg L, Okafor B. Tide gauges at river mouths. J Harb Stud. 2016;12(3):45-67.', '2. Marsh T. Tides. Port Press; 2001.', '3. Tully R. Quays. Port Press; 2002.');
    const [ieee] = fieldsOf('[1] T. Marsh and R. Tully, “Tide tables of small harbours,” Harbour Studies, vol. 12, no. 3, pp. 45–67, 2016.', '[2] B. Okafor, Reeds. Lagos: Delta Press, 2019.', '[3] R. Tully, Quays. Porto: Port Press, 2002.');
    const [chicago, corporate] = fieldsOf(
      'Tully, Rosa. “Quay Rights.” Harbour Studies 9, no. 2 (2014): 1–20.',
      'Harbour Tide Council. (2015). Annual tide tables. Tidewater: Harbour Tide Council.',
    );
    assert.deepStrictEqual(vancouver.author?.[0], { family: 'Berg', 'non-dropping-particle': 'van der', given: 'L' });
    assert.deepStrictEqual([vancouver['container-title'], vancouver.volume, vancouver.issue, vancouver.page], ['J Harb Stud', '12', '3', '45-67']);
    assert.deepStrictEqual([vancouverBook.type, vancouverBook.publisher], ['book', 'Port Press']);
    assert.deepStrictEqual([ieee.title, ieee['container-title'], ieee.volume, ieee.issue], ['Tide tables of small harbours', 'Harbour Studies', '12', '3']);
    assert.deepStrictEqual([chicago.author?.[0], chicago.title, chicago.volume, chicago.issue], [{ family: 'Tully', given: 'Rosa' }, 'Quay Rights', '9', '2']);
    assert.deepStrictEqual(corporate.author, [{ literal: 'Harbour Tide Council' }]);
  });

  it('reads ABNT names whose last initial comes before a title opening with a one-letter word', () => {
    const [one, three] = fieldsOf(
      'Marsh, T. R. A maré nos portos pequenos. Revista de Portos, v. 12, n. 3, p. 45-67, 2016.',
      'Okafor, B.; Tully, R. S.; Quist, A. L. M. A pesca no estuário. 2. ed. Lagos: Delta, 2019.',
    );
    assert.deepStrictEqual([one.author, one.title], [[{ family: 'Marsh', given: 'T. R.' }], 'A maré nos portos pequenos']);
    assert.deepStrictEqual(three.author?.map((a) => [a.family, a.given]), [['Okafor', 'B.'], ['Tully', 'R. S.'], ['Quist', 'A. L. M.']]);
    assert.strictEqual(three.title, 'A pesca no estuário');
  });

  it('reads pages that look like years where "pp." or the volume marks them, and one page or an article number', () => {
    const [springer, ieee, single, article] = fieldsOf(
      'Marsh T, Tully R (2016) Tide tables of small harbours. Harb Stud 25:1765–1774',
      '[2] B. Okafor, “Reeds,” Harbour Studies, vol. 9, no. 2, pp. 1969–1975, 2019.',
      'Quist A (2018) Salt in the estuary. Front Harb 7:185',
      'Varga E (2017) Harbour dues. Proc Harb Soc B 280:20122765',
    );
    assert.deepStrictEqual([springer.volume, springer.page], ['25', '1765-1774']);
    assert.strictEqual(ieee.page, '1969-1975');
    assert.deepStrictEqual([single.type, single['container-title'], single.volume, single.page], ['article-journal', 'Front Harb', '7', '185']);
    assert.deepStrictEqual([article.volume, article.page], ['280', '20122765']);
  });

  it("takes a question's subtitle into the title, but never the abbreviated journal after a question", () => {
    const [subtitled, question] = fieldsOf(
      '1. Marsh T. Which tide table? A comparison of three harbours. Harb Stud. 2016;12(3):45-67.',
      '2. Tully R. Who owns the quay? J Harb Stud. 2014;9(2):1-20.',
      '3. Okafor B. Reeds. Port Press; 2001.',
    );
    assert.deepStrictEqual([subtitled.title, subtitled['container-title']], ['Which tide table? A comparison of three harbours', 'Harb Stud']);
    assert.deepStrictEqual([question.title, question['container-title']], ['Who owns the quay?', 'J Harb Stud']);
  });
});
