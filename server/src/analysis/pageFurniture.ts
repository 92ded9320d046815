/**
 * Page furniture in text extracted from a PDF: running headers and footers, page numbers and the
 * glyph debris of figures. pdftotext starts every page after the first with a form feed, so a
 * line near a form feed that recurs near other form feeds (its page number aside), or that is only a page
 * number, belongs to the page, not to the paper's text. Text without form feeds has none.
 */
import { Line } from './text';

/** How many lines with text before and after a page break may hold furniture. */
const REACH = 4;
const PAGE_NUMBER = /^(?:page\s+|p\.\s*|s\.\s*|стр\.\s*)?\d{1,4}(?:\s*(?:\/|of|de|von|из|di)\s*\d{1,4})?$/i;
/** Control characters other than tab and form feed: a font's private glyph codes. */
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f]/;

function keyOf(text: string): string {
  return text.replace(/\f/g, '').replace(/\d+/g, '#').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The most numbers a running header holds. */
const MAX_HEADER_NUMBERS = 8;

/**
 * The keys under which a line recurs as a running header: the line with one of its numbers (the page number) left
 * out. Two entries of one journal ("Field Notes 2, no. 4 (2016): 112–301.") differ in more than one number.
 */
function pageKeysOf(text: string): string[] {
  const parts = text.replace(/\f/g, '').replace(/\s+/g, ' ').trim().toLowerCase().split(/(\d+)/);
  // A line of many numbers (a table row) is no running header: one key, so its cost stays linear.
  if (parts.length === 1 || parts.length > 2 * MAX_HEADER_NUMBERS + 1) return [parts.join('')];
  const keys: string[] = [];
  for (let k = 1; k < parts.length; k += 2) keys.push(parts.map((p, j) => (j === k ? '#' : p)).join(''));
  return keys;
}

/** Glyph debris: control characters, or mostly symbols from the Latin-1/IPA blocks with few letters a-z. */
export function isGlyphDebris(text: string): boolean {
  if (!/[^\x20-\x7e]/.test(text)) return false;
  if (CONTROL.test(text)) return true;
  const t = text.replace(/\s+/g, '');
  if (t.length < 4) return false;
  const odd = t.match(/[\u00a0-\u00bf\u0180-\u02ff]/g)?.length ?? 0;
  return odd / t.length > 0.3;
}

/** True for every line that is page furniture (see above). Linear in the number of lines. */
export function findFurniture(lines: Line[]): boolean[] {
  const out = new Array<boolean>(lines.length).fill(false);
  const near = new Array<boolean>(lines.length).fill(false);
  const hasText = (k: number) => lines[k].text.replace(/\f/g, '').trim() !== '';
  for (const line of lines) {
    if (!line.text.includes('\f')) continue;
    near[line.index] = true;
    for (let k = line.index - 1, n = 0; k >= 0 && n < REACH; k--) if (hasText(k)) (near[k] = true), n++;
    for (let k = line.index + 1, n = hasText(line.index) ? 1 : 0; k < lines.length && n < REACH; k++) if (hasText(k)) (near[k] = true), n++;
  }
  const counts = new Map<string, number>();
  const pageKeys: string[][] = lines.map(() => []);
  const standaloneCounts = new Map<string, number>();
  const blank = (k: number) => k < 0 || k >= lines.length || lines[k].text.replace(/\f/g, '').trim() === '';
  const keys: Array<string | null> = lines.map((line, i) => {
    if (line.text.length > 160 || !(near[i] || blank(i - 1) || blank(i + 1))) return null;
    const key = keyOf(line.text);
    if (key === '' || /^[[(]?#[.)\]]?$/.test(key)) return null;
    if (near[i]) {
      pageKeys[i] = pageKeysOf(line.text);
      for (const k of pageKeys[i]) counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    if (blank(i - 1) || blank(i + 1)) standaloneCounts.set(key, (standaloneCounts.get(key) ?? 0) + 1);
    return key;
  });
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].text.length > 400) continue;
    const text = lines[i].text.replace(/\f/g, '').trim();
    if (text === '') continue;
    if (isGlyphDebris(text)) out[i] = true;
    else if (near[i] && (PAGE_NUMBER.test(text) || pageKeys[i].some((k) => (counts.get(k) ?? 0) >= 2))) out[i] = true;
    // Two-column pages put the running header anywhere: a line set off by a blank line, the same (page numbers aside) on three pages or more.
    else if (keys[i] && (standaloneCounts.get(keys[i]!) ?? 0) >= 3 && (blank(i - 1) || blank(i + 1)) && /#/.test(keys[i]!)) out[i] = true;
  }
  return out;
}
