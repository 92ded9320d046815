/** Where short forms and names occur in the body of a paper. */
import { Span } from '../model';
import { TermContext } from '../termContext';
import { phraseKeys } from '../words';

/** A token that may be a short form: a capital, then letters, digits and joiners. */
const TOKEN = /(?<![\p{L}\p{N}&+\-./])[\p{Lu}][\p{L}\p{N}&+\-./]*[\p{L}\p{N}]|(?<![\p{L}\p{N}])[\p{Lu}](?:\p{N})+/gu;
/** "(ARIS 2009: 463)": an author in capitals, not an abbreviation. */
const CITED_AS_AUTHOR = /^(?:\s+(?:et al\.?\s+)?|,\s*)(?:\d{4}|n\.\s?d\.|s\.\s?a\.)/;

/** Lines mostly in capitals (a title set in capitals) are not read for short forms. */
function mostlyCapitals(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  const capitals = text.replace(/[^\p{Lu}]/gu, '');
  return letters.length > 12 && capitals.length > letters.length * 0.6;
}

export interface ShortFormUse {
  /** Offsets of every use. */
  at: number[];
  /** True when some use is not an author-year citation ("ARIS 2009"). */
  usedAsName: boolean;
}

/** Every token that passes `isShortForm`, with where it occurs. Plural "NGOs" counts as "NGO". */
export function shortFormUses(ctx: TermContext, isShortForm: (s: string) => boolean): Map<string, ShortFormUse> {
  const out = new Map<string, ShortFormUse>();
  for (const line of ctx.lines) {
    if (!ctx.isBody(line.index) || mostlyCapitals(line.text)) continue;
    const t = line.text;
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(t); m; m = TOKEN.exec(t)) {
      let token = m[0];
      if (/\p{Lu}s$/u.test(token) && token.length > 2) token = token.slice(0, -1);
      if (!isShortForm(token)) continue;
      let use = out.get(token);
      if (!use) out.set(token, (use = { at: [], usedAsName: false }));
      use.at.push(line.start + m.index);
      if (!CITED_AS_AUTHOR.test(t.slice(m.index + m[0].length, m.index + m[0].length + 12))) use.usedAsName = true;
    }
  }
  return out;
}

/** Occurrences of a name in body lines, in any of its spellings. */
export function nameUses(name: string, ctx: TermContext): Span[] {
  const keys = phraseKeys(name);
  if (keys.length > 1 && keys[0] === 'the') keys.shift();
  return ctx.words.find(keys).filter((s) => ctx.isBody(ctx.lineOf(s.start)));
}

/** Drops spans lying strictly inside a longer span of another list (a name inside a longer name). */
export function withoutNested(spans: Span[], longer: Span[]): Span[] {
  return spans.filter((s) => !longer.some((l) => l.start <= s.start && s.end <= l.end && l.end - l.start > s.end - s.start));
}
