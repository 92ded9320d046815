/**
 * Word tokens of a text with spelling-independent keys, and a finder for multi-word phrases.
 * Keys fold case and accents and meet British and American spellings ("Organisation" = "organization",
 * "Co-operation" = "cooperation", "colour" = "color"), and a plural "s" is dropped.
 */
import { fold } from './text';

/** Prefixes that are written with or without a hyphen ("co-operation", "non-interference"). */
const JOINED_PREFIXES = new Set(['co', 'non', 'anti', 'neo', 'pre', 'post', 'inter', 'intra', 'multi', 'sub', 'trans', 'supra', 'socio', 'geo', 'counter', 'pan', 're']);

const memo = new Map<string, string>();

/** The comparison key of one word. */
export function wordKey(word: string): string {
  let key = memo.get(word);
  if (key === undefined) {
    key = computeKey(word);
    if (memo.size > 100_000) memo.clear();
    memo.set(word, key);
  }
  return key;
}

function computeKey(word: string): string {
  let w = /^[\x00-\x7f]*$/.test(word) ? word.toLowerCase() : fold(word);
  if (w.length > 4) {
    w = w
      .replace(/isation/g, 'ization')
      .replace(/ise([ds]?)$/, 'ize$1')
      .replace(/yse([ds]?)$/, 'yze$1')
      .replace(/([^aeiou])our(s?)$/, (m, c: string, s: string) => (w.length >= 6 ? `${c}or${s}` : m))
      .replace(/([^aeiou])re$/, (m, c: string) => (c === 't' && w.length >= 6 ? 'ter' : m))
      .replace(/ence$/, (m) => (w === 'defence' || w === 'offence' || w === 'licence' ? 'ense' : m));
  }
  if (w.length > 3 && w.endsWith('s') && !/(?:ss|us|is|ys)$/.test(w)) w = w.slice(0, -1);
  return w;
}

/** Keys of a phrase's words, the way `WordIndex` tokenises a text. */
export function phraseKeys(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.key);
}

export interface Token {
  start: number;
  end: number;
  key: string;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;
/** Letters and digits below U+3000 (Latin, Greek, Cyrillic, ... scripts) in a table; the rest asked of the regex. */
const TABLE_SIZE = 0x3000;
const WORD_TABLE = new Uint8Array(TABLE_SIZE);
for (let c = 0; c < TABLE_SIZE; c++) WORD_TABLE[c] = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 0;
const nonAscii = new Map<number, boolean>();

/** True for a letter or digit (a UTF-16 unit; the halves of a surrogate pair count as letters). */
export function isWordCode(c: number): boolean {
  if (c < TABLE_SIZE) return WORD_TABLE[c] === 1;
  if (c >= 0xd800 && c <= 0xdfff) return true;
  let known = nonAscii.get(c);
  if (known === undefined) {
    known = LETTER_OR_DIGIT.test(String.fromCharCode(c));
    nonAscii.set(c, known);
  }
  return known;
}

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if (!isWordCode(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isWordCode(text.charCodeAt(i))) i++;
    const prev = out[out.length - 1];
    // "Co-operation", "non-interference": a prefix joined by a hyphen makes one word with the next.
    if (prev && start === prev.end - offset + 1 && text.charCodeAt(start - 1) === 45 && prev.end - prev.start <= 7 && JOINED_PREFIXES.has(text.slice(prev.start - offset, prev.end - offset).toLowerCase())) {
      prev.key = wordKey(text.slice(prev.start - offset, prev.end - offset) + text.slice(start, i));
      prev.end = i + offset;
      continue;
    }
    out.push({ start: start + offset, end: i + offset, key: wordKey(text.slice(start, i)) });
  }
  return out;
}

/** Only blanks and hyphens may stand between the words of a phrase. */
const GAP = /^[ \t\u00a0\-‐‑–]+$/;

/**
 * Every word of a text, bucketed by its first three letters (which no spelling variant changes), to find
 * phrases fast. Word keys are worked out only for the words a search looks at.
 */
export class WordIndex {
  private starts: Int32Array;
  private ends: Int32Array;
  /** Next word in the same bucket, -1 at the end of a chain. */
  private next: Int32Array;
  private ids: Int32Array;
  private readonly heads = new Int32Array(TABLE).fill(-1);
  private readonly tails = new Int32Array(TABLE).fill(-1);
  /** Key of a word joined from a prefix and a hyphen ("co-operation"), else unset until asked for. */
  private readonly keys: Array<string | undefined> = [];
  private count = 0;

  constructor(readonly text: string) {
    const n = text.length;
    // About one word in six or seven characters of prose; the arrays grow when a text is denser.
    const capacity = (n >> 2) + 16;
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.next = new Int32Array(capacity);
    this.ids = new Int32Array(capacity);
    let pending = -1;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c < TABLE_SIZE ? WORD_TABLE[c] === 0 : !isWordCode(c)) {
        i++;
        continue;
      }
      const start = i;
      for (i++; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d < TABLE_SIZE ? WORD_TABLE[d] === 0 : !isWordCode(d)) break;
      }
      if (
        pending !== -1 &&
        start === this.ends[pending] + 1 &&
        text.charCodeAt(start - 1) === 45 &&
        this.ends[pending] - this.starts[pending] <= 7 &&
        JOINED_PREFIXES.has(text.slice(this.starts[pending], this.ends[pending]).toLowerCase())
      ) {
        this.keys[pending] = wordKey(text.slice(this.starts[pending], this.ends[pending]) + text.slice(start, i));
        this.ends[pending] = i;
        continue;
      }
      if (pending !== -1) this.bucket(pending);
      if (this.count === this.starts.length) this.grow();
      pending = this.count++;
      this.starts[pending] = start;
      this.ends[pending] = i;
    }
    if (pending !== -1) this.bucket(pending);
  }

  get length(): number {
    return this.count;
  }

  private grow(): void {
    const size = this.starts.length * 2;
    const copy = (a: Int32Array): Int32Array => {
      const b = new Int32Array(size);
      b.set(a);
      return b;
    };
    this.starts = copy(this.starts);
    this.ends = copy(this.ends);
    this.next = copy(this.next);
    this.ids = copy(this.ids);
  }

  /** Start and end offsets of every word, in text order (read only). */
  offsets(): { starts: ArrayLike<number>; ends: ArrayLike<number> } {
    return { starts: this.starts.subarray(0, this.count), ends: this.ends.subarray(0, this.count) };
  }

  private bucket(token: number): void {
    const key = this.keys[token];
    const id = key !== undefined ? bucketOfKey(key) : this.bucketOfWord(this.starts[token], this.ends[token]);
    this.ids[token] = id;
    this.next[token] = -1;
    const h = slot(id);
    if (this.tails[h] === -1) this.heads[h] = token;
    else this.next[this.tails[h]] = token;
    this.tails[h] = token;
  }

  /** Bucket of a word from its first letters and length: lower-cased ASCII directly, anything else through its key. */
  private bucketOfWord(start: number, end: number): number {
    let id = 0;
    const stop = Math.min(end, start + 3);
    for (let k = start; k < stop; k++) {
      let c = this.text.charCodeAt(k);
      if (c >= 128) return bucketOfKey(wordKey(this.text.slice(start, end)));
      if (c >= 65 && c <= 90) c += 32;
      id = id * 128 + c;
    }
    return (id * 4 + (stop - start)) * 64 + Math.min(end - start, 63);
  }

  /** The bucket of a word: equal for words that may share a key (see `bucketsOfKey`). */
  bucketAt(token: number): number {
    return this.ids[token];
  }

  keyAt(token: number): string {
    let key = this.keys[token];
    if (key === undefined) {
      key = wordKey(this.text.slice(this.starts[token], this.ends[token]));
      this.keys[token] = key;
    }
    return key;
  }

  /** True when the phrase occurs at least `times` times (stops counting there). */
  occurs(keys: string[], times: number): boolean {
    return this.find(keys, times).length >= times;
  }

  /** Spans where the phrase with these word keys occurs, words separated by blanks or hyphens only. */
  find(keys: string[], limit = Infinity): Array<{ start: number; end: number }> {
    if (keys.length === 0) return [];
    const out: Array<{ start: number; end: number }> = [];
    // A word is as long as its key, or one or two letters longer ("organisations", "colours").
    const ids = bucketsOfKey(keys[0]);
    for (const id of ids) {
      for (let i = this.heads[slot(id)]; i !== -1; i = this.next[i]) {
        if (this.ids[i] !== id || i + keys.length > this.count || this.keyAt(i) !== keys[0]) continue;
        let ok = true;
        for (let k = 1; ok && k < keys.length; k++) {
          ok = this.keyAt(i + k) === keys[k] && GAP.test(this.text.slice(this.ends[i + k - 1], this.starts[i + k]));
        }
        if (ok) out.push({ start: this.starts[i], end: this.ends[i + keys.length - 1] });
        if (out.length >= limit) return out;
      }
    }
    if (ids.length > 1) out.sort((a, b) => a.start - b.start);
    return out;
  }
}

const TABLE_BITS = 14;
const TABLE = 1 << TABLE_BITS;

function slot(id: number): number {
  return Math.imul(id | 0, 0x9e3779b1) >>> (32 - TABLE_BITS);
}


/** Bucket of a word key: its first three characters and its length (keys are lower case already). */
function bucketOfKey(key: string, extra = 0): number {
  let id = 0;
  const stop = Math.min(key.length, 3);
  for (let k = 0; k < stop; k++) {
    const c = key.charCodeAt(k);
    if (c >= 128) return -hashOf(key);
    id = id * 128 + c;
  }
  return (id * 4 + stop) * 64 + Math.min(key.length + extra, 63);
}

/** The buckets where words with this key may stand. */
export function bucketsOfKey(key: string): number[] {
  const id = bucketOfKey(key);
  return id < 0 ? [id] : [id, bucketOfKey(key, 1), bucketOfKey(key, 2)];
}

/** For keys that start with a letter outside ASCII: a hash of the whole key (negative, apart from the rest). */
function hashOf(key: string): number {
  let h = 7;
  for (let k = 0; k < key.length; k++) h = (h * 31 + key.charCodeAt(k)) | 0;
  return Math.abs(h) + 1;
}
