/** Sentences of a paragraph line, with offsets: the unit in which definitions and descriptions are read. */
import { Line } from './text';

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
  const push = (end: number): void => {
    let s = from;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) out.push({ start: line.start + s, end: line.start + e, line: line.index, text: text.slice(s, e) });
  };
  BOUNDARY.lastIndex = 0;
  // The next tab at or after `from` (a tab separates two sentences too); found once per tab, not per sentence.
  let tab = text.indexOf('\t');
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    const dot = m.index;
    if (text[dot] === '.' && !endsSentence(text, dot)) continue;
    while (tab !== -1 && tab < from) tab = text.indexOf('\t', tab + 1);
    while (tab !== -1 && tab < dot) {
      push(tab);
      from = tab + 1;
      tab = text.indexOf('\t', from);
    }
    push(dot + m[0].length);
    from = dot + m[0].length;
  }
  for (let tab = text.indexOf('\t', from); tab !== -1; tab = text.indexOf('\t', from)) {
    push(tab);
    from = tab + 1;
  }
  push(text.length);
  return out;
}

/** False for the period of an abbreviation or an initial ("U.S.", "J. Smith", "pp. 3"). */
function endsSentence(text: string, dot: number): boolean {
  let i = dot;
  while (i > 0 && /[\p{L}.]/u.test(text[i - 1])) i--;
  const word = text.slice(i, dot).toLowerCase();
  if (word.length === 1 && /\p{Lu}/u.test(text[i])) return false;
  return !NOT_AN_END.has(word);
}
