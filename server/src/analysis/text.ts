/** Text helpers shared by the analysis: line tables and folding for comparison. */
import { analysisMemo } from './memo';

export interface Line {
  /** 0-based line number. */
  index: number;
  start: number;
  /** Offset of the line end, before any "\r\n" or "\n". */
  end: number;
  text: string;
}

export function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

export function splitLines(text: string, lineStarts: number[]): Line[] {
  // A plain loop keeps one array shape for every caller once V8 optimises this.
  const lines: Line[] = [];
  for (let index = 0; index < lineStarts.length; index++) lines.push(lineOfText(text, lineStarts, index));
  return lines;
}

/** Line `index` of the text, without its line break. */
export function lineOfText(text: string, lineStarts: number[], index: number): Line {
  const start = lineStarts[index];
  let end = index + 1 < lineStarts.length ? lineStarts[index + 1] - 1 : text.length;
  if (end > start && text.charCodeAt(end - 1) === 13) end--;
  return { index, start, end, text: text.slice(start, end) };
}

/** Index of the last of `items` (sorted by start) that starts at or before `offset`; 0 when none does. */
export function lastStartingAt<T>(items: readonly T[], offset: number, startOf: (item: T) => number): number {
  let lo = 0;
  let hi = items.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (startOf(items[mid]) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Line number (0-based) holding `offset`. */
export function lineAt(lineStarts: number[], offset: number): number {
  return lastStartingAt(lineStarts, offset, (start) => start);
}

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const ASCII = /^[\x00-\x7f]*$/;
const FOLD_SPECIAL: Record<string, string> = { ı: 'i', ø: 'o', ł: 'l', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe' };

/** Lower case without accents: "Çolakoğlu" → "colakoglu". */
export function fold(s: string): string {
  if (ASCII.test(s)) return s.toLowerCase();
  return s
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(/[ıøłđßæœ]/g, (c) => FOLD_SPECIAL[c]);
}

/** Folded letters and digits only, words separated by one space: for comparing names and titles. */
export function foldWords(s: string): string {
  return foldedWords(s);
}

/** Names and titles are folded again and again. */
const foldedWords = analysisMemo(20_000, 64, (s) => foldWordsOnce(s));

function foldWordsOnce(s: string): string {
  return fold(s)
    .replace(/&/g, ' and ')
    .replace(/organisation/g, 'organization')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Removes Markdown residue that PDF-to-text tools leave: emphasis stars, angle-bracketed links, escapes. */
export function stripMarkdown(s: string): string {
  return s.replace(/\\([$_*\\[\]])/g, '$1').replace(/\*+/g, '').replace(/<(https?:[^>\s]+)>/g, '$1');
}
