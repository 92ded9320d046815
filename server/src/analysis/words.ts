/**
 * Spelling-independent keys of words and phrases.
 * Keys fold case and accents and meet British and American spellings ("Organisation" = "organization",
 * "Co-operation" = "cooperation", "colour" = "color"), and a plural "s" is dropped.
 */
import { isWordCode } from './chars';
import { fold } from './text';
import { analysisMemo } from './memo';

/** Prefixes that are written with or without a hyphen ("co-operation", "non-interference"). */
const JOINED_PREFIXES = new Set(['co', 'non', 'anti', 'neo', 'pre', 'post', 'inter', 'intra', 'multi', 'sub', 'trans', 'supra', 'socio', 'geo', 'counter', 'pan', 're']);

/** `word.toLowerCase()`, remembered: the engine lower-cases text beyond Latin-1 slowly, and words recur. */
export const lowerCase = analysisMemo(100_000, 64, (word) => word.toLowerCase());

/** The comparison key of one word. */
export const wordKey = analysisMemo(100_000, 64, (word) => computeKey(word));

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

const phrases = new Map<string, readonly string[]>();

/** Keys of a phrase's words, the way `WordIndex` reads a text (shared: worked out once per phrase). */
export function phraseKeys(phrase: string): readonly string[] {
  let keys = phrases.get(phrase);
  if (keys === undefined) {
    keys = keysOf(phrase);
    if (phrases.size > 20_000) phrases.clear();
    phrases.set(phrase, keys);
  }
  return keys;
}

/** Keys of the words of a phrase, read the way `WordIndex` reads a text. */
function keysOf(phrase: string): string[] {
  const keys: string[] = [];
  const n = phrase.length;
  let i = 0;
  let previousStart = -1;
  let previousEnd = -1;
  while (i < n) {
    if (!isWordCode(phrase.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isWordCode(phrase.charCodeAt(i))) i++;
    if (previousStart !== -1 && joinsPrefix(phrase, previousStart, previousEnd, start)) {
      keys[keys.length - 1] = joinedKey(phrase, previousStart, previousEnd, start, i);
      previousEnd = i;
      continue;
    }
    keys.push(wordKey(phrase.slice(start, i)));
    previousStart = start;
    previousEnd = i;
  }
  return keys;
}

/**
 * "Co-operation", "non-interference": true when the word starting at `start` makes one word with the word
 * text[prefixStart, prefixEnd) before it, a prefix joined to it by a hyphen.
 */
export function joinsPrefix(text: string, prefixStart: number, prefixEnd: number, start: number): boolean {
  return start === prefixEnd + 1 && text.charCodeAt(prefixEnd) === 45 && prefixEnd - prefixStart <= 7 && JOINED_PREFIXES.has(lowerCase(text.slice(prefixStart, prefixEnd)));
}

/** The key of a prefix joined by a hyphen to the word text[start, end) (see `joinsPrefix`). */
export function joinedKey(text: string, prefixStart: number, prefixEnd: number, start: number, end: number): string {
  return wordKey(text.slice(prefixStart, prefixEnd) + text.slice(start, end));
}
