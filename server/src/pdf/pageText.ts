/**
 * A page's lines as text lines: its body in reading order, then its footnotes; a blank line where a
 * paragraph ends (more space than the leading, a change of font size, a new block that does not go on
 * with the sentence of the block before).
 */
import { PageLine } from './lines';
import { readingOrder } from './readingOrder';
import { splitFootnotes } from './footnotes';

/** More white space than this between two lines (in font sizes) is a paragraph's end. */
const PARAGRAPH_GAP = 0.6;
/** Font sizes that differ by more than this share are different kinds of text (a heading, a caption). */
const SIZE_CHANGE = 0.1;

interface Placed {
  line: PageLine;
  text: string;
  block: number;
}

/** The sentence runs on from one block to the next: no full stop before, a small letter or a number after. */
function goesOn(before: string, after: string): boolean {
  return !/[.!?:]['’"”)\]]*$/.test(before) && /^[\p{Ll}\d([,;⁰¹²³⁴⁵⁶⁷⁸⁹]/u.test(after);
}

function breaksParagraph(a: Placed, b: Placed): boolean {
  if (a.block !== b.block) return !goesOn(a.text, b.text);
  if (Math.abs(b.line.size - a.line.size) > SIZE_CHANGE * a.line.size) return true;
  return b.line.top - a.line.bottom > PARAGRAPH_GAP * a.line.size;
}

function withBreaks(placed: Placed[]): string[] {
  const out: string[] = [];
  placed.forEach((p, i) => {
    if (i > 0 && breaksParagraph(placed[i - 1], p)) out.push('');
    out.push(p.text);
  });
  return out;
}

/** The text lines of a page (furniture already left out); `textOf` gives a line's text. */
export function pageText(lines: PageLine[], textOf: Map<PageLine, string>, bodySize: number): string[] {
  const placed: Placed[] = readingOrder(lines).flatMap((block, k) => block.map((line) => ({ line, text: textOf.get(line)!, block: k })));
  const { body, notes } = splitFootnotes(
    placed.map((p) => p.line),
    placed.map((p) => p.text),
    bodySize,
  );
  const out = withBreaks(body.map((i) => placed[i]));
  if (notes.length) out.push('', ...withBreaks(notes.map((i) => placed[i])));
  return out;
}
