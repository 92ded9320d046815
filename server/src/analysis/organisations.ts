import { Organisation, Span } from './model';
import { TermContext } from './termContext';
import { AbbreviationDefinition, baseShort, explicitDefinitions, initialsDefinition, isShortForm } from './organisations/abbreviations';
import { shortFormLetters } from './organisations/align';
import { initialsOf } from './organisations/initials';
import { isCommonWord, usedWithArticle } from './organisations/ordinaryWords';
import { describe } from './organisations/description';
import { joinedShortFormUses, nameUses, ShortFormUse, shortFormUses, withoutNested } from './organisations/mentions';
import { NameFound, organisationNamesIn, isOrganisationName } from './organisations/organisationNames';
import { nameKey, preferredSpelling } from './organisations/variants';
import { addUnder } from './listsByKey';

interface Draft {
  names: string[];
  key: string;
  abbreviation: string | null;
  definitions: AbbreviationDefinition[];
  nameSpans: Span[];
  shortSpans: Span[];
}

/**
 * Organisations and other abbreviated names: abbreviation definitions in any of their forms, names built
 * on an organisation head noun, short forms the paper uses without expanding them. Spelling variants of
 * one name make one organisation.
 */
export function findOrganisations(ctx: TermContext): Organisation[] {
  // Each stage is a function of its own, so that the engine optimises (and, on a surprise, recompiles) each alone.
  const uses = shortFormUses(ctx, isShortForm);
  const definitions = definitionsOf(ctx, uses);
  const defined = new Set(definitions.map((d) => d.short));
  const drafts = new Drafts();
  for (const def of definitions) {
    const d = drafts.draftFor(nameKey(def.long), def.short);
    d.names.push(def.long);
    if (def.core) d.names.push(def.core);
    if (def.gloss) d.names.push(def.gloss);
    d.definitions.push(def);
  }
  const nameDrafts = addNames(drafts, organisationNamesIn(ctx));
  addUnexpandedShortForms(drafts, nameDrafts, uses, defined, ctx.text);
  assignShortForms(drafts.all, uses, ctx.text);
  for (const d of drafts.all) d.nameSpans = nameSpans(d, ctx);
  const allNameSpans = drafts.all.flatMap((d) => d.nameSpans).sort((a, b) => a.start - b.start);
  for (const d of drafts.all) d.nameSpans = withoutNested(d.nameSpans, allNameSpans);

  const result: Organisation[] = [];
  for (const d of drafts.all) {
    const o = organisationOf(d, ctx);
    if (o) result.push(o);
  }
  const firstAt = (o: Organisation): number => Math.min(o.definition?.start ?? Infinity, o.mentions[0]?.start ?? Infinity);
  result.sort((a, b) => firstAt(a) - firstAt(b));
  result.forEach((o, i) => (o.id = i));
  return result;
}

type ShortFormUses = Map<string, ShortFormUse>;

/** The drafts of organisations, one per name key and short form, in order of creation. */
class Drafts {
  readonly all: Draft[] = [];
  private readonly byId = new Map<string, Draft>();

  draftFor(key: string, abbreviation: string | null): Draft {
    const id = abbreviation ? `${abbreviation}\u0000${key}` : key;
    let d = this.byId.get(id);
    if (!d) {
      d = { names: [], key, abbreviation, definitions: [], nameSpans: [], shortSpans: [] };
      this.byId.set(id, d);
      this.all.push(d);
    }
    return d;
  }
}

/** The definitions of short forms: explicit ones, and names before a short form used as a name whose initials spell it; in text order. */
function definitionsOf(ctx: TermContext, uses: ShortFormUses): AbbreviationDefinition[] {
  const definitions = explicitDefinitions(ctx);
  for (const d of definitions) d.short = baseShort(d.short);
  for (const d of definitions) {
    if (/[^\p{L}\p{N}]/u.test(d.short) && !uses.has(d.short)) uses.set(d.short, { at: joinedShortFormUses(ctx, d.short), usedAsName: true });
  }
  const defined = new Set(definitions.map((d) => d.short));
  for (const [short, use] of uses) {
    if (defined.has(short) || !use.usedAsName || !plainShortForm(short)) continue;
    const d = initialsDefinition(ctx, short, use.at.slice(0, 3), isOrganisationName);
    if (d) {
      definitions.push(d);
      defined.add(short);
    }
  }
  return definitions.sort((a, b) => a.span.start - b.span.start);
}

/** Names without an abbreviation join the draft of their key (headings are titles, not prose: their names are found where the body uses them); answers the drafts of names without a short form, by key. */
function addNames(drafts: Drafts, names: NameFound[]): Map<string, Draft> {
  const keyOfAbbreviated = new Map<string, Draft>();
  for (const d of drafts.all) {
    for (const key of [d.key, ...d.definitions.filter((def) => def.gloss).map((def) => nameKey(def.gloss!))]) if (!keyOfAbbreviated.has(key)) keyOfAbbreviated.set(key, d);
  }
  const nameDrafts = new Map<string, Draft>();
  for (const n of names) {
    const key = nameKey(n.name);
    const d = keyOfAbbreviated.get(key) ?? nameDrafts.get(key) ?? drafts.draftFor(key, null);
    if (!d.abbreviation) nameDrafts.set(key, d);
    d.names.push(n.name);
  }
  return nameDrafts;
}

/** Short forms used but never expanded: linked to a name in the paper whose initials spell them, else drafts of their own. */
function addUnexpandedShortForms(drafts: Drafts, nameDrafts: Map<string, Draft>, uses: ShortFormUses, defined: Set<string>, text: string): void {
  const initialsOfNames = new Map<string, Draft>();
  for (const d of nameDrafts.values()) {
    const initials = initialsOf(d.names[0]);
    if (!initialsOfNames.has(initials)) initialsOfNames.set(initials, d);
  }
  for (const [short, use] of uses) {
    if (defined.has(short) || !use.usedAsName || !plainShortForm(short)) continue;
    const named = initialsOfNames.get(shortFormLetters(short));
    if (named) {
      named.abbreviation = short;
      continue;
    }
    if (isCommonWord(short) && !usedWithArticle(text, short, use.at)) continue;
    drafts.draftFor(short.toLowerCase(), short).names.push(short);
  }
}

/** An offset past every text (a small integer, as the engine likes). */
const NEVER = 0x3fffffff;

/** Every use of a short form goes to the organisation whose definition comes latest before it (or first, before all). */
function assignShortForms(drafts: Draft[], uses: Map<string, { at: number[] }>, text: string): void {
  const owners = new Map<string, Draft[]>();
  for (const d of drafts) {
    if (!d.abbreviation) continue;
    addUnder(owners, d.abbreviation, d);
  }
  for (const [short, list] of owners) {
    // Where each defines the short form (past any offset when it does not); the earliest owner takes uses before all.
    const starts = list.map((o) => (o.definitions.length ? o.definitions[0].shortSpan.start : NEVER));
    let earliest = 0;
    for (let k = 1; k < list.length; k++) if (starts[k] < starts[earliest]) earliest = k;
    for (const offset of uses.get(short)?.at ?? []) {
      let owner = earliest;
      for (let k = 0; k < list.length; k++) if (starts[k] <= offset && (starts[owner] > offset || starts[k] > starts[owner])) owner = k;
      list[owner].shortSpans.push({ start: offset, end: offset + lengthAt(text, offset, short) });
    }
  }
}

/** Uses of the organisation's full name in any of its spellings. */
function nameSpans(d: Draft, ctx: TermContext): Span[] {
  const spans: Span[] = [];
  const seen = new Set<number>();
  for (const spelling of new Set(d.names.filter((n) => n !== d.abbreviation))) {
    for (const s of nameUses(spelling, ctx)) {
      if (!seen.has(s.start)) spans.push(s);
      seen.add(s.start);
    }
  }
  return spans;
}

function organisationOf(d: Draft, ctx: TermContext): Organisation | null {
  const mentions = [...d.nameSpans, ...d.shortSpans].sort((a, b) => a.start - b.start);
  if (mentions.length === 0 && d.definitions.length === 0) return null;
  const spellings = d.names.filter((n) => n !== d.abbreviation);
  const name = d.definitions.length ? d.definitions[0].long.replace(/^the\s+/i, '') : spellings.length ? preferredSpelling(spellings) : d.abbreviation ?? '';
  const description = describe(mentions, ctx);
  const gloss = d.definitions.find((def) => def.gloss)?.gloss ?? null;
  return {
    id: 0,
    name,
    abbreviation: d.abbreviation,
    definition: d.definitions[0]?.span ?? null,
    gloss,
    description: description?.text ?? null,
    mentions,
    kind: isOrganisationName(name) || (gloss !== null && isOrganisationName(gloss)) ? 'organisation' : 'abbreviation',
    key: d.definitions.length || spellings.length ? nameKey(name) : (d.abbreviation ?? '').toLowerCase(),
    descriptionSpan: description?.span ?? null,
    descriptionStrength: description?.strength ?? 0,
  };
}

/** A short form standing alone must look like one: capitals (digits, "&", "+" allowed), two letters at least. */
function plainShortForm(short: string): boolean {
  return /^[\p{Lu}\p{N}&+]+$/u.test(short) && (short.match(/\p{L}/gu) ?? []).length >= 2;
}

/** Length of the short form used at `offset`, with a plural "s" ("NGOs"). */
function lengthAt(text: string, offset: number, short: string): number {
  return text.startsWith(short + 's', offset) && !/[\p{L}\p{N}]/u.test(text[offset + short.length + 1] ?? '') ? short.length + 1 : short.length;
}

