/** Where short forms and names occur in the body of a paper. */
import { Span } from '../model';
import { Line } from '../text';
import { TermContext } from '../termContext';
import { isSpaceCode, isUpperCode, isUpperOrNumberCode, isWordCode } from '../chars';
import { nameKeys } from './variants';

/** "(ARIS 2009: 463)": an author in capitals, not an abbreviation. */
const CITED_AS_AUTHOR = /^(?:\s+(?:et al\.?\s+)?|,\s*)(?:\d{4}|n\.\s?d\.|s\.\s?a\.)/;

/** Lines mostly in capitals (a title set in capitals) are not read for short forms. */
function mostlyCapitals(text: string, line: Line): boolean {
  let letters = 0;
  let capitals = 0;
  for (let i = line.start; i < line.end && i < line.start + 200; i++) {
    const c = text.charCodeAt(i);
    if (c >= 65 && c <= 90) {
      letters++;
      capitals++;
    } else if ((c >= 97 && c <= 122) || c >= 0xc0) letters++;
  }
  return letters > 12 && capitals > letters * 0.6;
}

export interface ShortFormUse {
  /** Offsets of every use. */
  at: number[];
  /** True when some use is not an author-year citation ("ARIS 2009"). */
  usedAsName: boolean;
}

/** Every word that passes `isShortForm`, with where it occurs. Plural "NGOs" counts as "NGO". */
export function shortFormUses(ctx: TermContext, isShortForm: (s: string) => boolean): Map<string, ShortFormUse> {
  const out = new Map<string, ShortFormUse>();
  const text = ctx.text;
  const capitalLines = new Map<number, boolean>();
  const { starts, ends } = ctx.words.offsets();
  const capitalised = ctx.words.capitalisedWords();
  for (let n = 0; n < capitalised.length; n++) {
    const w = capitalised[n];
    const start = starts[w];
    const end = ends[w];
    if (end - start < 2) continue;
    let second = false;
    for (let k = start + 1; k < end && !second; k++) {
      const c = text.charCodeAt(k);
      second = (c >= 65 && c <= 90) || isDigit(c) || (c >= 128 && isUpperCode(c));
    }
    // "China", "The": one capital and no digit is an ordinary word; "ASEAN+3" is not "ASEAN"; "FORCE_COLOR" is a code identifier.
    if (!second || (/[+&/]/.test(text[end] ?? '') && isWordCodeAt(text, end + 1)) || text[end] === '_' || text[start - 1] === '_') continue;
    let token = text.slice(start, end);
    if (/\p{Lu}s$/u.test(token) && token.length > 2) token = token.slice(0, -1);
    if (!isShortForm(token)) continue;
    const line = ctx.lineOf(start);
    if (!ctx.isBody(line)) continue;
    let capitals = capitalLines.get(line);
    if (capitals === undefined) capitalLines.set(line, (capitals = mostlyCapitals(text, ctx.lines[line])));
    if (capitals) continue;
    let use = out.get(token);
    if (!use) out.set(token, (use = { at: [], usedAsName: false }));
    use.at.push(start);
    if (!CITED_AS_AUTHOR.test(text.slice(end, end + 12))) use.usedAsName = true;
  }
  return out;
}

/** Uses of a short form written with joiners ("AMMTC+China", "R&D"), found by plain search. */
export function joinedShortFormUses(ctx: TermContext, short: string): number[] {
  const out: number[] = [];
  for (let at = ctx.text.indexOf(short); at !== -1; at = ctx.text.indexOf(short, at + short.length)) {
    if (isWordCodeAt(ctx.text, at - 1) || isWordCodeAt(ctx.text, at + short.length)) continue;
    if (ctx.isBody(ctx.lineOf(at))) out.push(at);
  }
  return out;
}

function isWordCodeAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && isWordCode(text.charCodeAt(i));
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Occurrences of a name in body lines, in any of its spellings. */
export function nameUses(name: string, ctx: TermContext): Span[] {
  const proper = titleCase(name, 0, name.length);
  return ctx.words.find(nameKeys(name)).filter((s) => ctx.isBody(ctx.lineOf(s.start)) && (!proper || titleCase(ctx.text, s.start, s.end)));
}

const TITLE_CONNECTORS = new Set(['of', 'for', 'and', 'on', 'in', 'the', 'de', 'des', 'du', 'to', 'a', 'an', 'at', 'by', 'with']);
const STARTS_UPPER_OR_NUMBER = /^[\p{Lu}\p{N}]/u;

/** Every word of text[from, to) capitalised but the connectors: a proper name ("Council of Heads of State"). */
function titleCase(text: string, from: number, to: number): boolean {
  let i = from;
  while (i < to) {
    while (i < to && isNameGap(text.charCodeAt(i))) i++;
    const start = i;
    while (i < to && !isNameGap(text.charCodeAt(i))) i++;
    if (i === start || (i - start <= 4 && TITLE_CONNECTORS.has(text.slice(start, i)))) continue;
    const c = text.charCodeAt(start);
    const capital = c >= 0xd800 && c <= 0xdfff ? STARTS_UPPER_OR_NUMBER.test(text.slice(start, i)) : isUpperOrNumberCode(c);
    if (!capital) return false;
  }
  return true;
}

/** Blanks and hyphens between the words of a name. */
function isNameGap(c: number): boolean {
  return c === 45 || c === 0x2010 || isSpaceCode(c);
}

/** Drops spans lying strictly inside a longer span of another list (a name inside a longer name). */
export function withoutNested(spans: Span[], longer: Span[]): Span[] {
  // `longer` is sorted by start; a span can only lie inside one that starts at or before it, not far back.
  return spans.filter((s) => {
    let lo = 0;
    let hi = longer.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (longer[mid].start <= s.start) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo - 1; k >= 0 && k >= lo - 12; k--) {
      const l = longer[k];
      if (l.start <= s.start && s.end <= l.end && l.end - l.start > s.end - s.start) return false;
    }
    return true;
  });
}
