import { EntrySuggestion, ReferenceEntry } from './model';
import { foldWords } from './text';
import { similarity } from './similarity';
import { baseYear, UNDATED } from './years';
import { CitationCandidate } from './citations/candidate';
import { folded, FoldedCitation, foldCitation } from './nameMatch';
import { readAuthorList } from './authorList';
import { isParticle } from './conventions';
import { comparisons } from './comparisons';
import { addUnder } from './listsByKey';

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

const initials = new WeakMap<ReferenceEntry, string | null>();

/** The given-name initial of the entry's first author ("Amrita, J." → "j"). */
function firstInitial(entry: ReferenceEntry): string | null {
  let initial = initials.get(entry);
  if (initial === undefined) {
    const m = /^[^,]+,\s*(\p{L})/u.exec(entry.authorText);
    initial = m ? foldWords(m[1]) || null : null;
    initials.set(entry, initial);
  }
  return initial;
}

function citesLink(nameText: string): boolean {
  return /^<?(?:https?:|www\.)/i.test(nameText);
}

/**
 * How likely it is that an unresolved citation meant an entry: close spelling of the names, the same
 * year, cited pages inside the entry's page range, or family and given names swapped (the cited name
 * starting with the entry's given-name initial in the same year). What the citation gives is read once.
 */
function scorerFor(candidate: CitationCandidate, citedNames: FoldedCitation): (entry: ReferenceEntry) => number {
  const cited = citedNames.names;
  const citedHost = citesLink(candidate.nameText) ? host(candidate.nameText) : null;
  const year = candidate.year ? baseYear(candidate.year) : null;
  const citedPages = pagesOf(candidate.locator);
  return (entry) => {
    comparisons.count++;
    const { whole: entryWhole, surnames: listed } = folded(entry);
    let names: number;
    if (citedHost !== null) {
      names = entry.link ? similarity(citedHost, host(entry.link)) : 0;
    } else {
      const whole = similarity(citedNames.whole, entryWhole);
      const first = cited.length && listed.length ? similarity(cited[0], listed[0]) : 0;
      const others = cited.slice(1).map((c) => Math.max(0, ...listed.slice(1).map((l) => similarity(c, l))));
      const byName = others.length ? (first * 2 + others.reduce((a, b) => a + b, 0)) / (2 + others.length) : first;
      names = Math.max(whole, byName);
    }
    let total = names;
    const listedYear = entry.year ? baseYear(entry.year) : null;
    if (year && listedYear && year !== UNDATED && listedYear !== UNDATED) {
      total += year === listedYear ? 0.3 : -0.3;
      const initial = firstInitial(entry);
      if (year === listedYear && initial && cited[0]?.startsWith(initial) && names < 0.5) total += 0.35;
    }
    if (citedPages && entry.pages && citedPages.first >= entry.pages.first && citedPages.last <= entry.pages.last) total += 0.2;
    return total;
  };
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
  if (citesLink(name) || /^\p{Lu}[\p{Lu}\d&-]{1,}$/u.test(name)) return true;
  return !candidate.etAl && !/[,;&]|\s(?:and|e|y|und|et|и|ve)\s/.test(name) && name.split(/\s+/).filter((w) => !isParticle(w)).length >= 3;
}

const peopleEntries = new WeakMap<ReferenceEntry, boolean>();

/** An entry whose author part is people ("Moura, T. & Lima, C.", "Okafor BN, Lund K"). */
function namesPeople(entry: ReferenceEntry): boolean {
  let people = peopleEntries.get(entry);
  if (people === undefined) {
    const list = readAuthorList(entry.authorText);
    people = list !== null && list.end >= entry.authorText.replace(/[\s.,]+$/, '').length - 1;
    peopleEntries.set(entry, people);
  }
  return people;
}

/**
 * A letter pair shared by more names than this tells none of them apart (an "er" in a list of
 * thousands): it does not bring entries to be scored. No list of ordinary length has such a pair.
 */
const MAX_SHARING_A_PAIR = 128;
/** At most this many entries, those whose names share the most letter pairs with the cited names, are scored. */
const MAX_SCORED = 32;

/**
 * The entries an unresolved citation may have meant, found by key rather than by scoring the whole
 * list: those whose names share the most letter pairs with the cited names (each word's first and last
 * letter count as pairs with the space around it, so "Xu" meets "Wu"), and, for names swapped with given
 * names, the entries of the cited year whose first author's given name starts with the cited name's letter.
 * Entries that write their names alike are looked up once (a list that repeats itself costs no more).
 */
export class EntrySuggester {
  /** Names as entries write them (whole author part, first family name, link host), each with its entries. */
  private readonly entriesOfName: number[][] = [];
  private readonly byPair = new Map<number, number[]>();
  private readonly byYearAndInitial = new Map<string, number[]>();
  /** Pairs each name shares with the citation being looked up; back to 0 after each lookup. */
  private shared = new Uint16Array(0);

  constructor(private readonly entries: ReferenceEntry[]) {
    const names = new Map<string, number>();
    entries.forEach((entry, i) => {
      const f = folded(entry);
      const spelling = [f.whole, f.surnames[0] ?? '', entry.link ? host(entry.link) : ''];
      const key = spelling.join('\u0000');
      let name = names.get(key);
      if (name === undefined) {
        names.set(key, (name = this.entriesOfName.length));
        this.entriesOfName.push([]);
        for (const text of spelling) for (const pair of letterPairs(text)) this.addPair(pair, name);
      }
      if (this.entriesOfName[name].length < MAX_SCORED) this.entriesOfName[name].push(i);
      const initial = firstInitial(entry);
      if (entry.year && baseYear(entry.year) !== UNDATED && initial) addUnder(this.byYearAndInitial, `${baseYear(entry.year)} ${initial[0]}`, i, MAX_SCORED);
    });
    this.shared = new Uint16Array(this.entriesOfName.length);
  }

  /** Names come in order: one already under the pair is the last there. */
  private addPair(pair: number, name: number): void {
    const sharing = this.byPair.get(pair);
    if (!sharing) this.byPair.set(pair, [name]);
    else if (sharing[sharing.length - 1] !== name) sharing.push(name);
  }

  suggest(candidate: CitationCandidate): EntrySuggestion[] {
    const cited = foldCitation(candidate);
    const pairs = citesLink(candidate.nameText) ? letterPairs(host(candidate.nameText)) : [...letterPairs(cited.whole), ...letterPairs(cited.names[0] ?? '')];
    const found = this.sharingMostPairs(new Set(pairs));
    if (candidate.year && cited.names[0]) found.push(...(this.byYearAndInitial.get(`${baseYear(candidate.year)} ${cited.names[0][0]}`) ?? []));
    return suggestEntries(candidate, [...new Set(found)].sort((a, b) => a - b).map((i) => this.entries[i]), cited);
  }

  /** Up to MAX_SCORED entries, those whose names share the most of the pairs first (counts are small: sorted by bucket). */
  private sharingMostPairs(pairs: Set<number>): number[] {
    const touched: number[] = [];
    for (const pair of pairs) {
      const sharing = this.byPair.get(pair);
      if (!sharing || sharing.length > MAX_SHARING_A_PAIR) continue;
      comparisons.count += sharing.length;
      for (const name of sharing) if (this.shared[name]++ === 0) touched.push(name);
    }
    const byCount: number[][] = Array.from({ length: pairs.size + 1 }, () => []);
    for (const name of touched) {
      byCount[this.shared[name]].push(name);
      this.shared[name] = 0;
    }
    const out: number[] = [];
    for (let count = pairs.size; count > 0 && out.length < MAX_SCORED; count--) {
      for (const name of byCount[count]) {
        out.push(...this.entriesOfName[name].slice(0, MAX_SCORED - out.length));
        if (out.length >= MAX_SCORED) break;
      }
    }
    return out;
  }
}

/** The text's letter pairs, the spaces around it counted, each as one number (two code units). */
function letterPairs(text: string): number[] {
  const out: number[] = [];
  let before = SPACE;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : SPACE;
    if (before !== SPACE || c !== SPACE) out.push(before * 0x10000 + c);
    before = c;
  }
  return out;
}

const SPACE = 0x20;

/** The entries, in list order, that the citation may have meant, best first. */
function suggestEntries(candidate: CitationCandidate, entries: ReferenceEntry[], citedNames: FoldedCitation): EntrySuggestion[] {
  const organisation = citesAnOrganisation(candidate);
  const score = scorerFor(candidate, citedNames);
  return entries
    .filter((entry) => !(organisation && namesPeople(entry))) // an organisation or a URL is never "corrected" to a person
    .map((entry) => ({ entry, score: score(entry) }))
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
