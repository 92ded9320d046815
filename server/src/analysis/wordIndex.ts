/**
 * Every word of a text with its key (see `wordKey`), and a finder for phrases: each key has a number,
 * and the words of each number are listed, so a phrase is found by walking the uses of its first word.
 */
import { isUpperCode, isWordCode, WORD_TABLE } from './chars';
import { KeyNumbering, SPELLING_HASH_START, spellingHash } from './spellings';
import { joinedKey, joinsPrefix } from './words';

export class WordIndex {
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  /** Key number of each word. */
  private readonly numbers: Int32Array;
  /** The number of each key. */
  private readonly numbersOfKeys: Map<string, number>;
  /** The words that start with a capital letter, in text order. */
  private readonly capitalised: Int32Array;
  /** Words by key number (see `wordsByKey`). */
  private readonly first: Int32Array;
  private readonly uses: Int32Array;

  constructor(readonly text: string) {
    // Prose has about one word in six or seven code units; a denser text is read again with room for the
    // most words it can have (a word and what separates it from the next take two code units at least).
    let capacity = (text.length >> 2) + 16;
    let starts: Int32Array;
    let ends: Int32Array;
    let numbers: Int32Array;
    let capitalFlags: Uint8Array;
    let numbering: KeyNumbering;
    let count: number;
    do {
      starts = new Int32Array(capacity);
      ends = new Int32Array(capacity);
      numbers = new Int32Array(capacity);
      capitalFlags = new Uint8Array(capacity);
      numbering = new KeyNumbering();
      count = readWords(text, starts, ends, numbers, capitalFlags, numbering);
      capacity = (text.length >> 1) + 1;
    } while (count === -1);
    this.starts = starts.slice(0, count);
    this.ends = ends.slice(0, count);
    this.numbers = numbers.slice(0, count);
    this.capitalised = marked(capitalFlags, count);
    const keys = numbering.keys();
    this.numbersOfKeys = numbersOf(keys);
    const byKey = wordsByKey(this.numbers, keys.length);
    this.first = byKey.first;
    this.uses = byKey.uses;
  }

  /** Start and end offsets of every word, in text order (read only). */
  offsets(): { starts: ArrayLike<number>; ends: ArrayLike<number> } {
    return { starts: this.starts, ends: this.ends };
  }

  /** The number of a key (-1 when no word of the text has it). */
  numberOfKey(key: string): number {
    return this.numbersOfKeys.get(key) ?? -1;
  }

  /** The key number of a word. */
  numberAt(word: number): number {
    return this.numbers[word];
  }

  /** The key of each key number, in number order (for a compact copy of the index that needs no text). */
  keys(): string[] {
    return [...this.numbersOfKeys.keys()];
  }

  /** The words that start with a capital letter, in text order (read only). */
  capitalisedWords(): Int32Array {
    return this.capitalised;
  }

  /** The words with this key, in text order (read only). */
  wordsWithKey(key: string): Int32Array {
    const number = this.numberOfKey(key);
    return number === -1 ? NONE : this.uses.subarray(this.first[number], this.first[number + 1]);
  }

  /** True when the phrase occurs at least `times` times (stops counting there). */
  occurs(keys: readonly string[], times: number): boolean {
    return this.find(keys, times).length >= times;
  }

  /** Spans where the phrase with these word keys occurs, words separated by blanks or hyphens only. */
  find(keys: readonly string[], limit = Infinity): Array<{ start: number; end: number }> {
    const out: Array<{ start: number; end: number }> = [];
    const wanted: number[] = [];
    for (const key of keys) {
      const number = this.numberOfKey(key);
      if (number === -1) return out;
      wanted.push(number);
    }
    if (wanted.length === 0) return out;
    const { starts, ends, numbers, text } = this;
    const lastStart = starts.length - wanted.length;
    for (let u = this.first[wanted[0]]; u < this.first[wanted[0] + 1]; u++) {
      const i = this.uses[u];
      if (i > lastStart) break;
      let ok = true;
      for (let k = 1; ok && k < wanted.length; k++) {
        ok = numbers[i + k] === wanted[k];
        for (let g = ends[i + k - 1]; ok && g < starts[i + k]; g++) ok = isGapCode(text.charCodeAt(g));
      }
      if (ok) out.push({ start: starts[i], end: ends[i + wanted.length - 1] });
      if (out.length >= limit) break;
    }
    return out;
  }
}

const NONE = new Int32Array(0);

/**
 * Reads the words of a text into the arrays: where each starts and ends, the number of its key (numbers in
 * order of first use), and 1 in `capitalFlags` for a word that starts with a capital letter. Returns how many
 * words there are, or -1 when the arrays are too short. (Only the loop is here, so that the engine's code
 * for it has seen everything it runs.)
 */
function readWords(text: string, starts: Int32Array, ends: Int32Array, numbers: Int32Array, capitalFlags: Uint8Array, numbering: KeyNumbering): number {
  const n = text.length;
  let count = 0;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < WORD_TABLE.length ? WORD_TABLE[c] === 0 : !isWordCode(c)) {
      i++;
      continue;
    }
    const start = i;
    let hash = spellingHash(SPELLING_HASH_START, c);
    for (i++; i < n; i++) {
      const d = text.charCodeAt(i);
      if (d < WORD_TABLE.length ? WORD_TABLE[d] === 0 : !isWordCode(d)) break;
      hash = spellingHash(hash, d);
    }
    const last = count - 1;
    if (last >= 0 && joinsPrefix(text, starts[last], ends[last], start)) {
      numbers[last] = numbering.numberOfKey(joinedKey(text, starts[last], ends[last], start, i));
      ends[last] = i;
      continue;
    }
    if (count === starts.length) return -1;
    starts[count] = start;
    ends[count] = i;
    numbers[count] = numbering.numberOfSpelling(text, start, i, hash);
    capitalFlags[count] = isUpperCode(c) ? 1 : 0;
    count++;
  }
  return count;
}

/** The indexes of the first `count` flags that are 1. */
function marked(flags: Uint8Array, count: number): Int32Array {
  let n = 0;
  for (let k = 0; k < count; k++) n += flags[k];
  const out = new Int32Array(n);
  for (let k = 0, j = 0; k < count; k++) if (flags[k] === 1) out[j++] = k;
  return out;
}

function numbersOf(keys: string[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (let k = 0; k < keys.length; k++) numbers.set(keys[k], k);
  return numbers;
}

/** The words of each key number, in text order (a counting sort): those of number k are uses[first[k]] .. uses[first[k + 1] - 1]. */
function wordsByKey(numbers: Int32Array, keyCount: number): { first: Int32Array; uses: Int32Array } {
  const first = new Int32Array(keyCount + 1);
  for (let w = 0; w < numbers.length; w++) first[numbers[w] + 1]++;
  for (let k = 0; k < keyCount; k++) first[k + 1] += first[k];
  const next = first.slice(0, keyCount);
  const uses = new Int32Array(numbers.length);
  for (let w = 0; w < numbers.length; w++) uses[next[numbers[w]]++] = w;
  return { first, uses };
}

/** Only blanks, hyphens and slashes may stand between the words of a phrase ("first/last-mile problem"). */
export function isGapCode(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 45 || c === 47 || c === 0x2010 || c === 0x2011 || c === 0x2013;
}
