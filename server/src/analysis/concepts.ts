import { Concept, Organisation, Span } from './model';
import { TermContext } from './termContext';
import { Sentence } from './sentences';
import { ABSTRACT_NOUN, Candidate, findCandidates } from './concepts/candidates';
import { CueReading, readCue } from './concepts/definitionCues';
import { findKeywords, Keyword } from './concepts/keywords';
import { conceptKey, outsideOf, termUses } from './concepts/mentions';
import { displaySentence } from './organisations/description';
import { phraseKeys } from './words';
import { addUnder } from './listsByKey';

export interface DefinitionReading extends CueReading {
  /** The sentence read. */
  span: Span;
  sentence: string;
}

/**
 * Concepts the paper defines or explains: terms introduced with a definition cue, set off in quotes or
 * italics and explained, or listed among the keywords. Each gets its best defining sentence.
 */
export function findConcepts(ctx: TermContext, organisations: Organisation[]): Concept[] {
  // Each stage is a function of its own, so that the engine optimises (and, on a surprise, recompiles) each alone.
  const keywords = findKeywords(ctx);
  const accepted = acceptedDrafts(candidatesByKey(ctx, organisations, keywords), keywords, ctx);
  // A use inside a longer term or an organisation's name belongs to that: "security" in "regime security".
  // Terms that lose uses that way are read again on the uses left.
  const orgSpans = organisations.flatMap((o) => o.mentions.filter((m) => !o.abbreviation || !ctx.text.startsWith(o.abbreviation, m.start)));
  const blockers = [...accepted.flatMap((d) => d.uses), ...orgSpans].sort((a, b) => a.start - b.start);
  const kept = accepted.filter((d) => {
    const free = outsideOf(d.uses, blockers);
    return free.length === d.uses.length || evaluate(d, free, ctx);
  });
  const concepts = conceptsOf(kept, ctx).sort((a, b) => a.definition.start - b.definition.start);
  concepts.forEach((c, i) => (c.id = i));
  return concepts;
}

/** A term being read: where it was found, where the paper uses it, and its best definition so far. */
interface Draft {
  key: string;
  term: string;
  found: Candidate[];
  uses: Span[];
  keyword: Keyword | undefined;
  best: DefinitionReading | null;
  /** Whether the body always writes the term capitalised, once asked. */
  capitalised?: boolean;
}

/** Candidates from the body's sentences (notes set off titles of works) and the keywords, by concept key; none an organisation's. */
function candidatesByKey(ctx: TermContext, organisations: Organisation[], keywords: Keyword[]): Map<string, Candidate[]> {
  const orgKeys = new Set<string>();
  for (const o of organisations) {
    orgKeys.add(o.key);
    if (o.abbreviation) orgKeys.add(phraseKeys(o.abbreviation).join(' '));
  }
  const prose = ctx.sentences.filter((s) => !ctx.isNote(s.line));
  const seenTwice = new Map<string, boolean>();
  const repeated = (phrase: string): boolean => {
    let known = seenTwice.get(phrase);
    if (known === undefined) seenTwice.set(phrase, (known = ctx.words.occurs(phraseKeys(phrase), 2)));
    return known;
  };
  const candidates: Candidate[] = [...findCandidates(prose, repeated), ...keywords.map((k) => ({ term: k.term, source: 'keyword' as const, at: k.start }))];
  const byKey = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const key = conceptKey(c.term);
    if (!key || orgKeys.has(key)) continue;
    addUnder(byKey, key, c);
  }
  return byKey;
}

/** Every candidate read on its own: the drafts that make concepts. */
function acceptedDrafts(byKey: Map<string, Candidate[]>, keywords: Keyword[], ctx: TermContext): Draft[] {
  const keywordOfKey = new Map<string, Keyword>();
  for (const k of keywords) if (!keywordOfKey.has(conceptKey(k.term))) keywordOfKey.set(conceptKey(k.term), k);
  const accepted: Draft[] = [];
  for (const [key, found] of byKey) {
    const term = displayTerm(found, ctx);
    const d: Draft = { key, term, found, uses: [], keyword: keywordOfKey.get(key), best: null };
    // Where a term stands is looked up only for a candidate that could be one.
    if (plausible(d.term, d.found, !!d.keyword, () => capitalised(d, ctx)) && evaluate(d, termUses(term, ctx), ctx)) accepted.push(d);
  }
  return accepted;
}

function capitalised(d: Draft, ctx: TermContext): boolean {
  return (d.capitalised ??= alwaysCapitalised(d.term, ctx, d.keyword?.line ?? -1));
}

/** Reads a plausible draft on these uses: whether it makes a concept there. */
function evaluate(d: Draft, uses: Span[], ctx: TermContext): boolean {
  d.uses = uses;
  d.best = bestDefinition(d.term, uses, ctx);
  return accept(d.term, d.found, d.best, uses.length, !!d.keyword, capitalised(d, ctx));
}

/** The concepts of the kept drafts: each with its definition (or keyword line, or first use) and gist. */
function conceptsOf(kept: Draft[], ctx: TermContext): Concept[] {
  const concepts: Concept[] = [];
  for (const d of kept) {
    const { best, keyword } = d;
    const reading = best && best.strength >= 2 ? best : null;
    const definition = reading?.span ?? (keyword ? keyword.lineSpan : best?.span ?? d.uses[0]);
    if (!definition) continue;
    const strength = reading ? reading.strength : keyword ? 1 : best?.strength ?? 0;
    if (d.uses.length === 0 && strength < 2) continue;
    concepts.push({
      id: 0,
      term: d.term,
      definition,
      gist: reading ? reading.gist || displaySentence(reading.sentence, 240) : keyword ? firstUseInText(d.uses, keyword, ctx) : best?.gist ?? '',
      mentions: d.uses,
      key: d.key,
      cue: reading ? reading.cue : keyword ? 'keyword' : best?.cue || 'introduced',
      strength,
    });
  }
  return concepts;
}

/** The sentence where the text first uses a keyword it never defines (outside the keyword list), as a reader would quote it. */
function firstUseInText(uses: Span[], keyword: Keyword, ctx: TermContext): string {
  for (const use of uses) {
    if (ctx.lineOf(use.start) === keyword.line) continue;
    const found = ctx.sentenceAt(use.start);
    if (found && !ctx.isNote(found.sentence.line)) return displaySentence(found.sentence.text, 240);
  }
  return '';
}

/** How the term is written: as at its marked or cued introduction, lower case unless always capitalised. */
function displayTerm(found: Candidate[], ctx: TermContext): string {
  const preferred = found.find((c) => c.source === 'marked' || c.source === 'cue' || c.source === 'inverted') ?? found[0];
  let term = preferred.term;
  if (term === term.toLowerCase()) return term;
  // "Ecological navigability is defined as": capitalised only because it opens the sentence.
  if (/^\p{Lu}\p{Ll}+(?:[\s-]+\p{Ll}[\p{L}'’-]*)+$/u.test(term) && found.every((c) => c.source !== 'keyword' && sentenceStart(ctx.text, c.at))) {
    term = term[0].toLowerCase() + term.slice(1);
  }
  // Capitalised only by position (sentence start, a Title Case keyword list): write it as the body does.
  for (const s of ctx.words.find(phraseKeys(term))) {
    const written = ctx.text.slice(s.start, s.end);
    // Mid-sentence prose ("the protective integration of"), not a URL or a file name.
    const prose = /[\p{Ll},;] ["'“‘*]?$/u.test(ctx.text.slice(Math.max(0, s.start - 3), s.start));
    if (written === written.toLowerCase() && prose && ctx.isBody(ctx.lineOf(s.start))) return written.replace(/\s+/g, ' ');
  }
  return term;
}

/** A definition this plain is not displaced by a later, plainer one. */
const STRONG = 3.5;

function sentenceStart(text: string, at: number): boolean {
  return /(?:^|[.!?:]["'”’)]*\s+|\n|\t)["'“‘*]*$/.test(text.slice(Math.max(0, at - 6), at));
}

/** The sentence that defines the term most plainly (the earliest of equals, the earliest strong one). */
export function bestDefinition(term: string, uses: Span[], ctx: TermContext): DefinitionReading | null {
  let best: DefinitionReading | null = null;
  const principle = /\b(?:principle|doctrine|policy)\b/i.test(term);
  // Uses start at different offsets (see `termUses`): each is read once.
  for (let k = 0; k < uses.length; k++) {
    const use = uses[k];
    const found = ctx.sentenceAt(use.start);
    if (!found || ctx.isNote(found.sentence.line)) continue;
    const s = found.sentence;
    const next = nextSentence(ctx, s);
    const afterNext = () => (next && nextSentence(ctx, next)?.text) ?? null;
    const r = readCue(s.text, use.start - s.start, use.end - s.start, next?.text ?? null, principle, found.previous?.text ?? null, afterNext);
    // The first plain definition is where the term is defined; later ones restate it.
    if (r.strength > 0 && (!best || (r.strength > best.strength && best.strength < STRONG))) best = { ...r, span: { start: s.start, end: s.end }, sentence: s.text };
    if (best && best.strength >= STRONG) break;
  }
  return best;
}

function nextSentence(ctx: TermContext, s: Sentence): Sentence | null {
  const after = ctx.sentenceAt(s.end + 1);
  if (after && after.sentence.line === s.line && after.sentence.start > s.start) return after.sentence;
  const skip = ctx.sentenceAt(s.end + 2);
  return skip && skip.sentence.line === s.line && skip.sentence.start > s.start ? skip.sentence : null;
}

/** Candidates no definition could make a term (read before looking for one): names, ordinary single words. */
function plausible(term: string, found: Candidate[], keyword: boolean, capitalised: () => boolean): boolean {
  const single = !/\s/.test(term.trim());
  // A term explained in apposition ("ferritin, a protein that ...") is as good as one set off.
  const marked = found.some((c) => c.source === 'marked' || c.source === 'apposition');
  if (keyword) return marked || !(properName(term) || capitalised());
  if (properName(term) && single && !marked) return false;
  return !(single && !ABSTRACT_NOUN.test(term) && !marked);
}

/** A term is a concept when the paper defines it, lists it as a keyword, or sets it off and keeps using it. */
function accept(term: string, found: Candidate[], best: DefinitionReading | null, uses: number, keyword: boolean, capitalised: boolean): boolean {
  const strength = best?.strength ?? 0;
  const single = !/[\s]/.test(term.trim());
  const marked = found.some((c) => c.source === 'marked');
  const apposed = found.some((c) => c.source === 'apposition');
  if (apposed && !marked && single && !ABSTRACT_NOUN.test(term)) return strength >= 3 && uses >= 2;
  if (keyword) return !(properName(term) || capitalised) || (marked && strength >= 2);
  if (properName(term)) {
    // A place, person or event picked out by "known as" is no term; a capitalised term of art is set off or defined.
    if (single && !marked) return false;
    if (!marked && (best?.cue === 'named' || strength < 3)) return false;
    if (marked && strength < 2) return false;
  }
  if (single && !ABSTRACT_NOUN.test(term) && !marked) return false;
  if (strength >= 3) return true;
  if (strength >= 2) return !single || ABSTRACT_NOUN.test(term) || marked;
  // Only set off in quotes or italics: a term of art when the paper keeps using it.
  return marked && !single && uses >= 3 && strength >= 1.5;
}

/** True when the body writes the term capitalised wherever it stands mid-sentence (a name: "Eurasia", "China"). */
function alwaysCapitalised(term: string, ctx: TermContext, keywordLine: number): boolean {
  let capitalised = 0;
  for (const s of ctx.words.find(phraseKeys(term))) {
    if (ctx.lineOf(s.start) === keywordLine) continue;
    if (!/[\p{L},;] ["'“‘*]?$/u.test(ctx.text.slice(Math.max(0, s.start - 3), s.start))) continue;
    if (/^\p{Lu}/u.test(ctx.text.slice(s.start, s.end))) capitalised++;
    else return false;
  }
  return capitalised > 0;
}

/** Capitalised throughout, like a name of a person or place. */
function properName(term: string): boolean {
  return term
    .split(/\s+/)
    .filter((w) => !/^(?:of|for|and|on|in|the|to|de)$/.test(w))
    .every((w) => /^\p{Lu}/u.test(w));
}

