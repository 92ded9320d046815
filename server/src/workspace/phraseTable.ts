/**
 * A paper's word index in a compact form that needs no text, for the papers of the workspace that are not
 * open: finding a phrase in another paper is all the features ask of it (see `termUses`). A table is plain
 * data (typed arrays), so it crosses from a worker thread and is stored in the index cache.
 */
import { isGapCode, WordIndex } from '../analysis/wordIndex';

type Counts = Uint8Array | Uint16Array | Uint32Array;

const UTF8 = new TextEncoder();

export interface PhraseTable {
  /**
   * Every key in UTF-8, in the order of their `keyHash` (ties in any order), each followed by a line break:
   * key k is the bytes keyStarts[k] to keyStarts[k + 1] - 1. One array, not thousands of strings; UTF-8 since
   * a string with one character beyond Latin-1 takes two bytes for every character. Ordered by hash because
   * numbers sort far faster than strings, and a key is found by bisection all the same.
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
  const { bytes, keyStarts, order } = keysInHashOrder(words.keys());
  const rank = new Uint32Array(order.length);
  for (let r = 0; r < order.length; r++) rank[order[r]] = r;
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
    keys: bytes,
    keyStarts: countsOf(keyStarts, bytes.length),
    startsLow: Uint16Array.from(starts),
    pageFirst: pagesOf(starts),
    lengths: countsOf(lengths, longest),
    joins,
    first: countsOf(first, n),
    uses: countsOf(uses, n),
  };
}

/** FNV-1a over the UTF-8 bytes bytes[from, to): what orders the keys of a table. */
export function keyHash(bytes: Uint8Array, from: number, to: number): number {
  let hash = 0x811c9dc5;
  for (let i = from; i < to; i++) hash = Math.imul(hash ^ bytes[i], 16777619);
  return hash >>> 0;
}

/** Key numbers that fit below a hash in one float (a hash has 32 bits, a float 53). */
const NUMBERS_BELOW_HASH = 2 ** 21;

/** The keys in UTF-8, each followed by a line break, in the order of their hashes, with where each starts; `order[r]` is the number of the r-th key. */
function keysInHashOrder(keysByNumber: string[]): { bytes: Uint8Array; keyStarts: Uint32Array; order: number[] } {
  const inNumberOrder = UTF8.encode(keysByNumber.map((k) => `${k}\n`).join(''));
  const startOf = new Uint32Array(keysByNumber.length + 1);
  for (let b = 0, k = 0; b < inNumberOrder.length; b++) if (inNumberOrder[b] === 0x0a) startOf[++k] = b + 1;
  const hashes = new Float64Array(keysByNumber.length);
  for (let k = 0; k < keysByNumber.length; k++) hashes[k] = keyHash(inNumberOrder, startOf[k], startOf[k + 1] - 1);
  let order: number[];
  if (keysByNumber.length < NUMBERS_BELOW_HASH) {
    // Hash and number in one float, sorted as numbers by the engine (no comparison function to call).
    const packed = new Float64Array(keysByNumber.length);
    for (let k = 0; k < packed.length; k++) packed[k] = hashes[k] * NUMBERS_BELOW_HASH + k;
    packed.sort();
    order = Array.from(packed, (v) => v % NUMBERS_BELOW_HASH);
  } else {
    order = keysByNumber.map((_, k) => k).sort((a, b) => hashes[a] - hashes[b] || a - b);
  }
  const bytes = new Uint8Array(inNumberOrder.length);
  const keyStarts = new Uint32Array(order.length + 1);
  let at = 0;
  for (let r = 0; r < order.length; r++) {
    const k = order[r];
    for (let b = startOf[k]; b < startOf[k + 1]; b++) bytes[at++] = inNumberOrder[b];
    keyStarts[r + 1] = at;
  }
  return { bytes, keyStarts, order };
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
