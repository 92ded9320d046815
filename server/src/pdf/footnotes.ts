/**
 * Footnotes: lines at the foot of a page, set smaller than the paper's body text, with no body text below
 * them, whose first line opens with a note's label (a superscript or plain number, a letter, *, †). They
 * move to the end of the page's text, so a sentence running from one column to the next is not cut by
 * them and the analysis finds them where pdftotext puts page-bottom notes: after the page's text.
 */
import { PageLine } from './lines';

/** Smaller than this share of the body size is the size of notes. */
const NOTE_SIZE = 0.92;
const LABEL = /^(?:[⁰¹²³⁴⁵⁶⁷⁸⁹]+|\d{1,3}[.)]?\s|[a-z][.)]?\s|[*†‡§¶]+)/;

function overlapsHorizontally(a: PageLine, b: PageLine): boolean {
  return Math.min(a.x1, b.x1) > Math.max(a.x0, b.x0);
}

/** The page's lines (in reading order, with their texts) split into its body and its footnotes. */
export function splitFootnotes(lines: PageLine[], texts: string[], bodySize: number): { body: number[]; notes: number[] } {
  const small = lines.map((l) => l.size < NOTE_SIZE * bodySize);
  const atFoot = lines.map((l, i) => small[i] && !lines.some((m, k) => !small[k] && m.top > l.bottom && overlapsHorizontally(l, m)));
  const body: number[] = [];
  const notes: number[] = [];
  let inNotes = false;
  lines.forEach((_, i) => {
    if (!atFoot[i]) inNotes = false;
    else if (!inNotes && (i === 0 || !atFoot[i - 1])) inNotes = LABEL.test(texts[i]);
    (inNotes ? notes : body).push(i);
  });
  return { body, notes };
}
