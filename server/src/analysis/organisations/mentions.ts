/** Where short forms and names occur in the body of a paper. */
import { Span } from '../model';
import { TermContext } from '../termContext';
import { isWordCode, phraseKeys } from '../words';

/** "(ARIS 2009: 463)": an author in capitals, not an abbreviation. */
const CITED_AS_AUTHOR = /^(?:\s+(?:et al\.?\s+)?|,\s*)(?:\d{4}|n\.\s?d\.|s\.\s?a\.)/;

/** Lines mostly in capitals (a title set in capitals) are not read for short forms. */
function mostlyCapitals(text: string): boolean {
  let letters = 0;
  let capitals = 0;
  for (let i = 0; i < text.length && i < 200; i++) {
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
  for (let w = 0; w < starts.length; w++) {
    const start = starts[w];
    const end = ends[w];
    if (end - start < 2 || !isCapital(text.charCodeAt(start))) continue;
    let second = false;
    for (let k = start + 1; k < end && !second; k++) second = isCapital(text.charCodeAt(k)) || isDigit(text.charCodeAt(k));
    // "China", "The": one capital and no digit is an ordinary word; "ASEAN+3" is not "ASEAN".
    if (!second || /[+&/]/.test(text[end] ?? '') && isWordCodeAt(text, end + 1)) continue;
    let token = text.slice(start, end);
    if (/\p{Lu}s$/u.test(token) && token.length > 2) token = token.slice(0, -1);
    if (!isShortForm(token)) continue;
    const line = ctx.lineOf(start);
    if (!ctx.isBody(line)) continue;
    let capitals = capitalLines.get(line);
    if (capitals === undefined) capitalLines.set(line, (capitals = mostlyCapitals(ctx.lines[line].text)));
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

function isCapital(c: number): boolean {
  return c < 128 ? c >= 65 && c <= 90 : /\p{Lu}/u.test(String.fromCharCode(c));
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Occurrences of a name in body lines, in any of its spellings. */
export function nameUses(name: string, ctx: TermContext): Span[] {
  const keys = phraseKeys(name);
  if (keys.length > 1 && keys[0] === 'the') keys.shift();
  const proper = titleCase(name);
  return ctx.words.find(keys).filter((s) => ctx.isBody(ctx.lineOf(s.start)) && (!proper || titleCase(ctx.text.slice(s.start, s.end))));
}

/** Every word capitalised but the connectors: a proper name ("Council of Heads of State"). */
function titleCase(name: string): boolean {
  return name
    .split(/[\s\-‐]+/)
    .filter((w) => w && !/^(?:of|for|and|on|in|the|de|des|du|to|a|an|at|by|with)$/.test(w))
    .every((w) => /^[\p{Lu}\p{N}]/u.test(w));
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
