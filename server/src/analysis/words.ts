/**
 * Word tokens of a text with spelling-independent keys, and a finder for multi-word phrases.
 * Keys fold case and accents and meet British and American spellings ("Organisation" = "organization",
 * "Co-operation" = "cooperation", "colour" = "color"), and a plural "s" is dropped.
 */
import { fold } from './text';

/** Prefixes that are written with or without a hyphen ("co-operation", "non-interference"). */
const JOINED_PREFIXES = new Set(['co', 'non', 'anti', 'neo', 'pre', 'post', 'inter', 'intra', 'multi', 'sub', 'trans', 'supra', 'socio', 'geo', 'counter', 'pan', 're']);

/** The comparison key of one word. */
export function wordKey(word: string): string {
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

const WORD = /[\p{L}\p{N}]+/gu;

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    const prev = out[out.length - 1];
    if (prev && start === prev.end - offset + 1 && text[start - 1] === '-' && JOINED_PREFIXES.has(text.slice(prev.start - offset, prev.end - offset).toLowerCase())) {
      prev.end = end + offset;
      prev.key = wordKey(text.slice(prev.start - offset, end));
      continue;
    }
    out.push({ start: start + offset, end: end + offset, key: wordKey(m[0]) });
  }
  return out;
}

/** Only blanks and hyphens may stand between the words of a phrase. */
const GAP = /^[ \t\u00a0\-‐‑–]+$/;

/** Every token of a text, grouped by key, to find phrases fast. */
export class WordIndex {
  readonly tokens: Token[];
  private readonly byKey = new Map<string, number[]>();

  constructor(readonly text: string) {
    this.tokens = tokenize(text);
    this.tokens.forEach((t, i) => {
      const list = this.byKey.get(t.key);
      if (list) list.push(i);
      else this.byKey.set(t.key, [i]);
    });
  }

  /** Spans where the phrase with these word keys occurs, words separated by blanks or hyphens only. */
  find(keys: string[]): Array<{ start: number; end: number }> {
    if (keys.length === 0) return [];
    const firsts = this.byKey.get(keys[0]);
    if (!firsts) return [];
    const out: Array<{ start: number; end: number }> = [];
    for (const i of firsts) {
      let ok = i + keys.length <= this.tokens.length;
      for (let k = 1; ok && k < keys.length; k++) {
        const a = this.tokens[i + k - 1];
        const b = this.tokens[i + k];
        ok = b.key === keys[k] && GAP.test(this.text.slice(a.end, b.start));
      }
      if (ok) out.push({ start: this.tokens[i].start, end: this.tokens[i + keys.length - 1].end });
    }
    return out;
  }

  /** How many tokens carry this key. */
  count(key: string): number {
    return this.byKey.get(key)?.length ?? 0;
  }
}

const cache: Array<{ text: string; index: WordIndex }> = [];

/** The word index of a text, shared by the analyses of one document (a few recent texts are kept). */
export function wordIndex(text: string): WordIndex {
  const hit = cache.find((c) => c.text === text);
  if (hit) return hit.index;
  const index = new WordIndex(text);
  cache.unshift({ text, index });
  if (cache.length > 4) cache.pop();
  return index;
}
