/**
 * A paper's word index in a compact form that needs no text, for the papers of the workspace that are not
 * open: finding a phrase in another paper is all the features ask of it (see `termUses`). A table is plain
 * data (strings and typed arrays), so it crosses from a worker thread and is stored in the index cache.
 */
import { isGapCode, WordIndex } from '../analysis/wordIndex';

type Counts = Uint8Array | Uint16Array | Uint32Array;

export interface PhraseTable {
  /** The key of each key number. */
  keys: string[];
  /** Where each word starts, in text order. */
  starts: Uint32Array;
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
  const keys = words.keys();
  const lengths = new Array<number>(n);
  const joins = new Uint8Array((n + 7) >> 3);
  const first = new Uint32Array(keys.length + 1);
  let longest = 0;
  for (let w = 0; w < n; w++) {
    lengths[w] = ends[w] - starts[w];
    if (lengths[w] > longest) longest = lengths[w];
    first[words.numberAt(w) + 1]++;
    if (w + 1 < n && onlyGaps(text, ends[w], starts[w + 1])) joins[w >> 3] |= 1 << (w & 7);
  }
  for (let k = 0; k < keys.length; k++) first[k + 1] += first[k];
  const next = first.slice(0, keys.length);
  const uses = new Uint32Array(n);
  for (let w = 0; w < n; w++) uses[next[words.numberAt(w)]++] = w;
  return { keys, starts: Uint32Array.from(starts), lengths: countsOf(lengths, longest), joins, first: countsOf(first, n), uses: countsOf(uses, n) };
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
  const { starts, lengths, joins, first, uses } = table;
  return { keys: table.keys, starts: starts.slice(), lengths: lengths.slice(), joins: joins.slice(), first: first.slice(), uses: uses.slice() };
}
