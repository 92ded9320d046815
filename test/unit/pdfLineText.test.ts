import * as assert from 'node:assert';
import { lineText } from '../../server/src/pdf/lineText';
import { PageLine } from '../../server/src/pdf/lines';
import { TextRun } from '../../server/src/pdf/textRuns';

/** A line of runs set one after another in 10-point type, 5 points a character. */
function lineOf(...parts: Array<{ text: string; superscript?: boolean; gap?: number }>): PageLine {
  let x = 72;
  const runs: TextRun[] = parts.map((p) => {
    x += p.gap ?? 0;
    const run = { text: p.text, x0: x, x1: x + 5 * p.text.length, baseline: 100, size: p.superscript ? 6 : 10, font: 'f', superscript: !!p.superscript };
    x = run.x1;
    return run;
  });
  return { runs, x0: 72, x1: x, top: 92, bottom: 102, baseline: 100, size: 10, font: 'f' };
}

describe('PDF extraction: the text of a line', () => {
  it('gives ligatures as their letters', () => {
    assert.strictEqual(lineText(lineOf({ text: 'The ﬁrst ﬂood ﬁlled the oﬃce.' })), 'The first flood filled the office.');
  });

  it('sets an accent drawn as a glyph of its own on the letter after it, where Unicode has that letter', () => {
    assert.strictEqual(lineText(lineOf({ text: 'Pali´' }, { text: 'c and Sk¨', gap: -5 }, { text: 'ar wrote; don´t', gap: -5 })), 'Palić and Skär wrote; don´t');
  });

  it('puts a space where runs stand a word space apart, none where they touch', () => {
    assert.strictEqual(lineText(lineOf({ text: 'salt' }, { text: 'marsh', gap: 3 }, { text: 'es', gap: 0.5 })), 'salt marshes');
  });

  it('writes superscript numbers as superscript digits, and other superscripts as they are', () => {
    assert.strictEqual(lineText(lineOf({ text: 'delta' }, { text: '12, 14', superscript: true }, { text: ' and sea' }, { text: 'a', superscript: true })), 'delta¹²,¹⁴ and seaa');
  });
});
