/** Sentences of a paragraph, with offsets: the unit in which definitions and descriptions are read. */
import { isLetterCode, isSpaceCode, isUpperCode } from './chars';
import { Line } from './text';
import { lowerCase } from './words';

export interface Sentence {
  /** Offsets into the paper text. */
  start: number;
  end: number;
  /** 0-based line of the paragraph holding the sentence. */
  line: number;
  text: string;
}

/** Words that end with a period without ending a sentence ("e.g.", "pp.", "et al."). */
const NOT_AN_END = new Set([
  'e.g', 'i.e', 'eg', 'ie', 'etc', 'al', 'cf', 'vs', 'viz', 'p', 'pp', 'no', 'nos', 'vol', 'vols', 'ed', 'eds', 'art', 'arts',
  'fig', 'figs', 'dr', 'mr', 'mrs', 'ms', 'prof', 'st', 'jr', 'sr', 'inc', 'ltd', 'co', 'ch', 'chap', 'sec', 'para', 'op', 'cit',
  'ibid', 'approx', 'ca', 'c', 'n', 'nn', 'ff', 'repr', 'trans', 'rev', 'esp', 'incl', 'gen', 'gov', 'u.s', 'u.k', 'u.n', 'e.u',
]);

/** A sentence end: ".", "!" or "?", closing quotes or brackets, a note marker, then space and a capital, quote or digit. */
const BOUNDARY = /[.!?]["'”’)\]*]*[¹²³⁴⁵⁶⁷⁸⁹⁰]*\s+(?=["'“‘(\[*]*[\p{Lu}\d¹²³⁴⁵⁶⁷⁸⁹⁰])/gu;

/** Splits one line (a paragraph as extracted from a PDF) into sentences; a tab also separates them. */
export function sentencesOf(line: Line): Sentence[] {
  const out: Sentence[] = [];
  const text = line.text;
  let from = 0;
  BOUNDARY.lastIndex = 0;
  // The next tab at or after `from` (a tab separates two sentences too); found once per tab, not per sentence.
  let tab = text.indexOf('\t');
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    const dot = m.index;
    if (text.charCodeAt(dot) === 46 && !endsSentence(text, dot)) continue;
    while (tab !== -1 && tab < from) tab = text.indexOf('\t', tab + 1);
    while (tab !== -1 && tab < dot) {
      addSentence(out, line, from, tab);
      from = tab + 1;
      tab = text.indexOf('\t', from);
    }
    addSentence(out, line, from, dot + m[0].length);
    from = dot + m[0].length;
  }
  for (let tab = text.indexOf('\t', from); tab !== -1; tab = text.indexOf('\t', from)) {
    addSentence(out, line, from, tab);
    from = tab + 1;
  }
  addSentence(out, line, from, text.length);
  return out;
}

/**
 * The lines first..last of a hard-wrapped paragraph read as one line: each line break becomes a blank, so
 * that offsets stay those of the text and a sentence runs on across the break.
 */
export function paragraphLine(text: string, first: Line, last: Line): Line {
  if (first === last) return first;
  return { index: first.index, start: first.start, end: last.end, text: text.slice(first.start, last.end).replace(/[\r\n]/g, ' ') };
}

/** A line that starts a block of its own even right after another line: a list item, a quote, a table row, a heading. */
const BLOCK_START = /^\s*(?:[-*+•]\s|\d{1,3}[.)]\s|[>|#])/;

export function startsBlock(line: Line): boolean {
  return BLOCK_START.test(line.text);
}

/** The sentence in line.text[from, to), blanks around it left out, if anything is left. */
function addSentence(out: Sentence[], line: Line, from: number, to: number): void {
  const text = line.text;
  let s = from;
  let e = to;
  while (s < e && isSpaceCode(text.charCodeAt(s))) s++;
  while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e--;
  if (e > s) out.push({ start: line.start + s, end: line.start + e, line: line.index, text: text.slice(s, e) });
}

/** The longest word of `NOT_AN_END`: a longer word before a period ends a sentence. */
const LONGEST_NOT_AN_END = Math.max(...[...NOT_AN_END].map((w) => w.length));

/** False for the period of an abbreviation or an initial ("U.S.", "J. Smith", "pp. 3"). */
function endsSentence(text: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && (isLetterCode(text.charCodeAt(i - 1)) || text.charCodeAt(i - 1) === 46)) {
    i--;
    if (dot - i > LONGEST_NOT_AN_END) return true;
  }
  const word = lowerCase(text.slice(i, dot));
  if (word.length === 1 && isUpperCode(text.charCodeAt(i))) return false;
  return !NOT_AN_END.has(word);
}
