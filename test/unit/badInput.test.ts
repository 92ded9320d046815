import * as assert from 'node:assert';
import { analysePaper, findDiagnostics } from '../../server/src/analysis';

/** A repeatable stream of pseudo-random UTF-16 code units. */
function junk(length: number, seed: number): string {
  let s = seed;
  const units = new Uint16Array(length);
  for (let i = 0; i < length; i++) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    units[i] = s & 0xffff;
  }
  return Buffer.from(units.buffer).toString('utf16le');
}

const SMALL_PAPER = [
  'Rivers unite (Smith, 2010, p. 4).',
  '',
  'References',
  '',
  'Smith, J. (2010). Shared water. River Press.',
].join('\n');

describe('bad input', () => {
  it('an empty document is no paper and has no findings', () => {
    const p = analysePaper('');
    assert.strictEqual(p.isPaper, false);
    assert.deepStrictEqual(findDiagnostics(p), []);
  });

  it('a 10 MB single line is read without error and yields nothing', () => {
    const p = analysePaper('(Smith ' + 'x'.repeat(10_000_000) + ', 2010)');
    assert.deepStrictEqual(p.citations, []);
  });

  it('unbalanced parentheses and a million openers do not derail the scan', () => {
    assert.deepStrictEqual(analysePaper('('.repeat(1_000_000)).citations, []);
    const p = analysePaper('An aside (never closed, as in (Smith, 2010) and more.\n\nReferences\n\nSmith, J. (2010). Water. Press.');
    assert.deepStrictEqual(p.citations.map((c) => c.text), ['Smith, 2010']);
  });

  it('binary junk is no paper', () => {
    const p = analysePaper(junk(500_000, 7));
    assert.strictEqual(p.isPaper, false);
    assert.deepStrictEqual(findDiagnostics(p), []);
  });

  it('CRLF line ends and a byte-order mark give the same findings at the same offsets', () => {
    const lf = analysePaper(SMALL_PAPER);
    const crlf = analysePaper('\ufeff' + SMALL_PAPER.replace(/\n/g, '\r\n'));
    assert.strictEqual(crlf.citations[0].status, 'resolved');
    assert.strictEqual(crlf.references[0].text, lf.references[0].text);
    const line = (p: typeof lf, offset: number) => p.lineStarts.filter((s) => s <= offset).length;
    assert.strictEqual(line(crlf, crlf.citations[0].span.start), line(lf, lf.citations[0].span.start));
  });

  it('ordinary prose with numbers and parentheses is no paper', () => {
    const p = analysePaper('Buy milk (2 litres) on 12 May 2024.\nCall Anna (May 2024).\nRoom 5. 12 chairs.\n');
    assert.strictEqual(p.isPaper, false);
    assert.deepStrictEqual(findDiagnostics(p), []);
  });

  it('thousands of citations all resolve', () => {
    const names = Array.from({ length: 200 }, (_, i) => `Author${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + Math.floor(i / 26))}`);
    const body = Array.from({ length: 5000 }, (_, i) => `Claim ${i} (${names[i % 200]}, ${1900 + (i % 200)}).`).join('\n');
    const list = names.map((n, i) => `${n}, A. (${1900 + i}). Title ${i}. Journal.`).join('\n');
    const p = analysePaper(`${body}\n\nReferences\n\n${list}`);
    assert.strictEqual(p.references.length, 200);
    assert.strictEqual(p.citations.length, 5000);
    assert.ok(p.citations.every((c) => c.status === 'resolved'));
  });
});
