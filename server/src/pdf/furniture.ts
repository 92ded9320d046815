/**
 * Page furniture: running headers and footers (a line in the top or bottom margin that another page
 * repeats at the same height, its numbers aside) and page numbers (a margin line that is only a number,
 * "Page 3 of 9", "3 / 9"). Furniture is left out of the text; the page map keeps the pages.
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
const PAGE_NUMBER = /^(?:page\s+|p\.\s*)?(?:\d{1,4}|[ivxlc]{1,6})(?:\s*(?:\/|of)\s*\d{1,4})?$/i;

function keyOf(text: string): string {
  return text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
}

function inMargin(line: PageLine, height: number): boolean {
  return line.bottom < MARGIN * height || line.top > (1 - MARGIN) * height;
}

/** Whether each line of each page is furniture. */
export function findFurniture(pages: PageLines[]): boolean[][] {
  const seen = new Map<string, Array<{ page: number; top: number }>>();
  pages.forEach((p, page) =>
    p.lines.forEach((line, i) => {
      if (!inMargin(line, p.height)) return;
      const key = keyOf(p.texts[i]);
      const list = seen.get(key) ?? [];
      list.push({ page, top: line.top });
      seen.set(key, list);
    }),
  );
  return pages.map((p, page) =>
    p.lines.map((line, i) => {
      if (!inMargin(line, p.height)) return false;
      const text = p.texts[i].trim();
      if (PAGE_NUMBER.test(text)) return true;
      const others = seen.get(keyOf(text)) ?? [];
      return others.some((o) => o.page !== page && Math.abs(o.top - line.top) <= SAME_PLACE);
    }),
  );
}
