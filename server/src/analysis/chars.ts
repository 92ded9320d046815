/**
 * Classes of UTF-16 code units, tested without a regex where a text is read unit by unit: what `\p{L}`,
 * `\p{Lu}`, `\p{Ll}`, `\p{N}` and `\s` say of one code unit on its own.
 */

const LETTER = 1;
const UPPER = 2;
const LOWER = 4;
const NUMBER = 8;
const MARK = 16;

/** Each class and what matches it. */
const PATTERNS: Array<[number, RegExp]> = [
  [LETTER, /\p{L}/u],
  [UPPER, /\p{Lu}/u],
  [LOWER, /\p{Ll}/u],
  [NUMBER, /\p{N}/u],
  [MARK, /\p{M}/u],
];

/** Classes of the code units below U+3000 (Latin, Greek, Cyrillic, ... scripts) in a table; the rest worked out once each. */
const TABLE_SIZE = 0x3000;
const CLASSES = new Uint8Array(TABLE_SIZE);
const UNITS = String.fromCharCode(...Array.from({ length: TABLE_SIZE }, (_, c) => c));
for (const [flag, pattern] of PATTERNS) for (const m of UNITS.matchAll(new RegExp(pattern.source, 'gu'))) CLASSES[m.index!] |= flag;
const beyondTable = new Map<number, number>();

function classesOf(c: number): number {
  const s = String.fromCharCode(c);
  let found = 0;
  for (const [flag, pattern] of PATTERNS) if (pattern.test(s)) found |= flag;
  return found;
}

function classes(c: number): number {
  if (c < TABLE_SIZE) return CLASSES[c];
  let known = beyondTable.get(c);
  if (known === undefined) {
    known = classesOf(c);
    beyondTable.set(c, known);
  }
  return known;
}

/** 1 for a letter, digit or mark below U+3000 (read directly in the hottest loop; `isWordCode` for the rest). */
export const WORD_TABLE = CLASSES.map((k) => (k & (LETTER | NUMBER | MARK) ? 1 : 0));

/** True for a letter, digit or mark (the halves of a surrogate pair count as letters). */
export function isWordCode(c: number): boolean {
  if (c < TABLE_SIZE) return WORD_TABLE[c] === 1;
  return (c >= 0xd800 && c <= 0xdfff) || (classes(c) & (LETTER | NUMBER | MARK)) !== 0;
}

export function isLetterCode(c: number): boolean {
  return (classes(c) & LETTER) !== 0;
}

export function isUpperCode(c: number): boolean {
  return (classes(c) & UPPER) !== 0;
}

export function isLowerCode(c: number): boolean {
  return (classes(c) & LOWER) !== 0;
}

/** `[\p{L}\p{N}]` */
export function isLetterOrNumberCode(c: number): boolean {
  return (classes(c) & (LETTER | NUMBER)) !== 0;
}

/** `[\p{Lu}\p{N}]` */
export function isUpperOrNumberCode(c: number): boolean {
  return (classes(c) & (UPPER | NUMBER)) !== 0;
}

/** True for what `\s` matches in a regex. */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** True when text[from, to) is not empty and all `\s`. */
export function onlySpaces(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let i = from; i < to; i++) if (!isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

const STARTS_UPPER = /^\p{Lu}/u;

/** True when `s` starts with a capital letter (what `/^\p{Lu}/u` says, a letter beyond U+FFFF included). */
export function startsCapitalised(s: string): boolean {
  const c = s.charCodeAt(0);
  return c >= 0xd800 && c <= 0xdfff ? STARTS_UPPER.test(s) : isUpperCode(c);
}
