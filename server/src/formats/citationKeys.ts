/**
 * Citation keys for exported entries, as reference managers make them: the first author's family name, the
 * year and the first word of the title, in ASCII letters and digits ("Marsh2016Berths"); a key another entry
 * already has gets "b", "c", ... after it.
 */
import type { CslItem } from '../analysis/entryFields';

/** Words a key skips at the start of a title, as BibTeX's own label styles do. */
const ARTICLES = new Set(['a', 'an', 'the']);

function ascii(s: string): string {
  return s.normalize('NFKD').replace(/[^A-Za-z0-9]/g, '');
}

function keyOf(item: CslItem): string {
  const first = item.author?.[0];
  const name = first ? ascii(first.family ?? first.literal?.split(/\s+/)[0] ?? '') : '';
  const year = item.issued?.['date-parts']?.[0]?.[0];
  const word = (item.title ?? '').split(/[\s\-–—:;,.]+/).find((w) => ascii(w) !== '' && !ARTICLES.has(w.toLowerCase()));
  const key = `${name}${year ?? ''}${word ? ascii(word[0].toUpperCase() + word.slice(1)) : ''}`;
  return key || 'entry';
}

export type KeyedItem = CslItem & { 'citation-key': string };

/** "b", "c", ... after a key another entry has; past "z", a number. */
function suffix(n: number): string {
  return n < 26 ? String.fromCharCode(97 + n) : `-${n + 1}`;
}

/** The items with a `citation-key` each (and that key as their `id`), unique among them. */
export function withCitationKeys(items: CslItem[]): KeyedItem[] {
  const used = new Set<string>();
  return items.map((item) => {
    const base = keyOf(item);
    let key = base;
    for (let n = 1; used.has(key); n++) key = base + suffix(n);
    used.add(key);
    return { ...item, id: key, 'citation-key': key };
  });
}
