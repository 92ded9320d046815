import { Line } from '../text';
import { superscriptValue } from '../superscript';
import { CitationCandidate } from './candidate';
import { Span } from '../model';
import { isBylineText, isExponentAt } from './superscriptMarks';

interface CallCandidate {
  line: Line;
  start: number;
  end: number;
  number: number;
  /** Superscripts and <sup> tags are plainly calls; bare digits need the sequence to vouch for them. */
  strong: boolean;
  /** For a superscript run like "²³⁷": the call may be its trailing digits ("³⁷"). */
  alternatives: Array<{ start: number; number: number }>;
  /** On a byline ("Ana Lima¹, Rui Sá²"): an affiliation mark, a call only of a note with its number. */
  byline: boolean;
}

const SUPERSCRIPT_CALL = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g;
const SUP_TAG_CALL = /<sup>\s*(\d{1,3}(?:\s*,\s*\d{1,3})*)\s*<\/sup>/gi;
/** A Markdown footnote call "[^3]" (never its definition "[^3]:" at the start of a line). */
const MARKDOWN_CALL = /\[\^(\d{1,3})\](?!:)/g;
/** Whether a call is a Markdown footnote mark: it calls a note of the document, never a numbered entry. */
export function isMarkdownCall(text: string): boolean {
  return text.startsWith('[^');
}
/** Any Markdown footnote mark, "[^note2]" too: no digits inside one are a call of their own. */
const MARKDOWN_MARK = /\[\^[^\]\s]{1,40}\]/g;
/** One to three digits standing alone as a number. */
const DIGITS = /(?<!\d)\d{1,3}(?!\d)/g;
/** Sentence ends and closing quotes or brackets, after which a note call may stand. */
const CLOSING = `.!?'’"”)]`;
/** Words after which a number is a page, volume or item, never a note call. */
const COUNTED_BEFORE = /\b(?:p|pp|no|nos|vol|vols|fig|figs|art|arts|ch|chap|para|sec|ed|eds|n|nr|tab|op|cit|ibid|km|kg|mm|cm|m|us|per)\.?['’"”)]?\.?\s?$/i;
const UNIT_BEFORE = /(?:km|cm|mm|m|ft|in)$/;
/** How many numbers a bare call may skip ahead of the last call. */
const MAX_SKIP = 4;
/** How far past the highest note or label a superscript run may be a slip of numbering (a list of 29 cited as 34). */
const MAX_SLIP = 10;

/** A digit or a superscript digit: a line without one holds no call. */
const ANY_DIGIT = /[\d⁰¹²³⁴⁵⁶⁷⁸⁹]/;

// The matches are read with `exec` loops, not `matchAll`: this runs on every line, and the engine compiles the
// iterators' code into something large that it throws away and compiles again when a line surprises it.
function collect(line: Line): CallCandidate[] {
  const found: CallCandidate[] = [];
  const text = line.text;
  if (!ANY_DIGIT.test(text)) return found;
  let byline: boolean | null = null;
  SUPERSCRIPT_CALL.lastIndex = 0;
  for (let m = SUPERSCRIPT_CALL.exec(text); m; m = SUPERSCRIPT_CALL.exec(text)) {
    const start = m.index;
    if (isExponentAt(text, start) || UNIT_BEFORE.test(text.slice(Math.max(0, start - 3), start))) continue;
    const alternatives: CallCandidate['alternatives'] = [];
    for (let k = 1; k < m[0].length; k++) alternatives.push({ start: start + k, number: superscriptValue(m[0].slice(k)) });
    byline ??= isBylineText(text);
    found.push({ line, start, end: start + m[0].length, number: superscriptValue(m[0]), strong: true, alternatives, byline });
  }
  SUP_TAG_CALL.lastIndex = 0;
  for (let m = SUP_TAG_CALL.exec(text); m; m = SUP_TAG_CALL.exec(text)) {
    found.push({ line, start: m.index, end: m.index + m[0].length, number: Number(m[1].split(',')[0]), strong: true, alternatives: [], byline: false });
  }
  MARKDOWN_CALL.lastIndex = 0;
  for (let m = MARKDOWN_CALL.exec(text); m; m = MARKDOWN_CALL.exec(text)) {
    found.push({ line, start: m.index, end: m.index + m[0].length, number: Number(m[1]), strong: true, alternatives: [], byline: false });
  }
  const marks: Span[] = [];
  MARKDOWN_MARK.lastIndex = 0;
  for (let m = MARKDOWN_MARK.exec(text); m; m = MARKDOWN_MARK.exec(text)) marks.push({ start: m.index, end: m.index + m[0].length });
  DIGITS.lastIndex = 0;
  for (let m = DIGITS.exec(text); m; m = DIGITS.exec(text)) {
    const start = m.index;
    if (marks.some((k) => k.start <= start && start < k.end)) continue;
    const end = start + m[0].length;
    const next = text[end] ?? '';
    // "decades3." and "decades3)": a call before the sentence's own punctuation, not "3.5" or "3.a".
    if (next !== '' && !/[\s,;:]/.test(next) && !/^[.!?)\]](?:\s|$)/.test(text.slice(end, end + 2))) continue;
    const before = text.slice(Math.max(0, start - 14), start);
    // "constructivism8": digits glued to a word of at least three small letters.
    const gluedToWord = /\p{Ll}{3}$/u.test(before);
    // "ago. 39", "interest,'5": digits right after a sentence end or a closing quote, or one space after.
    const spaced = before.endsWith(' ');
    const punctuation = before.charAt(before.length - (spaced ? 2 : 1));
    if (!gluedToWord && !CLOSING.includes(punctuation || '~')) continue;
    if (!gluedToWord && COUNTED_BEFORE.test(before)) continue;
    // "3.5", "1,000": digits on both sides of the punctuation are one number.
    if (!gluedToWord && !spaced && /\d[.,]$/.test(before)) continue;
    // After a space, a call is followed by a new sentence or the line's end, not by more words of the same one.
    if (spaced && !/^\s*(?:$|[\p{Lu}'‘"“(])/u.test(text.slice(end))) continue;
    found.push({ line, start, end, number: Number(m[0]), strong: false, alternatives: [], byline: false });
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Note calls in reading order. Calls climb through the notes' numbers, so a bare number is a call
 * only where it continues that climb, and a superscript run that breaks it may be a stray digit
 * followed by the real call.
 */
export function findNoteCalls(lines: Line[], include: (line: number) => boolean, noteNumbers: Set<number>): CitationCandidate[] {
  const candidates: CallCandidate[] = [];
  for (const line of lines) if (include(line.index)) for (const c of collect(line)) candidates.push(c);

  const out: CitationCandidate[] = [];
  const highestNote = Math.max(0, ...noteNumbers);
  let last = 0;
  // The number of the next plain call after each candidate, read in one pass from the end.
  const nextStrongOf = new Array<number>(candidates.length);
  for (let k = candidates.length - 1, next = Infinity; k >= 0; k--) {
    nextStrongOf[k] = next;
    if (candidates[k].strong) next = candidates[k].number;
  }
  candidates.forEach((c, i) => {
    if (c.byline && !noteNumbers.has(c.number)) return;
    let { start, number } = c;
    // A run a little past the highest number is a slip of numbering, to be flagged whole ("³⁴" in a list of 29), no stray digit.
    if (c.strong && number > last + MAX_SKIP * 4 && !noteNumbers.has(number) && number > highestNote + MAX_SLIP) {
      const fit = c.alternatives.find((a) => a.number > last && a.number <= last + MAX_SKIP);
      if (fit) ({ start, number } = fit);
    }
    if (!c.strong) {
      const inSequence = number > last && number <= last + MAX_SKIP && number <= nextStrongOf[i];
      const glued = c.start > 0 && /\S/.test(c.line.text[c.start - 1]);
      const vouched = noteNumbers.has(number) || highestNote > number || (glued && number === last + 1);
      if (!inSequence || !vouched) return;
    }
    if (number === 0) return;
    last = Math.max(last, number);
    const offset = c.line.start;
    out.push({
      kind: 'footnote',
      span: { start: offset + start, end: offset + c.end },
      text: c.line.text.slice(start, c.end),
      nameText: '',
      names: [],
      etAl: false,
      year: null,
      yearText: null,
      numbers: [number],
      locator: null,
    });
  });
  return out;
}
