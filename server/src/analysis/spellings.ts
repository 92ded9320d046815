/**
 * Every spelling of a word met so far, in any text, with a number for its key: the word index looks each
 * word up from the characters of its text (no string is cut out for a word seen before) and works out a
 * spelling's key once per process, not once per text. Module-wide and bounded, like the memo of `wordKey`.
 * The table is a few typed arrays, so that a look-up touches little memory.
 */
import { wordKey } from './words';

/** Spellings kept before the table starts afresh (checked when a numbering starts, never during one). */
const LIMIT = 100_000;

/** The fields of a slot: the spelling's hash, its length (0 for an empty slot), where its code units stand, its key's number. */
const HASH = 0;
const LENGTH = 1;
const UNITS_AT = 2;
const KEY = 3;
const SLOT_SIZE = 4;

class SpellingTable {
  bits = 13;
  /** Open addressing by hash, `SLOT_SIZE` numbers per slot. */
  slots = new Int32Array(SLOT_SIZE << this.bits);
  filled = 0;
  /** The code units of every spelling, one after another. */
  units = new Uint16Array(1 << 16);
  unitsUsed = 0;
  /** Every key met, by number, and the number of each. */
  readonly keys: string[] = [];
  readonly numbersOfKeys = new Map<string, number>();
  /** Per key number: the numbering that met it last and the key's number there. */
  stamps = new Int32Array(2 << this.bits);

  /** Enters the word text[start, end) at `slot` (empty); returns its key's number. */
  add(text: string, start: number, end: number, hash: number, slot: number): number {
    const length = end - start;
    if (this.unitsUsed + length > this.units.length) {
      const units = new Uint16Array(2 * (this.unitsUsed + length));
      units.set(this.units);
      this.units = units;
    }
    for (let k = 0; k < length; k++) this.units[this.unitsUsed + k] = text.charCodeAt(start + k);
    const key = this.numberOfKey(wordKey(text.slice(start, end)));
    const at = slot * SLOT_SIZE;
    this.slots[at + HASH] = hash;
    this.slots[at + LENGTH] = length;
    this.slots[at + UNITS_AT] = this.unitsUsed;
    this.slots[at + KEY] = key;
    this.unitsUsed += length;
    if (++this.filled * 2 > 1 << this.bits) this.grow();
    return key;
  }

  sameUnits(at: number, text: string, start: number, length: number): boolean {
    for (let k = 0; k < length; k++) if (this.units[at + k] !== text.charCodeAt(start + k)) return false;
    return true;
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
    const old = this.slots;
    this.bits++;
    this.slots = new Int32Array(SLOT_SIZE << this.bits);
    const mask = (1 << this.bits) - 1;
    for (let at = 0; at < old.length; at += SLOT_SIZE) {
      if (old[at + LENGTH] === 0) continue;
      let slot = slotOf(old[at + HASH], this.bits);
      while (this.slots[slot * SLOT_SIZE + LENGTH] !== 0) slot = (slot + 1) & mask;
      this.slots.set(old.subarray(at, at + SLOT_SIZE), slot * SLOT_SIZE);
    }
  }
}

function slotOf(hash: number, bits: number): number {
  return Math.imul(hash, 0x9e3779b1) >>> (32 - bits);
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
    if (table.filled > LIMIT) table = new SpellingTable();
    this.table = table;
  }

  /** The number of the key of the word text[start, end); `hash` is a hash of its code units (the same for the same word, always). */
  number(text: string, start: number, end: number, hash: number): number {
    const t = this.table;
    const length = end - start;
    const mask = (1 << t.bits) - 1;
    const slots = t.slots;
    for (let slot = slotOf(hash, t.bits); ; slot = (slot + 1) & mask) {
      const at = slot * SLOT_SIZE;
      const found = slots[at + LENGTH];
      if (found === 0) return this.numberOfKeyNumber(t.add(text, start, end, hash, slot));
      if (found === length && slots[at + HASH] === hash && t.sameUnits(slots[at + UNITS_AT], text, start, length)) return this.numberOfKeyNumber(slots[at + KEY]);
    }
  }

  /** The number of a key (for words joined from a prefix and a hyphen, whose key is worked out apart). */
  numberOfKey(key: string): number {
    return this.numberOfKeyNumber(this.table.numberOfKey(key));
  }

  /** The key of each number. */
  keys(): string[] {
    return this.tableNumbers.map((key) => this.table.keys[key]);
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
