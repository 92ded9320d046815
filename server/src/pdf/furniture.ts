/**
 * Page furniture: running headers and footers (a line in the top or bottom margin that a nearby page
 * repeats at the same height, its numbers aside or nearly the same text) and page numbers (a margin line
 * that is only a number, "Page 3 of 9", "3 / 9"). Furniture is left out of the text; the page map keeps
 * the pages.
 */
import { PageLine } from './lines';

export interface PageLines {
  height: number;
  lines: PageLine[];
  texts: string[];
}

/** The share of the page's height at its top and at its bottom where furniture stands. */
const MARGIN = 0.12;
/** How far (in points) the same header may move from page to page. */
const SAME_PLACE = 3;
/** How many pages before and after a page are looked at for its header (odd and even pages alternate theirs). */
const REACH = 4;
/** Share of character pairs two headers have in common when only their page numbers differ, however a font encodes digits. */
const SAME_TEXT = 0.7;
const PAGE_NUMBER = /^(?:page\s+|p\.\s*)?(?:\d{1,4}|[ivxlc]{1,6})(?:\s*(?:\/|of)\s*\d{1,4})?$/i;

interface MarginLine {
  top: number;
  key: string;
  pairs: Set<string>;
}

function keyOf(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

function pairsOf(key: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < key.length; i++) out.add(key.slice(i, i + 2));
  return out;
}

function similar(a: MarginLine, b: MarginLine): boolean {
  if (a.key === b.key) return true;
  if (a.pairs.size < 4 || b.pairs.size < 4) return false;
  let shared = 0;
  for (const p of a.pairs) if (b.pairs.has(p)) shared++;
  return (2 * shared) / (a.pairs.size + b.pairs.size) >= SAME_TEXT;
}

function inMargin(line: PageLine, height: number): boolean {
  return line.bottom < MARGIN * height || line.top > (1 - MARGIN) * height;
}

/** Whether each line of each page is furniture. */
export function findFurniture(pages: PageLines[]): boolean[][] {
  const margins: MarginLine[][] = pages.map((p) =>
    p.lines.flatMap((line, i) => {
      if (!inMargin(line, p.height)) return [];
      const key = keyOf(p.texts[i]);
      return [{ top: line.top, key, pairs: pairsOf(key) }];
    }),
  );
  return pages.map((p, page) => {
    let m = 0;
    return p.lines.map((line, i) => {
      if (!inMargin(line, p.height)) return false;
      const own = margins[page][m++];
      if (PAGE_NUMBER.test(p.texts[i].trim())) return true;
      for (let other = Math.max(0, page - REACH); other <= Math.min(pages.length - 1, page + REACH); other++) {
        if (other !== page && margins[other].some((o) => Math.abs(o.top - own.top) <= SAME_PLACE && similar(o, own))) return true;
      }
      return false;
    });
  });
}
