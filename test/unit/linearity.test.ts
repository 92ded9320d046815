/**
 * The work of resolving citations and placing notes grows linearly with the paper: a paper doubled three times
 * costs at most about eight times the comparisons (counted, not timed).
 */
import * as assert from 'node:assert';
import * as fs from 'fs';
import * as path from 'path';
import { analysePaper } from '../../server/src/analysis';
import { comparisons } from '../../server/src/analysis/comparisons';
import { syntheticPaper } from '../synthetic/syntheticPaper';

const CORPUS = path.resolve(__dirname, '../../../corpus');
/** Room for what does not double exactly (groups of citations, names the list does not have). */
const SLACK = 1.15;

function analysedCounting(text: string): { count: number; citations: number } {
  comparisons.count = 0;
  const citations = analysePaper(text).citations.length;
  return { count: comparisons.count, citations };
}

/** Each doubling at most doubles the count (with slack), and so does the whole growth. */
function assertLinear(sizes: number[], counts: number[]): void {
  for (let k = 1; k < counts.length; k++) {
    const grew = counts[k] / counts[k - 1];
    assert.ok(grew <= (sizes[k] / sizes[k - 1]) * SLACK, `from ${sizes[k - 1]}× to ${sizes[k]}× the size the comparisons grew ${grew.toFixed(2)}× (counts ${counts.join(', ')})`);
  }
  assert.ok(counts[counts.length - 1] / counts[0] <= (sizes[sizes.length - 1] / sizes[0]) * SLACK, `counts ${counts.join(', ')}`);
}

describe('linear work', () => {
  it('a synthetic paper of 500 to 4,000 entries and four citations of each', () => {
    const sizes = [500, 1000, 2000, 4000];
    const papers = sizes.map((n) => syntheticPaper(n));
    const analysed = papers.map((p) => analysedCounting(p.text));
    const counts = analysed.map((a) => a.count);
    assert.ok(counts[0] > 0, 'the comparisons are counted');
    assert.deepStrictEqual(
      analysed.map((a) => a.citations),
      papers.map((p) => p.citations),
      'every synthetic citation is recognised, so the sizes compared are the sizes analysed',
    );
    assertLinear([1, 2, 4, 8], counts);
  });

  it('a paper whose text and reference list repeat: past the copies an index keeps, a citation costs no more', () => {
    const text = fs.readFileSync(path.join(CORPUS, 'author-date-apa.txt'), 'utf8');
    const perCitation = [32, 64].map((copies) => {
      const { count, citations } = analysedCounting(Array.from({ length: copies }, () => text).join('\n\n'));
      return count / citations;
    });
    assert.ok(perCitation[0] > 0, 'the comparisons are counted');
    assert.ok(perCitation[1] <= perCitation[0] * SLACK, `comparisons per citation: ${perCitation.map((n) => n.toFixed(1)).join(' at 32 copies, ')} at 64`);
  });

  it('a long numbered list with no note of its own: each numbered line is read against the labels near it only', () => {
    // A plain number opening a line is a note only between superscript notes close by; with none, the search
    // for them once ran to both ends of the list from every line.
    const list = (n: number) => Array.from({ length: n }, (_, i) => `${(i % 999) + 1}. The sample was weighed again on the following morning.`).join('\n');
    const sizes = [1000, 2000, 4000, 8000];
    const counts = sizes.map((n) => analysedCounting(`Methods\n\n${list(n)}\n`).count);
    assert.ok(counts[0] > 0, 'the comparisons are counted');
    assertLinear([1, 2, 4, 8], counts);
  });

  it('every citation of a synthetic paper resolves, is flagged with a fix, or names no listed author', () => {
    const paper = analysePaper(syntheticPaper(300).text);
    const misspelt = paper.citations.filter((c) => c.status === 'unresolved' && c.suggestions.length > 0);
    const resolved = paper.citations.filter((c) => c.status === 'resolved');
    assert.ok(resolved.length > paper.citations.length * 0.8, `${resolved.length} of ${paper.citations.length} resolved`);
    assert.ok(misspelt.length > 0, 'misspelt names get a fix');
    for (const c of misspelt) {
      const fix = c.suggestions[0];
      assert.ok('entry' in fix, `the fix for ${c.text} is an entry`);
      const entry = paper.references[fix.entry];
      assert.ok(entry.surnames.length > 0 && entry.text.includes(c.year ?? '?'), `the fix for ${c.text} is an entry of that year: ${entry.text}`);
    }
  });
});
