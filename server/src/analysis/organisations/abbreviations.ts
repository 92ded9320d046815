/**
 * Abbreviation definitions: where a paper pairs a short form with its long form.
 *   Shanghai Cooperation Organization (SCO)          long form, then the short form in parentheses
 *   Collective Security Treaty Organisation (CSTO, formally launched in 2003 ...)
 *   SCO (Shanghai Cooperation Organisation)          short form, then the long form in parentheses
 *   The ASEAN Regional Forum – ARF                   a heading that pairs them with a dash
 *   ... the Gulf Cooperation Council, explaining why the GCC ...   initials spelt by a name just before
 */
import { Line } from '../text';
import { Sentence } from '../sentences';
import { alignShortForm, LongWord } from './align';

export type AbbreviationForm = 'long-short' | 'short-long' | 'heading' | 'initials';

export interface AbbreviationDefinition {
  short: string;
  long: string;
  /** From the long form's first word through the short form (or the whole heading). */
  span: { start: number; end: number };
  /** Span of the short form at the definition. */
  shortSpan: { start: number; end: number };
  /** Span of the long form at the definition. */
  longSpan: { start: number; end: number };
  line: number;
  form: AbbreviationForm;
}

/** A short form: a capital, then letters, digits and a few joiners, with at least two capitals (or a capital and a digit). */
const SHORT_FORM = String.raw`[\p{Lu}][\p{L}\p{N}&+\-./]{0,13}[\p{L}\p{N}]`;
const ROMAN = /^[IVXLC]+$/;

export function isShortForm(s: string): boolean {
  if (s.length < 2 || s.length > 15 || ROMAN.test(s)) return false;
  const capitals = (s.match(/\p{Lu}/gu) ?? []).length;
  const digits = (s.match(/\p{N}/gu) ?? []).length;
  if (capitals < 2 && !(capitals === 1 && digits >= 1)) return false;
  const head = s.split('+')[0];
  const letters = (head.match(/\p{L}/gu) ?? []).length;
  return (head.match(/\p{Lu}/gu) ?? []).length * 2 >= letters;
}

/** "(SCO)", "(SCO, founded ...)", "(hereafter SCO)", "(“SCO”)". */
const PARENTHESISED = new RegExp(
  String.raw`\(\s*(?:(?:the|hereafter|hereinafter|henceforth|or|abbreviated(?: as)?|known as)\s+)*["“'‘]?(${SHORT_FORM})["”'’]?\s*(?=[,;)])`,
  'gu',
);
/** "SCO (Shanghai Cooperation Organisation)". */
const SHORT_THEN_LONG = new RegExp(String.raw`(?<![\p{L}\p{N}])(${SHORT_FORM})\s*\(([^()]{3,160})\)`, 'gu');
/** A heading "The ASEAN Regional Forum – ARF", or "ARF – The ASEAN Regional Forum". */
const HEADING_LONG_SHORT = new RegExp(String.raw`^(.*?\S)\s+[–—-]{1,2}\s+(${SHORT_FORM})$`, 'u');
const HEADING_SHORT_LONG = new RegExp(String.raw`^(${SHORT_FORM})\s*(?:[–—-]{1,2}|:)\s+(.*\S)$`, 'u');

/** Characters at which a long form cannot reach further back. */
const WINDOW_STOP = /[()[\];:!?"“”\t]|[.](?=\s)/g;

/** Words of `text` (offset `base` in the paper) with surrounding punctuation removed. */
export function wordsOf(text: string, base: number): LongWord[] {
  const out: LongWord[] = [];
  const re = /\S+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const raw = m[0];
    const lead = /^[^\p{L}\p{N}]*/u.exec(raw)![0].length;
    const trail = /[^\p{L}\p{N}]*$/u.exec(raw)![0].length;
    if (lead >= raw.length) continue;
    const word = raw.slice(lead, raw.length - trail).replace(/[¹²³⁴⁵⁶⁷⁸⁹⁰]+$/u, '');
    if (!word) continue;
    out.push({ text: word, start: base + m.index + lead, end: base + m.index + lead + word.length });
  }
  return out;
}

function stripLeadingThe(words: LongWord[]): LongWord[] {
  return words.length > 1 && /^the$/i.test(words[0].text) ? words.slice(1) : words;
}

function definition(
  text: string,
  short: string,
  shortStart: number,
  words: LongWord[],
  first: number,
  line: number,
  form: AbbreviationForm,
  span?: { start: number; end: number },
): AbbreviationDefinition {
  const long = words.slice(first);
  const longSpan = { start: long[0].start, end: long[long.length - 1].end };
  const shortSpan = { start: shortStart, end: shortStart + short.length };
  return {
    short,
    long: text.slice(longSpan.start, longSpan.end).replace(/\s+/g, ' '),
    span: span ?? { start: Math.min(longSpan.start, shortSpan.start), end: Math.max(longSpan.end, shortSpan.end) },
    shortSpan,
    longSpan,
    line,
    form,
  };
}

/** Definitions in parentheses or heading form, in text order. */
export function explicitDefinitions(text: string, lines: Line[], isBody: (line: number) => boolean, isHeadingLine: (line: number) => boolean): AbbreviationDefinition[] {
  const out: AbbreviationDefinition[] = [];
  for (const line of lines) {
    if (!isBody(line.index) || line.text.indexOf('(') === -1 && !isHeadingLine(line.index)) continue;
    const found: AbbreviationDefinition[] = [];
    const t = line.text;
    PARENTHESISED.lastIndex = 0;
    for (let m = PARENTHESISED.exec(t); m; m = PARENTHESISED.exec(t)) {
      const short = m[1];
      if (!isShortForm(short)) continue;
      let from = 0;
      WINDOW_STOP.lastIndex = 0;
      for (let s = WINDOW_STOP.exec(t); s && s.index < m.index; s = WINDOW_STOP.exec(t)) from = s.index + 1;
      const words = wordsOf(t.slice(from, m.index), line.start + from);
      const a = alignShortForm(short, words);
      if (a) found.push(definition(text, short, line.start + m.index + m[0].indexOf(short, 1), words, a.first, line.index, 'long-short'));
    }
    SHORT_THEN_LONG.lastIndex = 0;
    for (let m = SHORT_THEN_LONG.exec(t); m; m = SHORT_THEN_LONG.exec(t)) {
      const short = m[1];
      if (!isShortForm(short) || /\d{4}/.test(m[2])) continue;
      const inner = m.index + m[0].lastIndexOf('(') + 1;
      const words = stripLeadingThe(wordsOf(m[2].split(/[;,]/)[0], line.start + inner));
      const a = words.length >= 2 ? alignShortForm(short, words, 0) : null;
      if (a) found.push(definition(text, short, line.start + m.index, words, a.first, line.index, 'short-long'));
    }
    if (isHeadingLine(line.index)) {
      const heading = headingBody(t);
      const lead = t.indexOf(heading);
      const longShort = HEADING_LONG_SHORT.exec(heading);
      const shortLong = HEADING_SHORT_LONG.exec(heading);
      const whole = { start: line.start, end: line.end };
      if (longShort && isShortForm(longShort[2])) {
        const words = stripLeadingThe(wordsOf(longShort[1], line.start + lead));
        const a = alignShortForm(longShort[2], words, 0);
        const at = line.start + lead + heading.lastIndexOf(longShort[2]);
        if (a) found.push(definition(text, longShort[2], at, words, a.first, line.index, 'heading', whole));
      } else if (shortLong && isShortForm(shortLong[1])) {
        const words = stripLeadingThe(wordsOf(shortLong[2], line.start + lead + heading.indexOf(shortLong[2], shortLong[1].length)));
        const a = alignShortForm(shortLong[1], words, 0);
        if (a) found.push(definition(text, shortLong[1], line.start + lead, words, a.first, line.index, 'heading', whole));
      }
    }
    out.push(...found.sort((a, b) => a.span.start - b.span.start));
  }
  return out;
}

/** A heading's text without Markdown marks or numbering. */
function headingBody(t: string): string {
  return t
    .trim()
    .replace(/^#{1,6}\s*/, '')
    .replace(/^\*\*(.*)\*\*$/, '$1')
    .replace(/^(?:\d+(?:\.\d+)*\.?|[IVX]+\.)\s+/, '')
    .trim();
}

/**
 * A short form never defined in parentheses whose letters are exactly the initials of a name standing
 * shortly before it in the same or the previous sentence: "the Gulf Cooperation Council ... the GCC".
 */
export function initialsDefinition(
  text: string,
  short: string,
  occurrences: number[],
  sentenceAt: (offset: number) => { sentence: Sentence; previous: Sentence | null } | null,
  lineOf: (offset: number) => number,
): AbbreviationDefinition | null {
  for (const at of occurrences) {
    const found = sentenceAt(at);
    if (!found) continue;
    const from = found.previous ?? found.sentence;
    const window = text.slice(from.start, at);
    const words = wordsOf(window, from.start);
    // Runs of capitalised words (with connectors inside), each a candidate name ending at its last word.
    let runStart = -1;
    for (let i = 0; i <= words.length; i++) {
      const w = words[i];
      const gapOk = i > 0 && w && /^[\s\-]*$/.test(text.slice(words[i - 1].end, w.start));
      const capital = w && /^[\p{Lu}]/u.test(w.text) && w.text !== short;
      const connector = w && /^(?:of|for|and|on|in|the)$/.test(w.text);
      if (w && (capital || (connector && runStart !== -1)) && (runStart === -1 || gapOk)) {
        if (runStart === -1) runStart = i;
        continue;
      }
      if (runStart !== -1) {
        let end = i;
        while (end > runStart && /^(?:of|for|and|on|in|the)$/.test(words[end - 1].text)) end--;
        const run = words.slice(runStart, end);
        const a = run.length >= 2 ? strictInitials(short, run) : null;
        if (a !== null) {
          return definition(text, short, at, run, a, lineOf(at), 'initials');
        }
      }
      runStart = w && (capital || false) ? i : -1;
    }
  }
  return null;
}

/** The first word of a name in `run` whose content words' initials are exactly the short form's letters. */
function strictInitials(short: string, run: LongWord[]): number | null {
  const letters = short.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
  for (let first = 0; first < run.length; first++) {
    const initials = run
      .slice(first)
      .filter((w) => !/^(?:of|for|and|on|in|the)$/.test(w.text))
      .map((w) => w.text.split(/[-‐]/).map((p) => p[0]?.toLowerCase() ?? '').join(''))
      .join('');
    const wordInitials = run
      .slice(first)
      .filter((w) => !/^(?:of|for|and|on|in|the)$/.test(w.text))
      .map((w) => w.text[0].toLowerCase())
      .join('');
    if (initials === letters || wordInitials === letters) return first;
  }
  return null;
}
