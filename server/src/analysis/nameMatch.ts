import { ReferenceEntry } from './model';
import { foldWords } from './text';
import { CitationCandidate } from './citations/candidate';
import { withoutEtAl } from './conventions';

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
  /** The entry's first words, folded: a corporate author cited as written stands there. */
  opening: string;
}

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
      opening: foldWords(entry.text.slice(0, 240)) + ' ',
    };
    foldedEntries.set(entry, f);
  }
  return f;
}

/** The citation's names folded once for comparison. */
export interface FoldedCitation {
  whole: string;
  names: string[];
}

export function foldCitation(candidate: CitationCandidate): FoldedCitation {
  return {
    whole: foldWords(withoutEtAl(candidate.nameText)),
    names: candidate.names.map(foldWords).filter(Boolean),
  };
}

export function nameFit(candidate: CitationCandidate, entry: ReferenceEntry, citedNames = foldCitation(candidate)): NameFit {
  const citedWhole = citedNames.whole;
  if (!citedWhole) return NameFit.None;
  const { whole: entryWhole, words, surnames: listed, link } = folded(entry);
  if (entryWhole && citedWhole === entryWhole) return NameFit.Full;
  if (link && citedWhole === link) return NameFit.Full;
  // "(National Science Board, 2018)" for "National Science Board. Science and engineering indicators ...".
  if (!candidate.etAl && citedWhole.includes(' ') && folded(entry).opening.startsWith(citedWhole + ' ')) return NameFit.Full;

  const cited = citedNames.names;
  if (cited.length > 0 && listed.length > 0 && sameName(cited[0], listed[0])) {
    const rest = cited.slice(1);
    const others = listed.slice(1);
    if (rest.every((name) => others.some((l) => sameName(name, l)))) {
      const allNamed = rest.length === others.length || candidate.etAl || (entry.etAl && rest.length === 0);
      return allNamed ? NameFit.Full : NameFit.Partial;
    }
    // "Baubek, Anna & Adil" for "Baubek, S. et al.": the entry itself abbreviates its authors.
    if (entry.etAl && others.length === 0) return NameFit.Partial;
    return NameFit.None;
  }
  // "Kerr-Swinton" for "Kerr, David Swinton, Laura C.": every cited word is an author word.
  const citedWords = citedWhole.split(' ');
  if (citedWords.length > 1 && citedWords.every((w) => words.has(w)) && words.has(listed[0] ?? '')) return NameFit.Partial;
  return NameFit.None;
}
