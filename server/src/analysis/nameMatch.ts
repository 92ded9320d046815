import { ReferenceEntry } from './model';
import { foldWords } from './text';
import { CitationCandidate } from './citations/candidate';
import { withoutEtAl } from './conventions';
import { OneEditIndex } from './oneEdit';
import { readAuthorList } from './authorList';
import { comparisons } from './comparisons';
import { baseYear } from './years';
import { addUnder } from './listsByKey';

/** How well a cited author part names an entry's authors; 0 when it does not. */
export enum NameFit {
  None = 0,
  /** Every cited name is among the entry's authors, but some listed authors were left out. */
  Partial = 1,
  /** The cited names are the entry's authors (or its corporate author or title), in order. */
  Full = 2,
}

function sameName(cited: string, listed: string): boolean {
  if (cited === listed) return true;
  // A listed name broken in two by a hyphen at a line end ("PELLE-⏎TIER", folded "pelle tier") is the cited name whole.
  if (cited.length === listed.length - 1 && cited === listed.replace(' ', '')) return true;
  // "Robert Jackson" cites "Jackson"; "Chung" cites "Chien-peng, Chung"? no: only a trailing family name counts.
  return cited.endsWith(' ' + listed);
}

/** An entry's names folded once for comparison. */
export interface FoldedEntry {
  /** Whole author part without "et al.". */
  whole: string;
  words: Set<string>;
  surnames: string[];
  link: string | null;
  /** The first word of the entry's opening (see `openingOf`). */
  openingWord: string;
  /** Folded when first asked for: few entries are. */
  opening: string | null;
}

/** How much of an entry's text its opening is. */
const OPENING = 240;

const foldedEntries = new WeakMap<ReferenceEntry, FoldedEntry>();

export function folded(entry: ReferenceEntry): FoldedEntry {
  let f = foldedEntries.get(entry);
  if (!f) {
    const whole = foldWords(withoutEtAl(entry.authorText));
    f = {
      whole,
      words: new Set(whole.split(' ')),
      surnames: entry.surnames.map(foldWords).filter(Boolean),
      link: entry.link ? foldWords(entry.link) : null,
      openingWord: openingWord(entry.text),
      opening: null,
    };
    foldedEntries.set(entry, f);
  }
  return f;
}

/** The entry's first words, folded, and a space: a corporate author cited as written stands there. */
function openingOf(entry: ReferenceEntry, f: FoldedEntry): string {
  return (f.opening ??= foldWords(entry.text.slice(0, OPENING)) + ' ');
}

/**
 * The first word of the folded opening, from the text before the first space after which it is whole: folding
 * reads the text on either side of a space apart, so the words before it are the opening's first words.
 */
function openingWord(text: string): string {
  for (let at = text.indexOf(' '); at !== -1 && at < OPENING; at = text.indexOf(' ', at + 1)) {
    const before = foldWords(text.slice(0, at));
    if (before) return before.split(' ')[0];
  }
  return foldWords(text.slice(0, OPENING)).split(' ')[0];
}

/** The citation's names folded once for comparison. */
export interface FoldedCitation {
  whole: string;
  names: string[];
  /** The whole cited author part and a space, when it has several words and no "et al." (a corporate author); else null. */
  corporate: string | null;
  /** What the entries are looked up by (see `keysOf`). */
  keys: string[];
}

const foldedCitations = new WeakMap<CitationCandidate, FoldedCitation>();

/** A candidate's names are folded once: finding, resolving and suggesting each compare them. */
export function foldCitation(candidate: CitationCandidate): FoldedCitation {
  let f = foldedCitations.get(candidate);
  if (!f) {
    const whole = foldWords(withoutEtAl(candidate.nameText));
    const names = candidate.names.map(foldWords).filter(Boolean);
    f = { whole, names, corporate: !candidate.etAl && whole.includes(' ') ? whole + ' ' : null, keys: keysOf(whole, names) };
    foldedCitations.set(candidate, f);
  }
  return f;
}

export function nameFit(candidate: CitationCandidate, entry: ReferenceEntry, citedNames = foldCitation(candidate)): NameFit {
  comparisons.count++;
  const citedWhole = citedNames.whole;
  if (!citedWhole) return NameFit.None;
  const f = folded(entry);
  const { whole: entryWhole, words, surnames: listed, link } = f;
  if (entryWhole && citedWhole === entryWhole) return NameFit.Full;
  if (link && citedWhole === link) return NameFit.Full;
  // "(National Water Board, 2018)" for "National Water Board. Indicators of rivers ...".
  if (citedNames.corporate && openingOf(entry, f).startsWith(citedNames.corporate)) return NameFit.Full;

  const cited = citedNames.names;
  if (cited.length > 0 && listed.length > 0 && sameName(cited[0], listed[0])) {
    const rest = cited.slice(1);
    const others = listed.slice(1);
    if (rest.every((name) => others.some((l) => sameName(name, l)))) {
      // "et al." stands for two or more further authors in every style: a work of one or two authors fits it less well.
      if (candidate.etAl && others.length <= 1 && !entry.etAl) return NameFit.Partial;
      const allNamed = rest.length === others.length || candidate.etAl || (entry.etAl && rest.length === 0);
      return allNamed ? NameFit.Full : NameFit.Partial;
    }
    // "Baubek, Anna & Adil" for "Baubek, S. et al.": the entry itself abbreviates its authors.
    if (entry.etAl && others.length === 0) return NameFit.Partial;
    // The entry's author list was read short ("Lopes, S.; Borges, M.M.Avalia..."): the names it lost still open the entry.
    if (others.length < rest.length && rest.every((name) => others.some((l) => sameName(name, l)) || openingOf(entry, f).includes(` ${name} `))) {
      return NameFit.Partial;
    }
    return NameFit.None;
  }
  // "Kerr-Swinton" for "Kerr, David Swinton, Laura C.": every cited word is an author word, the first author's among them.
  const citedWords = citedWhole.split(' ');
  if (citedWords.length > 1 && citedWords.every((w) => words.has(w)) && citedWords.includes(listed[0] ?? '')) return NameFit.Partial;
  return NameFit.None;
}

/** Shortest cited name looked up by near spelling. */
const MIN_NEAR_SURNAME = 5;

/**
 * Entries kept under one key, and under one key and year. Only a list that repeats itself has more (one
 * author's works of one year run from 2009a to 2009z): past that, a citation of them is ambiguous anyway.
 */
const MAX_UNDER_A_KEY = 32;
const MAX_UNDER_A_KEY_AND_YEAR = 27;

/**
 * The entries a citation can name, found by key instead of by scanning the list: every entry that
 * nameFit could accept is among `pool(candidate)` (whole author part, link, first word, first surname).
 */
export class EntryIndex {
  private readonly byKey = new Map<string, ReferenceEntry[]>();
  /** By key, then by year (letters apart). */
  private readonly byKeyAndYear = new Map<string, Map<string, ReferenceEntry[]>>();
  private readonly surnames = new Set<string>();
  /** Personal family names' last words, within one edit of which a cited name is a misspelling of them (built when first asked). */
  private nearSurnames: OneEditIndex | null = null;

  constructor(private readonly entries: ReferenceEntry[]) {
    for (const entry of entries) {
      const f = folded(entry);
      const first = f.surnames[0] ?? '';
      // A family name broken at a line end ("pelle tier") is cited whole.
      const keys = new Set([f.whole, f.link ?? '', f.openingWord, first, first.replace(' ', '')]);
      const year = entry.year ? baseYear(entry.year) : '';
      for (const key of keys) {
        if (!key) continue;
        addUnder(this.byKey, key, entry, MAX_UNDER_A_KEY);
        let byYear = this.byKeyAndYear.get(key);
        if (!byYear) this.byKeyAndYear.set(key, (byYear = new Map()));
        addUnder(byYear, year, entry, MAX_UNDER_A_KEY_AND_YEAR);
      }
      for (const s of f.surnames) this.surnames.add(s);
    }
  }

  /** Entries in list order that may fit the cited names. */
  pool(candidate: CitationCandidate, cited = foldCitation(candidate)): ReferenceEntry[] {
    return lookUp(cited.keys, (key) => this.byKey.get(key));
  }

  /** Entries in list order that may fit the cited names and have the cited year (letters apart). */
  poolOfYear(candidate: CitationCandidate, cited = foldCitation(candidate)): ReferenceEntry[] {
    if (!candidate.year) return [];
    const year = baseYear(candidate.year);
    return lookUp(cited.keys, (key) => this.byKeyAndYear.get(key)?.get(year));
  }

  hasSurname(folded: string): boolean {
    return this.surnames.has(folded);
  }

  /** Whether the last word of a cited name is one slip of the pen from a listed person's family name (short words are too often other words). */
  hasNearSurname(folded: string): boolean {
    const last = lastWord(folded);
    return last.length >= MIN_NEAR_SURNAME && !this.surnames.has(folded) && (this.nearSurnames ??= this.personalSurnames()).has(last);
  }

  private personalSurnames(): OneEditIndex {
    const index = new OneEditIndex();
    for (const entry of this.entries) {
      if (readAuthorList(entry.authorText) === null) continue; // a corporate author's words are ordinary words
      for (const s of folded(entry).surnames) index.add(lastWord(s));
    }
    return index;
  }
}

/** The cited whole, its words, and each ending of the first name after a space ("robert jackson" → "jackson"). */
function keysOf(whole: string, names: string[]): string[] {
  const keys = new Set<string>([whole, ...whole.split(' ')]);
  const first = names[0] ?? '';
  for (let at = first.indexOf(' '); at !== -1; at = first.indexOf(' ', at + 1)) keys.add(first.slice(at + 1));
  keys.add(first);
  return [...keys];
}

/** The entries under any of the keys, in list order (most citations find one list: it is answered as it is). */
function lookUp(keys: string[], entriesOf: (key: string) => ReferenceEntry[] | undefined): ReferenceEntry[] {
  let first: ReferenceEntry[] | undefined;
  let found: Set<ReferenceEntry> | undefined;
  for (const key of keys) {
    const entries = entriesOf(key);
    if (!entries) continue;
    comparisons.count += entries.length;
    if (!first) first = entries;
    else if (entries !== first) {
      found ??= new Set(first);
      for (const e of entries) found.add(e);
    }
  }
  return found ? [...found].sort((a, b) => a.id - b.id) : (first ?? []);
}

function lastWord(folded: string): string {
  return folded.slice(folded.lastIndexOf(' ') + 1);
}
