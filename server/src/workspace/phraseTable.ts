/**
 * A paper's word index in a compact form that needs no text, for the papers of the workspace that are not
 * open: finding a phrase in another paper is all the features ask of it (see `termUses`). A table is plain
 * data (strings and typed arrays), so it crosses from a worker thread and is stored in the index cache.
 */
import { isGapCode, WordIndex } from '../analysis/wordIndex';

type Counts = Uint8Array | Uint16Array | Uint32Array;

export interface PhraseTable {
  /** Every key, in code-unit order, each followed by a line break: key k is keys.slice(keyStarts[k], keyStarts[k + 1] - 1). One string, not thousands. */
  keys: string;
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
  const order = keysByNumber.map((_, k) => k).sort((a, b) => (keysByNumber[a] < keysByNumber[b] ? -1 : 1));
  const rank = new Uint32Array(order.length);
  order.forEach((k, r) => (rank[k] = r));
  const keys = order.map((k) => `${keysByNumber[k]}\n`).join('');
  const keyStarts = new Uint32Array(order.length + 1);
  for (let r = 0; r < order.length; r++) keyStarts[r + 1] = keyStarts[r] + keysByNumber[order[r]].length + 1;
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

/** The table with arrays that hold only their own bytes (arrays read from a cache file are views of the whole file). */
export function ownedTable(table: PhraseTable): PhraseTable {
  const { keyStarts, startsLow, pageFirst, lengths, joins, first, uses } = table;
  return {
    keys: table.keys,
    keyStarts: keyStarts.slice(),
    startsLow: startsLow.slice(),
    pageFirst: pageFirst.slice(),
    lengths: lengths.slice(),
    joins: joins.slice(),
    first: first.slice(),
    uses: uses.slice(),
  };
}
