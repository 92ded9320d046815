/**
 * The text of a rebuilt line: its runs left to right, a space where the gap between two runs is as
 * wide as a word space, superscript numbers as Unicode superscript digits (the analysis reads "¹²",
 * "⁷–⁹", "⁹,¹⁰" as note calls and superscript citations), ligatures as their letters, accents on their letters.
 */
import { PageLine } from './lines';
import { TextRun } from './textRuns';
import { withAccentsJoined } from './accents';

/** A gap wider than this share of the font size is a word space. */
const WORD_SPACE = 0.15;
const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
/** A superscript of numbers, with the commas, dashes and spaces between them. */
const SUPERSCRIPT_NUMBERS = /^[\d,;\-–—−‐‑ ]*\d[\d,;\-–—−‐‑ ]*$/;
/** Latin ligatures (ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ): NFKC gives their letters, and changes nothing else of the text. */
const LIGATURES = /[\ufb00-\ufb06]/g;

function scriptText(run: TextRun): string {
  const text = run.text.replace(LIGATURES, (l) => l.normalize('NFKC'));
  if (!run.superscript || !SUPERSCRIPT_NUMBERS.test(text.trim())) return text;
  return text.replace(/\s+/g, '').replace(/\d/g, (d) => SUPERSCRIPT_DIGITS[Number(d)]);
}

export function lineText(line: PageLine): string {
  let out = '';
  let reach = -Infinity;
  for (const run of line.runs) {
    const text = scriptText(run);
    const gap = run.x0 - reach;
    const spaced = /\s$/.test(out) || /^\s/.test(text);
    if (out !== '' && !spaced && gap > WORD_SPACE * line.size) out += ' ';
    out += text;
    reach = Math.max(reach, run.x1);
  }
  return withAccentsJoined(out.replace(/\s+/g, ' ').trim());
}
