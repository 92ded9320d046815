/** Finds phrases in a paper of the workspace kept as a `PhraseTable`: what `WordIndex.find` answers, without the text. */
import { PhraseFinder, Span } from '../analysis';
import { keyHash, PhraseTable } from './phraseTable';

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
    const hash = keyHash(key, 0, key.length);
    const hashAt = (k: number) => keyHash(keys, keyStarts[k], keyStarts[k + 1] - 1);
    // The first key whose hash is not below the key's; keys of the same hash follow it.
    let lo = 0;
    let hi = keyStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (hashAt(mid) < hash) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < keyStarts.length - 1 && hashAt(k) === hash; k++) if (sameBytes(keys, keyStarts[k], keyStarts[k + 1] - 1, key)) return k;
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

/** Whether `keys.subarray(from, to)` holds the bytes of `key`, without making the subarray. */
function sameBytes(keys: Uint8Array, from: number, to: number, key: Uint8Array): boolean {
  if (to - from !== key.length) return false;
  for (let i = 0; i < key.length; i++) if (keys[from + i] !== key[i]) return false;
  return true;
}
