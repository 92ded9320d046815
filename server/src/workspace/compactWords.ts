/** Finds phrases in a paper of the workspace kept as a `PhraseTable`: what `WordIndex.find` answers, without the text. */
import { PhraseFinder, Span } from '../analysis';
import { PhraseTable } from './phraseTable';

export class CompactWords implements PhraseFinder {
  constructor(private readonly table: PhraseTable) {}

  find(keys: readonly string[], limit = Infinity): Span[] {
    const out: Span[] = [];
    const wanted: number[] = [];
    for (const key of keys) {
      const k = this.numberOf(Buffer.from(key, 'utf8'));
      if (k === -1) return out;
      wanted.push(k);
    }
    if (wanted.length === 0) return out;
    const { first, uses, startsLow, lengths } = this.table;
    const last = wanted.length - 1;
    for (let u = first[wanted[0]]; u < first[wanted[0] + 1]; u++) {
      const w = uses[u];
      if (w + last >= startsLow.length) break;
      let ok = true;
      for (let k = 1; ok && k <= last; k++) ok = this.joinsNext(w + k - 1) && this.hasKey(w + k, wanted[k]);
      if (ok) out.push({ start: this.startOf(w), end: this.startOf(w + last) + lengths[w + last] });
      if (out.length >= limit) break;
    }
    return out;
  }

  /** The key's number (its place in the ordered keys), or -1 when no word of this paper has it. */
  private numberOf(key: Uint8Array): number {
    const { keys, keyStarts } = this.table;
    let lo = 0;
    let hi = keyStarts.length - 2;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const order = compareAt(keys, keyStarts[mid], keyStarts[mid + 1] - 1, key);
      if (order < 0) lo = mid + 1;
      else if (order > 0) hi = mid - 1;
      else return mid;
    }
    return -1;
  }

  private startOf(word: number): number {
    const { pageFirst, startsLow } = this.table;
    let page = 0;
    let hi = pageFirst.length - 1;
    while (page < hi) {
      const mid = (page + hi + 1) >> 1;
      if (pageFirst[mid] <= word) page = mid;
      else hi = mid - 1;
    }
    return page * 0x10000 + startsLow[word];
  }

  private joinsNext(word: number): boolean {
    return (this.table.joins[word >> 3] & (1 << (word & 7))) !== 0;
  }

  /** True when the word is among the uses of key `k` (in text order: bisection). */
  private hasKey(word: number, k: number): boolean {
    const { first, uses } = this.table;
    let lo = first[k];
    let hi = first[k + 1] - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (uses[mid] < word) lo = mid + 1;
      else if (uses[mid] > word) hi = mid - 1;
      else return true;
    }
    return false;
  }
}

/** `keys.subarray(from, to)` compared with `key` in byte order, without making the subarray. */
function compareAt(keys: Uint8Array, from: number, to: number, key: Uint8Array): number {
  const n = Math.min(to - from, key.length);
  for (let i = 0; i < n; i++) {
    const d = keys[from + i] - key[i];
    if (d !== 0) return d;
  }
  return to - from - key.length;
}
