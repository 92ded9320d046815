/**
 * Does a long form spell a short form? A Schwartz & Hearst (2003) style alignment of the short form's
 * letters to the words before it, stricter than theirs: letters should fall on word initials, every
 * content word of the long form should be spelt by a letter (a proper name may carry up to two unspelt
 * words: "Treaty of Amity and Cooperation in Southeast Asia (TAC)"), and "2" may stand for "to".
 */
import { isLetterOrNumberCode, isLowerCode, isUpperCode } from '../chars';
import { lowerCase } from '../words';

export interface LongWord {
  text: string;
  /** Offsets into the paper text. */
  start: number;
  end: number;
}

/** Words a long form may leave unspelt: "Organization *for* Security *and* Co-operation *in* Europe". */
export const CONNECTORS = new Set([
  'of', 'the', 'and', 'for', 'in', 'on', 'to', 'at', 'by', 'with', 'a', 'an', 'de', 'des', 'du', 'la', 'le', 'les', 'et', 'und',
  'der', 'die', 'das', 'y', 'del', '&', 'plus', 'da', 'do', 'dos', 'e', 'el', 'los', 'las', 'para', 'pour', 'für', 'di', 'della', 'dei',
  'per',
]);

/** Words a digit of a short form may stand for: "G2G" (government to government). */
const DIGIT_OF_WORD = new Map([
  ['to', '2'], ['two', '2'], ['too', '2'], ['three', '3'], ['for', '4'], ['four', '4'], ['eight', '8'],
]);

/** The letters of a short form that a long form must spell: "RIOs" → "rio", "AMMTC+China" → "ammtc". */
export function shortFormLetters(short: string): string {
  let s = short.split('+')[0];
  if (/\p{Lu}\p{Ll}{0,1}s$/u.test(s) && (s.match(/\p{Lu}/gu) ?? []).length >= 2) s = s.slice(0, -1);
  return s.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
}

interface Position {
  ch: string;
  word: number;
  /** 2 at a word's first letter, 1 at a connector's first letter, after a hyphen or at an inside-word capital, 0 elsewhere. */
  kind: number;
}

function positions(words: LongWord[], from: number): Position[] {
  const out: Position[] = [];
  for (let w = from; w < words.length; w++) {
    const text = words[w].text;
    const lower = lowerCase(text);
    const digit = DIGIT_OF_WORD.get(lower);
    if (digit) out.push({ ch: digit, word: w, kind: 2 });
    let first = true;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (!isLetterOrNumberCode(c)) continue;
      const before = i > 0 ? text.charCodeAt(i - 1) : -1;
      const afterHyphen = before === 45 || before === 0x2010 || before === 47;
      const innerCapital = isUpperCode(c) && before !== -1 && isLowerCode(before);
      // A connector's initial ("of", "and") counts less than a content word's: "Treaty of Amity" spells TA with Amity.
      out.push({ ch: lower[i], word: w, kind: first ? (CONNECTORS.has(lower) ? 1 : 2) : afterHyphen || innerCapital ? 1 : 0 });
      first = false;
    }
  }
  return out;
}

export interface Alignment {
  /** Index of the long form's first word in the given words. */
  first: number;
  /** Index of the last word the short form spells (before unspelt trailing words of a proper name). */
  last: number;
  score: number;
}

function isContent(word: string): boolean {
  return !CONNECTORS.has(lowerCase(word)) && /[\p{L}\p{N}]/u.test(word);
}

function isCapitalised(word: string): boolean {
  return /^["'“‘(]*[\p{Lu}\p{N}]/u.test(word);
}

/**
 * Aligns `letters` to words[first..] ending with the last word; null when they do not spell it.
 * `uncoveredTail` allows that many unspelt words at the end (for a proper name only).
 */
function alignFrom(letters: string, words: LongWord[], first: number, all: Position[]): { score: number; valid: boolean; last: number } | null {
  let from = 0;
  while (from < all.length && all[from].word < first) from++;
  const pos = from === 0 ? all : all.slice(from);
  const m = letters.length;
  const n = pos.length;
  if (n === 0 || pos[0].ch !== letters[0] && !pos.some((p) => p.word === first && p.kind === 2 && p.ch === letters[0])) return null;
  // best[i][p]: best score placing letters i.. at positions >= p, -Infinity when impossible.
  const best: Float64Array[] = Array.from({ length: m + 1 }, () => new Float64Array(n + 1).fill(-Infinity));
  const take: Uint8Array[] = Array.from({ length: m + 1 }, () => new Uint8Array(n + 1));
  for (let p = 0; p <= n; p++) best[m][p] = 0;
  const WEIGHT = [0, 2, 3];
  for (let i = m - 1; i >= 0; i--) {
    for (let p = n - 1; p >= 0; p--) {
      let b = best[i][p + 1];
      let t = 0;
      if (pos[p].ch === letters[i] && best[i + 1][p + 1] > -Infinity) {
        // A letter may not be spent twice on one word's initial (digit words share their position).
        const s = WEIGHT[pos[p].kind] + best[i + 1][p + 1];
        if (s > b) {
          b = s;
          t = 1;
        }
      }
      best[i][p] = b;
      take[i][p] = t;
    }
  }
  // The first letter sits on the first word's initial.
  const start = pos.findIndex((p) => p.word === first && p.kind === 2 && p.ch === letters[0]);
  if (start === -1 || best[1][start + 1] === -Infinity) return null;
  const used: Position[] = [pos[start]];
  for (let i = 1, p = start + 1; i < m; p++) {
    if (take[i][p]) {
      used.push(pos[p]);
      i++;
    }
  }
  const score = WEIGHT[2] + best[1][start + 1];
  const covered = new Set(used.map((u) => u.word));
  const longWords = words.slice(first);
  let uncovered = 0;
  let uncoveredCapitalised = true;
  longWords.forEach((w, k) => {
    if (isContent(w.text) && !covered.has(first + k)) {
      uncovered++;
      if (!isCapitalised(w.text)) uncoveredCapitalised = false;
    }
  });
  const interior = used.filter((u) => u.kind === 0).length;
  const titleCase = longWords.every((w) => !isContent(w.text) || isCapitalised(w.text));
  const lastIsConnector = !isContent(longWords[longWords.length - 1].text);
  let valid: boolean;
  const reach = Math.min(letters.length + 5, letters.length * 2);
  if (lastIsConnector) valid = false;
  else if (longWords.length > reach && !titleCase) valid = false;
  else if (longWords.length === 1) valid = titleCase && m >= 2 && interior <= m - 1;
  else if (titleCase) valid = uncovered <= 2 && uncoveredCapitalised && interior <= 1 && (uncovered === 0 || interior === 0);
  else valid = uncovered === 0 && interior <= 1;
  return { score: score - 2 * uncovered - interior, valid, last: Math.max(...covered) };
}

/**
 * The first word of the long form that spells `short` and ends with the last of `words`, or null.
 * With `fixedFirst` only words[fixedFirst..] is tried (the long form stands in parentheses or a heading).
 */
export function alignShortForm(short: string, words: LongWord[], fixedFirst?: number): Alignment | null {
  const letters = shortFormLetters(short);
  if (letters.length < 2 || words.length === 0) return null;
  // Schwartz & Hearst's reach, and a little further for a proper name: "Treaty of Amity and Cooperation in Southeast Asia (TAC)".
  const maxWords = Math.max(Math.min(letters.length + 5, letters.length * 2), letters.length + 5);
  let best: Alignment | null = null;
  const lowest = fixedFirst ?? Math.max(0, words.length - maxWords);
  const highest = fixedFirst ?? words.length - 1;
  // Positions of every letter once; each candidate first word reads its tail of them.
  const all = positions(words, lowest);
  for (let first = highest; first >= lowest; first--) {
    if (words.length - first > maxWords) break;
    // The long form opens with the short form's first letter.
    if (words[first].text[0]?.toLowerCase() !== letters[0] && !/^\d/.test(letters[0])) continue;
    const a = alignFrom(letters, words, first, all);
    if (!a || !a.valid) continue;
    if (!best || a.score > best.score) best = { first, last: a.last, score: a.score };
  }
  return best;
}
