/**
 * Every spelling of a word met so far, in any text, with a number for its key: a spelling's key is worked
 * out once per process, not once per text, and a text numbers its keys without a map of its own.
 * Module-wide and bounded, like the memo of `wordKey`.
 */
import { wordKey } from './words';

/** Spellings kept before the table starts afresh (checked when a numbering starts, never during one). */
const LIMIT = 100_000;

class SpellingTable {
  /** The number of the key of each spelling. */
  readonly keyOfSpelling = new Map<string, number>();
  /** Every key met, by number, and the number of each. */
  readonly keys: string[] = [];
  readonly numbersOfKeys = new Map<string, number>();
  /** Per key number: the numbering that met it last and the key's number there. */
  stamps = new Int32Array(1 << 14);

  numberOfKey(key: string): number {
    let n = this.numbersOfKeys.get(key);
    if (n === undefined) {
      n = this.keys.length;
      this.keys.push(key);
      this.numbersOfKeys.set(key, n);
      if (2 * n >= this.stamps.length) {
        const stamps = new Int32Array(2 * this.stamps.length);
        stamps.set(this.stamps);
        this.stamps = stamps;
      }
    }
    return n;
  }
}

let table = new SpellingTable();
let numberings = 0;

/**
 * Dense numbers (0, 1, 2, ...) for the keys of one text's words, in order of first use. Only the latest
 * numbering counts: each one is read to the end before the next starts.
 */
export class KeyNumbering {
  /** The table's number of the key of each number. */
  private readonly tableNumbers: number[] = [];
  private readonly id = ++numberings;
  private readonly table: SpellingTable;

  constructor() {
    if (table.keyOfSpelling.size > LIMIT) table = new SpellingTable();
    this.table = table;
  }

  /** The number of the key of a word as written. */
  number(word: string): number {
    let key = this.table.keyOfSpelling.get(word);
    if (key === undefined) {
      key = this.table.numberOfKey(wordKey(word));
      this.table.keyOfSpelling.set(word, key);
    }
    return this.numberOfKeyNumber(key);
  }

  /** The number of a key (for words joined from a prefix and a hyphen, whose key is worked out apart). */
  numberOfKey(key: string): number {
    return this.numberOfKeyNumber(this.table.numberOfKey(key));
  }

  /** The key of each number. */
  keys(): string[] {
    const keys: string[] = [];
    for (let n = 0; n < this.tableNumbers.length; n++) keys.push(this.table.keys[this.tableNumbers[n]]);
    return keys;
  }

  private numberOfKeyNumber(key: number): number {
    const stamps = this.table.stamps;
    if (stamps[2 * key] === this.id) return stamps[2 * key + 1];
    const n = this.tableNumbers.length;
    this.tableNumbers.push(key);
    stamps[2 * key] = this.id;
    stamps[2 * key + 1] = n;
    return n;
  }
}
