/**
 * Finds phrases in a paper of the workspace kept as a `PhraseTable`: what `WordIndex.find` answers, with the
 * paper's keys numbered in one vocabulary shared by every paper, so that a paper holds numbers, not strings.
 */
import { PhraseFinder, Span } from '../analysis';
import { PhraseTable } from './phraseTable';

/** Every word key of the workspace's papers, numbered once. */
export class Vocabulary {
  private readonly numbers = new Map<string, number>();

  numberOf(key: string): number {
    let n = this.numbers.get(key);
    if (n === undefined) {
      n = this.numbers.size;
      this.numbers.set(key, n);
    }
    return n;
  }

  find(key: string): number | undefined {
    return this.numbers.get(key);
  }
}

export class CompactWords implements PhraseFinder {
  /** The vocabulary's number of each of this paper's keys, ascending: a key's place here is its number in `first`. */
  private readonly keyNumbers: Int32Array;
  private readonly first: PhraseTable['first'];
  private readonly uses: PhraseTable['uses'];
  private readonly starts: Uint32Array;
  private readonly lengths: PhraseTable['lengths'];
  private readonly joins: Uint8Array;

  constructor(
    table: PhraseTable,
    private readonly vocabulary: Vocabulary,
  ) {
    const numbers = table.keys.map((key) => vocabulary.numberOf(key));
    const order = numbers.map((_, k) => k).sort((a, b) => numbers[a] - numbers[b]);
    this.keyNumbers = Int32Array.from(order, (k) => numbers[k]);
    // The uses regrouped in the new order of the keys.
    this.first = table.first.slice();
    this.uses = table.uses.slice();
    let at = 0;
    for (let place = 0; place < order.length; place++) {
      this.first[place] = at;
      for (let u = table.first[order[place]]; u < table.first[order[place] + 1]; u++) this.uses[at++] = table.uses[u];
    }
    this.first[order.length] = at;
    this.starts = table.starts;
    this.lengths = table.lengths;
    this.joins = table.joins;
  }

  find(keys: readonly string[], limit = Infinity): Span[] {
    const out: Span[] = [];
    const wanted: number[] = [];
    for (const key of keys) {
      const place = this.placeOf(key);
      if (place === -1) return out;
      wanted.push(place);
    }
    if (wanted.length === 0) return out;
    const { first, uses, starts, lengths } = this;
    const last = wanted.length - 1;
    for (let u = first[wanted[0]]; u < first[wanted[0] + 1]; u++) {
      const w = uses[u];
      if (w + last >= starts.length) break;
      let ok = true;
      for (let k = 1; ok && k <= last; k++) ok = this.joinsNext(w + k - 1) && this.hasKey(w + k, wanted[k]);
      if (ok) out.push({ start: starts[w], end: starts[w + last] + lengths[w + last] });
      if (out.length >= limit) break;
    }
    return out;
  }

  /** The key's place in `keyNumbers`, or -1 when no word of this paper has it. */
  private placeOf(key: string): number {
    const n = this.vocabulary.find(key);
    return n === undefined ? -1 : search(this.keyNumbers, 0, this.keyNumbers.length, n);
  }

  private joinsNext(word: number): boolean {
    return (this.joins[word >> 3] & (1 << (word & 7))) !== 0;
  }

  private hasKey(word: number, place: number): boolean {
    return search(this.uses, this.first[place], this.first[place + 1], word) !== -1;
  }
}

/** Where `value` stands in the ascending `values[from .. to - 1]`, or -1. */
function search(values: ArrayLike<number>, from: number, to: number, value: number): number {
  let lo = from;
  let hi = to - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid] < value) lo = mid + 1;
    else if (values[mid] > value) hi = mid - 1;
    else return mid;
  }
  return -1;
}
