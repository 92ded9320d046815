/**
 * Abbreviation definitions: where a paper pairs a short form with its long form.
 *   Shanghai Cooperation Organization (SCO)          long form, then the short form in parentheses
 *   Collective Security Treaty Organisation (CSTO, formally launched in 2003 ...)
 *   SCO (Shanghai Cooperation Organisation)          short form, then the long form in parentheses
 *   The ASEAN Regional Forum – ARF                   a heading that pairs them with a dash
 *   ... the Gulf Cooperation Council, explaining why the GCC ...   initials spelt by a name just before
 */
import { TermContext } from '../termContext';
import { alignShortForm, LongWord } from './align';
import { lowerCase } from '../words';
import { isSpaceCode, isWordCode, startsCapitalised } from '../chars';
import { isSuperscriptDigit } from '../superscript';

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
  /** The part of the long form its short form spells, when shorter: "Treaty of Amity and Cooperation" (in Southeast Asia). */
  core: string | null;
  /** A name after the short form in its brackets ("(INE, National Statistics Institute)"): the name in another language. */
  gloss: string | null;
  line: number;
  form: AbbreviationForm;
}

/** A short form: a capital, then letters, digits and a few joiners, with at least two capitals (or a capital and a digit). */
const AFTER_CAPITAL = String.raw`[\p{L}\p{N}&+\-./]{0,13}[\p{L}\p{N}]`;
const SHORT_FORM = String.raw`[\p{Lu}]${AFTER_CAPITAL}`;
const ROMAN = /^[IVXLC]+$/;

const shortForms = new Map<string, boolean>();

/** A word that can be a short form ("SCO", "R2P", "NGOs"), not an ordinary capitalised word. */
export function isShortForm(s: string): boolean {
  let known = shortForms.get(s);
  if (known === undefined) {
    known = shortFormShaped(s);
    if (shortForms.size > 20_000) shortForms.clear();
    shortForms.set(s, known);
  }
  return known;
}

function shortFormShaped(s: string): boolean {
  if (s.length < 2 || s.length > 15 || ROMAN.test(s)) return false;
  const capitals = (s.match(/\p{Lu}/gu) ?? []).length;
  const digits = (s.match(/\p{N}/gu) ?? []).length;
  if (capitals < 2 && !(capitals === 1 && digits >= 1)) return false;
  const head = s.split('+')[0];
  const letters = (head.match(/\p{L}/gu) ?? []).length;
  return (head.match(/\p{Lu}/gu) ?? []).length * 2 >= letters;
}

/** The short form without a plural "s": "NGOs" → "NGO". */
export function baseShort(s: string): string {
  return s.length > 2 && /\p{Lu}s$/u.test(s) ? s.slice(0, -1) : s;
}

/** "(SCO)", "(SCO, founded ...)", "(hereafter SCO)", "(“SCO”)". */
const PARENTHESISED = new RegExp(
  String.raw`\(\s*(?:(?:the|hereafter|hereinafter|henceforth|or|abbreviated(?: as)?|known as)\s+)*["“'‘]?(${SHORT_FORM})["”'’]?\s*(?=[,;)])`,
  'gu',
);
/**
 * "SCO (Shanghai Cooperation Organisation)": the short form right before the parenthesis, not part of a
 * longer word (looked for behind its capital, so only where a capital stands).
 */
const SHORT_BEFORE = new RegExp(String.raw`(\p{Lu}(?<![\p{L}\p{N}&+\-./]\p{Lu})${AFTER_CAPITAL})\s*$`, 'u');
/** A heading "The ASEAN Regional Forum – ARF", or "ARF – The ASEAN Regional Forum". */
const HEADING_LONG_SHORT = new RegExp(String.raw`^(.*?\S)\s+[–—-]{1,2}\s+(${SHORT_FORM})$`, 'u');
const HEADING_SHORT_LONG = new RegExp(String.raw`^(${SHORT_FORM})\s*(?:[–—-]{1,2}|:)\s+(.*\S)$`, 'u');

/** Characters at which a long form cannot reach further back: brackets, clause marks, a sentence's period. */
function isWindowStop(t: string, i: number): boolean {
  const c = t[i];
  return '()[];:!?"“”\t'.includes(c) || (c === '.' && /\s/.test(t[i + 1] ?? ''));
}

/** Words of `text` (offset `base` in the paper) with surrounding punctuation, note markers and "'s" removed. */
export function wordsOf(text: string, base: number): LongWord[] {
  const out: LongWord[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    while (i < n && isBlank(text.charCodeAt(i))) i++;
    const rawStart = i;
    while (i < n && !isBlank(text.charCodeAt(i))) i++;
    let s = rawStart;
    let e = i;
    while (s < e && !isWordCode(text.charCodeAt(s))) s++;
    while (e > s && (!isWordCode(text.charCodeAt(e - 1)) || isSuperscriptDigit(text[e - 1]))) e--;
    if (e - s > 2 && (text.charCodeAt(e - 1) === 115 || text.charCodeAt(e - 1) === 83) && (text[e - 2] === "'" || text[e - 2] === '’')) e -= 2;
    if (e > s) out.push({ text: text.slice(s, e), start: base + s, end: base + e });
  }
  return out;
}

/** ", National Statistics Institute)" or ", in English: National Statistics Institute)": two to eight words, each content word capitalised. */
const GLOSS = /^["”'’]?\s*[,;]\s*(?:(?:in\s+)?English:?\s+|Eng\.\s+|engl\.\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+(?:of|for|and|on|in|the|de|to|\p{Lu}[\p{L}'’-]*)){1,7})\s*\)/u;

function glossAfter(text: string, at: number): string | null {
  const m = GLOSS.exec(text.slice(at, at + 120));
  return m ? m[1] : null;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 160 || (c >= 0x2000 && c <= 0x200b);
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
  last?: number,
): AbbreviationDefinition {
  const long = words.slice(first);
  const spelt = last !== undefined && last < words.length - 1 && last - first >= 1 ? words.slice(first, last + 1) : null;
  const longSpan = { start: long[0].start, end: long[long.length - 1].end };
  const shortSpan = { start: shortStart, end: shortStart + short.length };
  // "Long Name (LN)": the definition takes in the bracket that closes round the short form.
  const closed = text[shortSpan.end] === ')' && text[shortStart - 1] === '(' ? 1 : 0;
  return {
    short,
    long: text.slice(longSpan.start, longSpan.end).replace(/\s+/g, ' '),
    span: span ?? { start: Math.min(longSpan.start, shortSpan.start), end: Math.max(longSpan.end, shortSpan.end + closed) },
    shortSpan,
    longSpan,
    core: spelt ? text.slice(spelt[0].start, spelt[spelt.length - 1].end).replace(/\s+/g, ' ') : null,
    gloss: form === 'long-short' ? glossAfter(text, shortSpan.end) : null,
    line,
    form,
  };
}

/** Definitions in parentheses or heading form, in text order. */
export function explicitDefinitions(ctx: TermContext): AbbreviationDefinition[] {
  const { text } = ctx;
  const out: AbbreviationDefinition[] = [];
  for (let i = 0; i < ctx.lines.length; i++) {
    const line = ctx.lines[i];
    if (!ctx.isBody(line.index) || line.text.indexOf('(') === -1 && !ctx.isHeading(line.index)) continue;
    const found: AbbreviationDefinition[] = [];
    const t = line.text;
    PARENTHESISED.lastIndex = 0;
    for (let m = PARENTHESISED.exec(t); m; m = PARENTHESISED.exec(t)) {
      const short = m[1];
      if (!isShortForm(short)) continue;
      let from = m.index;
      const reach = Math.max(0, m.index - 200);
      while (from > reach && !isWindowStop(t, from - 1)) from--;
      const words = wordsOf(t.slice(from, m.index), line.start + from);
      const a = alignShortForm(short, words);
      if (a) found.push(definition(text, short, line.start + m.index + m[0].indexOf(short, 1), words, a.first, line.index, 'long-short', undefined, a.last));
    }
    // The next ")" is found once per stretch, not once per "(": a line of openers stays linear.
    let close = t.indexOf(')');
    for (let open = t.indexOf('('); open !== -1 && close !== -1; open = t.indexOf('(', open + 1)) {
      if (close < open) close = t.indexOf(')', open);
      if (close === -1) break;
      const inner = t.slice(open + 1, close);
      if (inner.length < 3 || inner.length > 160 || inner.includes('(') || /\d{4}/.test(inner)) continue;
      const m = SHORT_BEFORE.exec(t.slice(Math.max(0, open - 20), open));
      if (!m || !isShortForm(m[1])) continue;
      const short = m[1];
      const words = stripLeadingThe(wordsOf(inner.split(/[;,]/)[0], line.start + open + 1));
      const a = words.length >= 2 ? alignShortForm(short, words, 0) : null;
      if (a) found.push(definition(text, short, line.start + open - m[0].length, words, a.first, line.index, 'short-long'));
    }
    if (ctx.isHeading(line.index)) {
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
    for (const d of found.sort((a, b) => a.span.start - b.span.start)) out.push(d);
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
 * A short form never defined in parentheses whose letters are exactly the initials of the name of a body
 * standing shortly before it in the same sentence: "the Gulf Cooperation Council ... the GCC".
 */
export function initialsDefinition(ctx: TermContext, short: string, occurrences: number[], isName: (name: string) => boolean): AbbreviationDefinition | null {
  const { text } = ctx;
  // The name's first content word starts with the short form's capital: a window without one has no name.
  const capital = startsCapitalised(short) ? short.charAt(0) : '';
  for (const at of occurrences) {
    const found = ctx.sentenceAt(at);
    if (!found) continue;
    const from = Math.max(found.sentence.start, at - 200);
    const window = text.slice(from, at);
    if (capital && !window.includes(capital)) continue;
    const words = wordsOf(window, from);
    // Runs of capitalised words (with connectors inside), each a candidate name ending at its last word.
    let runStart = -1;
    for (let i = 0; i <= words.length; i++) {
      const w = i < words.length ? words[i] : null;
      const gapOk = i > 0 && w && blanksAndHyphens(text, words[i - 1].end, w.start);
      const capital = w && startsCapitalised(w.text) && w.text !== short;
      const connector = w && INITIALS_CONNECTOR.test(w.text);
      if (w && (capital || (connector && runStart !== -1)) && (runStart === -1 || gapOk)) {
        if (runStart === -1) runStart = i;
        continue;
      }
      if (runStart !== -1) {
        let end = i;
        while (end > runStart && INITIALS_CONNECTOR.test(words[end - 1].text)) end--;
        const run = words.slice(runStart, end);
        const a = run.length >= 2 ? strictInitials(short, run) : null;
        if (a !== null && isName(run.slice(a).map((w) => w.text).join(' '))) {
          return definition(text, short, at, run, a, ctx.lineOf(at), 'initials');
        }
      }
      runStart = w && capital ? i : -1;
    }
  }
  return null;
}

/** Words a name spelt by its initials may leave out. */
const INITIALS_CONNECTOR = /^(?:of|for|and|on|in|the)$/;

function blanksAndHyphens(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) !== 45 && !isSpaceCode(text.charCodeAt(i))) return false;
  return true;
}

/** The first word of a name in `run` whose content words' initials are exactly the short form's letters. */
function strictInitials(short: string, run: LongWord[]): number | null {
  const letters = lowerCase(short.replace(/[^\p{L}\p{N}]/gu, ''));
  // The initials of run[first..], of the words and of their hyphenated parts, connectors left out.
  let wordInitials = '';
  let partInitials = '';
  let found: number | null = null;
  for (let first = run.length - 1; first >= 0; first--) {
    const word = run[first].text;
    if (!INITIALS_CONNECTOR.test(word)) {
      wordInitials = lowerCase(word.charAt(0)) + wordInitials;
      partInitials = word.split(/[-‐]/).map((p) => lowerCase(p.charAt(0))).join('') + partInitials;
    }
    if (partInitials === letters || wordInitials === letters) found = first;
  }
  return found;
}
