import * as assert from 'node:assert';
import { cited, paper, targetLines } from './paperBuilder';

const WORKS_CITED = [
  '',
  'Works Cited',
  '',
  'Ferreira, Lúcia. Salt and Silence: Coastal Towns after the Fisheries. Harbour Books, 2011.',
  '———. "Nets in Winter." Maritime Quarterly, vol. 4, no. 2, 2014, pp. 33–58.',
  'Ilunga, Moïse, and Petra Holm. Tidal Ledgers. Gannet Press, 2019.',
  'van Rijn, Aart, et al. The Dyke Keepers. Polder Academic, 2007.',
  'Baltic Harbour Authority. Annual Survey of the Inner Ports. 2020.',
  'Kowalczyk, Zofia. Ropes and Rigging. Gannet Press, 1998.',
];

describe('author-page citations (MLA)', () => {
  const p = paper(
    'The towns shrank (Ferreira, Salt and Silence 23; Ilunga and Holm 45–47). The dykes held (van Rijn et al. 112).',
    '',
    'Winters were harder (Ferreira, "Nets in Winter" 40), the ports quieter (Baltic Harbour Authority), and ropes dearer (Kowalczyk).',
    '',
    'Some doubted it (Kowalzcyk 12). See the map (Table 2) and the appendix (see 23), and the rigging (Ferreira 9).',
    ...WORKS_CITED,
  );

  it('resolves authors with pages, two authors, et al. and a corporate author', () => {
    assert.deepStrictEqual(targetLines(p, cited(p, 'Ilunga and Holm 45–47')), [WORKS_CITED[5]]);
    assert.deepStrictEqual(targetLines(p, cited(p, 'van Rijn et al. 112')), [WORKS_CITED[6]]);
    assert.deepStrictEqual(targetLines(p, cited(p, 'Baltic Harbour Authority')), [WORKS_CITED[7]]);
    const page = cited(p, 'Kowalczyk');
    assert.strictEqual(page.status, 'resolved');
    assert.strictEqual(cited(p, 'Ilunga and Holm 45–47').locator, '45–47');
  });

  it('tells an author\'s works apart by the title cited, the repeated-author dash included', () => {
    assert.deepStrictEqual(targetLines(p, cited(p, 'Ferreira, Salt and Silence 23')), [WORKS_CITED[3]]);
    assert.deepStrictEqual(targetLines(p, cited(p, 'Ferreira, "Nets in Winter" 40')), [WORKS_CITED[4]]);
    const bare = cited(p, 'Ferreira 9');
    assert.strictEqual(bare.status, 'ambiguous');
  });

  it('flags a misspelt author and offers the near spelling', () => {
    const c = cited(p, 'Kowalzcyk 12');
    assert.strictEqual(c.status, 'unresolved');
    assert.ok(c.kind !== 'footnote');
    assert.strictEqual(c.suggestions[0]?.replacement, 'Kowalczyk 12');
  });

  it('leaves tables and bare pages alone', () => {
    assert.ok(!p.citations.some((c) => c.text.includes('Table') || c.text === '23'));
  });

  it('reads nothing as author-page in a paper that cites by author and year', () => {
    const q = paper(
      'Ports grew (Ferreira 2011). Holm agrees (Ilunga and Holm 2019), and the authority too (Baltic Harbour Authority).',
      '',
      'References',
      '',
      'Ferreira, L. (2011). Salt and silence. Harbour Books.',
      'Ilunga, M., & Holm, P. (2019). Tidal ledgers. Gannet Press.',
      'Baltic Harbour Authority. (2020). Annual survey. Port Office.',
    );
    assert.ok(!q.citations.some((c) => c.text === 'Baltic Harbour Authority'));
  });
});
