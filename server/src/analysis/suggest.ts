import { EntrySuggestion, ReferenceEntry } from './model';
import { foldWords } from './text';
import { similarity } from './similarity';
import { baseYear, UNDATED } from './years';
import { CitationCandidate } from './citations/candidate';
import { folded, FoldedCitation, foldCitation } from './nameMatch';
import { readAuthorList } from './authorList';
import { isParticle } from './conventions';

/** Below this score an entry is not offered as what the citation meant. */
const SUGGESTION_THRESHOLD = 0.62;
const MAX_SUGGESTIONS = 3;

function host(link: string): string {
  return link.replace(/^<?(?:https?:\/\/)?(?:www\.)?/i, '').replace(/[/>].*$/, '').toLowerCase();
}

function pagesOf(locator: string | null): { first: number; last: number } | null {
  const m = locator ? /(\d{1,5})(?:\s*[-–]\s*(\d{1,5}))?/.exec(locator) : null;
  return m ? { first: Number(m[1]), last: Number(m[2] ?? m[1]) } : null;
}

/** The given-name initial of the entry's first author ("Amrita, J." → "j"). */
function firstInitial(entry: ReferenceEntry): string | null {
  const m = /^[^,]+,\s*(\p{L})/u.exec(entry.authorText);
  return m ? foldWords(m[1]) : null;
}

/**
 * How likely it is that an unresolved citation meant this entry: close spelling of the names,
 * the same year, cited pages inside the entry's page range, or family and given names swapped
 * (the cited name starting with the entry's given-name initial in the same year).
 */
function score(candidate: CitationCandidate, citedNames: FoldedCitation, entry: ReferenceEntry): number {
  const cited = citedNames.names;
  const { whole: entryWhole, surnames: listed } = folded(entry);
  let names: number;
  if (/^<?(?:https?:|www\.)/i.test(candidate.nameText)) {
    names = entry.link ? similarity(host(candidate.nameText), host(entry.link)) : 0;
  } else {
    const whole = similarity(citedNames.whole, entryWhole);
    const first = cited.length && listed.length ? similarity(cited[0], listed[0]) : 0;
    const others = cited.slice(1).map((c) => Math.max(0, ...listed.slice(1).map((l) => similarity(c, l))));
    const byName = others.length ? (first * 2 + others.reduce((a, b) => a + b, 0)) / (2 + others.length) : first;
    names = Math.max(whole, byName);
  }
  let total = names;
  const year = candidate.year;
  if (year && entry.year && baseYear(year) !== UNDATED && baseYear(entry.year) !== UNDATED) {
    total += baseYear(year) === baseYear(entry.year) ? 0.3 : -0.3;
    const initial = firstInitial(entry);
    if (baseYear(year) === baseYear(entry.year) && initial && cited[0]?.startsWith(initial) && names < 0.5) total += 0.35;
  }
  const cited_pages = pagesOf(candidate.locator);
  if (cited_pages && entry.pages && cited_pages.first >= entry.pages.first && cited_pages.last <= entry.pages.last) total += 0.2;
  return total;
}

/** The entry's authors written the way the citation writes its own. */
export function citedFormOf(candidate: CitationCandidate, entry: ReferenceEntry): string {
  let name: string;
  // A corporate author is cited whole; a single person ("Lund K", Springer) by the family name.
  if (entry.surnames.length === 0 || (!/,|&|\band\b/.test(entry.authorText) && !namesPeople(entry))) name = entry.authorText || entry.link || '';
  else if (entry.surnames.length === 1 && !entry.etAl) name = entry.surnames[0];
  else if (entry.surnames.length === 2 && !entry.etAl) {
    const connector = /\band\b/.test(candidate.nameText) ? ' and ' : ' & ';
    name = entry.surnames.join(connector);
  } else name = `${entry.surnames[0]} et al.`;
  if (candidate.nameText.length > 3 && candidate.nameText === candidate.nameText.toUpperCase()) name = name.toUpperCase();
  const separator = /^(.*?)([\s,(]*)$/.exec(candidate.text.slice(candidate.nameText.length, candidate.text.length - (candidate.yearText?.length ?? 0)))?.[2] ?? ' ';
  return `${name}${separator || ' '}${entry.year ?? UNDATED}`;
}

export function entryLabel(entry: Pick<ReferenceEntry, 'authorText' | 'link' | 'year'>): string {
  const authors = entry.authorText || entry.link || 'Untitled entry';
  return `${authors} (${entry.year ?? UNDATED})`;
}

/** A near spelling: one or two letters off in a name of ordinary length ("Brener" for "Brenner"). */
const NEAR_SPELLING = 0.75;

/** "SCO", "WHO", a URL, or a name of three words or more (particles apart: "van der Berg" is one) with no "and" or "et al.": cited as an organisation would be. */
function citesAnOrganisation(candidate: CitationCandidate): boolean {
  const name = candidate.nameText.trim();
  if (/^<?(?:https?:|www\.)/i.test(name) || /^\p{Lu}[\p{Lu}\d&-]{1,}$/u.test(name)) return true;
  return !candidate.etAl && !/[,;&]|\s(?:and|e|y|und|et|и|ve)\s/.test(name) && name.split(/\s+/).filter((w) => !isParticle(w)).length >= 3;
}

/** An entry whose author part is people ("Moura, T. & Lima, C.", "Okafor BN, Lund K"). */
function namesPeople(entry: ReferenceEntry): boolean {
  const list = readAuthorList(entry.authorText);
  return list !== null && list.end >= entry.authorText.replace(/[\s.,]+$/, '').length - 1;
}

export function suggestEntries(candidate: CitationCandidate, entries: ReferenceEntry[]): EntrySuggestion[] {
  const citedNames = foldCitation(candidate);
  const organisation = citesAnOrganisation(candidate);
  return entries
    .filter((entry) => !(organisation && namesPeople(entry))) // an organisation or a URL is never "corrected" to a person
    .map((entry) => ({ entry, score: score(candidate, citedNames, entry) }))
    .filter((s) => s.score >= SUGGESTION_THRESHOLD)
    .sort((a, b) => b.score - a.score)
    .slice(0, MAX_SUGGESTIONS)
    .map(({ entry }) => ({
      entry: entry.id,
      replacement: citedFormOf(candidate, entry),
      label: entryLabel(entry),
      preferred: nearSpelling(citedNames, entry),
    }));
}

function nearSpelling(cited: FoldedCitation, entry: ReferenceEntry): boolean {
  const { whole, surnames } = folded(entry);
  if (similarity(cited.whole, whole) >= NEAR_SPELLING) return true;
  return cited.names.length > 0 && surnames.length > 0 && similarity(cited.names[0], surnames[0]) >= NEAR_SPELLING;
}
