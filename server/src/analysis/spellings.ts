/**
 * Every spelling of a word met so far, in any text, with a number for its key: a spelling's key is worked
 * out once per process, not once per text, and a text numbers its keys without a map of its own.
 * Module-wide and bounded, like the memo of `wordKey`.
 */
import { wordKey } from './words';
import { ownCopy } from './memo';

/** Spellings kept before the table starts afresh (checked when a numbering starts, never during one). */
const LIMIT = 100_000;

class SpellingTable {
  /** Each spelling met, its hash (see `spellingHash`) and the number of its key. */
  private readonly spellings: string[] = [];
  private readonly hashes: number[] = [];
  private readonly keyNumbers: number[] = [];
  /** Open addressing over the spellings: 1 + the spelling's index, 0 for an empty slot. */
  private slots = new Int32Array(1 << 12);
  /** Every key met, by number, and the number of each. */
  readonly keys: string[] = [];
  readonly numbersOfKeys = new Map<string, number>();
  /** Per key number: the numbering that met it last and the key's number there. */
  stamps = new Int32Array(1 << 14);

  get size(): number {
    return this.spellings.length;
  }

  /** The key number of the spelling text[start, end), whose hash is `hash`; found without cutting the word out of the text. */
  keyOfSpelling(text: string, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (let held = this.slots[slot]; held !== 0; held = this.slots[slot]) {
      const k = held - 1;
      if (this.hashes[k] === hash && sameSpelling(this.spellings[k], text, start, end)) return this.keyNumbers[k];
      slot = (slot + 1) & mask;
    }
    const spelling = ownCopy(text.slice(start, end));
    const key = this.numberOfKey(wordKey(spelling));
    this.spellings.push(spelling);
    this.hashes.push(hash);
    this.keyNumbers.push(key);
    this.slots[slot] = this.spellings.length;
    if (2 * this.spellings.length > this.slots.length) this.grow();
    return key;
  }

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

  private grow(): void {
    const slots = new Int32Array(2 * this.slots.length);
    const mask = slots.length - 1;
    for (let k = 0; k < this.spellings.length; k++) {
      let slot = this.hashes[k] & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = k + 1;
    }
    this.slots = slots;
  }
}

function sameSpelling(spelling: string, text: string, start: number, end: number): boolean {
  if (spelling.length !== end - start) return false;
  for (let i = 0; i < spelling.length; i++) if (spelling.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}

/** FNV-1a over a word's code units, one step per unit as the word is read (start from SPELLING_HASH_START). */
export const SPELLING_HASH_START = 0x811c9dc5 | 0;
export function spellingHash(hash: number, code: number): number {
  return Math.imul(hash ^ code, 16777619);
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
    if (table.size > LIMIT) table = new SpellingTable();
    this.table = table;
  }

  /** The number of the key of the word text[start, end), whose `spellingHash` is `hash`. */
  numberOfSpelling(text: string, start: number, end: number, hash: number): number {
    return this.numberOfKeyNumber(this.table.keyOfSpelling(text, start, end, hash));
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
