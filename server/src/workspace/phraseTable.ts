/**
 * A paper's word index in a compact form that needs no text, for the papers of the workspace that are not
 * open: finding a phrase in another paper is all the features ask of it (see `termUses`). A table is plain
 * data (typed arrays), so it crosses from a worker thread and is stored in the index cache.
 */
import { isGapCode, WordIndex } from '../analysis/wordIndex';

type Counts = Uint8Array | Uint16Array | Uint32Array;

const UTF8 = new TextEncoder();
const SURROGATE = /[\ud800-\udfff]/;

export interface PhraseTable {
  /**
   * Every key in UTF-8, in byte order, each followed by a line break: key k is the bytes keyStarts[k] to
   * keyStarts[k + 1] - 1. One array, not thousands of strings; UTF-8 since a string with one character
   * beyond Latin-1 takes two bytes for every character.
   */
  keys: Uint8Array;
  keyStarts: Counts;
  /**
   * Where each word starts, in text order, in two parts to take two bytes a word: the low 16 bits, and
   * the first word of each 64 K page of the text (word w starts on the last page p with pageFirst[p] ≤ w).
   */
  startsLow: Uint16Array;
  pageFirst: Uint32Array;
  lengths: Counts;
  /** Bit w is set when only blanks or hyphens stand between word w and word w + 1 (a phrase may go on). */
  joins: Uint8Array;
  /** The words of key number k are uses[first[k]] .. uses[first[k + 1] - 1], in text order. */
  first: Counts;
  uses: Counts;
}

/** The compact table of a paper's word index. */
export function phraseTableOf(words: WordIndex, text: string): PhraseTable {
  const { starts, ends } = words.offsets();
  const n = starts.length;
  const keysByNumber = words.keys();
  // Key numbers in the order of the keys, so that a key is found by bisection.
  const order = keysByNumber.map((_, k) => k).sort(inUtf8Order(keysByNumber));
  const rank = new Uint32Array(order.length);
  order.forEach((k, r) => (rank[k] = r));
  const keys = UTF8.encode(order.map((k) => `${keysByNumber[k]}\n`).join(''));
  const keyStarts = new Uint32Array(order.length + 1);
  for (let b = 0, r = 0; b < keys.length; b++) if (keys[b] === 0x0a) keyStarts[++r] = b + 1;
  const lengths = new Array<number>(n);
  const joins = new Uint8Array((n + 7) >> 3);
  const first = new Uint32Array(order.length + 1);
  let longest = 0;
  for (let w = 0; w < n; w++) {
    lengths[w] = ends[w] - starts[w];
    if (lengths[w] > longest) longest = lengths[w];
    first[rank[words.numberAt(w)] + 1]++;
    if (w + 1 < n && onlyGaps(text, ends[w], starts[w + 1])) joins[w >> 3] |= 1 << (w & 7);
  }
  for (let r = 0; r < order.length; r++) first[r + 1] += first[r];
  const next = first.slice(0, order.length);
  const uses = new Uint32Array(n);
  for (let w = 0; w < n; w++) uses[next[rank[words.numberAt(w)]]++] = w;
  return {
    keys,
    keyStarts: countsOf(keyStarts, keys.length),
    startsLow: Uint16Array.from(starts),
    pageFirst: pagesOf(starts),
    lengths: countsOf(lengths, longest),
    joins,
    first: countsOf(first, n),
    uses: countsOf(uses, n),
  };
}

/**
 * Compares key numbers by their keys in UTF-8 byte order, which is code-point order: UTF-16 code-unit order
 * (the engine's) differs from it only where a character beyond U+FFFF meets one from U+E000 to U+FFFF.
 */
function inUtf8Order(keys: readonly string[]): (a: number, b: number) => number {
  if (!keys.some((key) => SURROGATE.test(key))) return (a, b) => (keys[a] < keys[b] ? -1 : 1);
  const point = (unit: number): number => (unit >= 0xe000 ? unit - 0x800 : unit >= 0xd800 ? unit + 0x2000 : unit);
  return (a, b) => {
    const x = keys[a];
    const y = keys[b];
    for (let i = 0; i < x.length && i < y.length; i++) if (x.charCodeAt(i) !== y.charCodeAt(i)) return point(x.charCodeAt(i)) - point(y.charCodeAt(i));
    return x.length - y.length;
  };
}

/** pageFirst[p]: the first word that starts at p × 65536 or after, for every page up to the last word's. */
function pagesOf(starts: ArrayLike<number>): Uint32Array {
  const n = starts.length;
  const pages = new Uint32Array(n ? (starts[n - 1] >>> 16) + 1 : 0);
  for (let p = 1, w = 0; p < pages.length; p++) {
    while (w < n && starts[w] < p * 0x10000) w++;
    pages[p] = w;
  }
  return pages;
}

/** Numbers up to `max` in the smallest unsigned array that holds them. */
function countsOf(values: ArrayLike<number>, max: number): Counts {
  if (max <= 0xff) return Uint8Array.from(values);
  if (max <= 0xffff) return Uint16Array.from(values);
  return Uint32Array.from(values);
}

function onlyGaps(text: string, from: number, to: number): boolean {
  for (let g = from; g < to; g++) if (!isGapCode(text.charCodeAt(g))) return false;
  return true;
}

/** The table with arrays that hold only their own bytes. */
export function ownedTable(table: PhraseTable): PhraseTable {
  const { keys, keyStarts, startsLow, pageFirst, lengths, joins, first, uses } = table;
  return {
    keys: keys.slice(),
    keyStarts: keyStarts.slice(),
    startsLow: startsLow.slice(),
    pageFirst: pageFirst.slice(),
    lengths: lengths.slice(),
    joins: joins.slice(),
    first: first.slice(),
    uses: uses.slice(),
  };
}
