/**
 * The works of a bibliography as author-title styles cite them (MLA, Chicago notes, MHRA, OSCOLA): by the
 * authors' family names and, where an author has several works, by the title. Read from the entry's text,
 * which opens with the first author's family name, up to the first comma or full stop.
 */
import { ReferenceEntry } from './model';
import { fold, foldWords } from './text';
import { REPEATED_AUTHORS } from './references';
import { AND_WORDS_SOURCE, MORE_AUTHORS_SOURCE } from './conventions/citing';

export interface ListedWork {
  entry: ReferenceEntry;
  /** Folded family names (a corporate author is one name), the first first; empty when none could be read. */
  families: string[];
  /** The same names as the entry writes them ("de Sousa"). */
  names: string[];
  /** The entry gives more authors than it names ("et al.", "and others"), or names three or more. */
  many: boolean;
  /** Folded words of the title. */
  titleWords: string[];
  /** Folded words of the whole entry. */
  words: Set<string>;
}

/** Given-name initials after a family name in the Vancouver and OSCOLA manner: "Okafor C", "de Moraes MJ". */
const TRAILING_INITIALS = /(?:\s+\p{Lu}{1,3}\.?)+$/u;
/** Quoted titles: “…”, ‘…’, «…», „…“, "…". */
const QUOTED = /^[“‘«„"']\s*([^”’»“"']+)/;
/** Where the author part of an "Author. Title." entry ends: a full stop not closing an initial, or a quoted title. */
const AUTHOR_PART_END = /(?<!(?:^|[\s.-])\p{Lu})\.\s+|,\s*(?=[“‘«„"])/u;
/** Between authors: a comma, an "and" word, or both. */
const BETWEEN_AUTHORS = new RegExp(String.raw`\s*,\s*(?:${AND_WORDS_SOURCE}\s+)?|\s+${AND_WORDS_SOURCE}\s+`, 'u');
const MORE_AUTHORS_AT_END = new RegExp(String.raw`(?:,\s*|\s+)${MORE_AUTHORS_SOURCE}\s*$`, 'iu');

function familyOf(piece: string): string {
  return piece.replace(TRAILING_INITIALS, '').trim();
}

/**
 * "Okafor, Chidi, and Hanna Lind" → ["okafor", "lind"]; "Okafor C and Lind H" (OSCOLA) → the same;
 * "Broeck, Pieter Van den" → ["broeck"]; a corporate name whole.
 */
export function familiesOf(authorPart: string): { names: string[]; families: string[]; many: boolean } {
  const { names, many } = namesOf(authorPart);
  return { names, families: names.map(foldWords), many };
}

function namesOf(authorPart: string): { names: string[]; many: boolean } {
  let text = authorPart.trim().replace(/[,;\s]+$/, '');
  const many = MORE_AUTHORS_AT_END.test(text);
  text = text.replace(MORE_AUTHORS_AT_END, '').replace(/[.,;\s]+$/, '');
  const pieces = text.split(BETWEEN_AUTHORS).map((p) => p.trim()).filter(Boolean);
  if (!pieces.length) return { names: [], many };
  let families: string[];
  // "Family Initials" pieces (OSCOLA, Vancouver), or "Family, Given" then "Given Family" pieces (MLA, Chicago, MHRA).
  if (!text.includes(',') && !pieces.every((p) => TRAILING_INITIALS.test(p) && /\s/.test(p))) return { names: [text], many };
  if (pieces.length === 1 || (TRAILING_INITIALS.test(pieces[0]) && /\s/.test(pieces[0]))) families = pieces.map(familyOf);
  else families = [familyOf(pieces[0]), ...pieces.slice(2).map(lastNameOf)];
  families = families.filter(Boolean);
  return { names: families, many: many || families.length > 2 };
}

/** "Hanna Lind" → "lind", "Liesbeth van der Berg" → "van der berg". */
function lastNameOf(fullName: string): string {
  const words = fullName.split(/\s+/);
  let i = words.length - 1;
  while (i > 0 && /^\p{Ll}{1,3}$/u.test(words[i - 1])) i--;
  return words.slice(i).join(' ');
}

/** The title words after the author part: the quoted title, or the next sentence. */
function titleWordsOf(rest: string): string[] {
  const text = rest.replace(/^[\s.,:]+/, '');
  const quoted = QUOTED.exec(text);
  const title = quoted ? quoted[1] : text.split(/(?<=[^\s.]{2})[.?!]\s|\s\(|,\s(?=\p{Ll})/u)[0];
  return foldWords(title).split(' ').filter(Boolean);
}

/** How "Okafor" or "Okafor, C." reads for an author-date entry: from its parsed author text. */
function authorPartOf(entry: ReferenceEntry): { part: string; rest: string } {
  const text = entry.text.replace(REPEATED_AUTHORS, '');
  const end = AUTHOR_PART_END.exec(text);
  const cut = end ? end.index : text.length;
  return { part: text.slice(0, cut), rest: text.slice(end ? cut + end[0].length : cut) };
}

export function listedWorks(references: ReferenceEntry[]): ListedWork[] {
  const works: ListedWork[] = [];
  for (const entry of references) {
    const { part, rest } = authorPartOf(entry);
    const previous = works[works.length - 1];
    const repeated = REPEATED_AUTHORS.test(entry.text) && previous;
    const authors = repeated ? { names: previous.names, families: previous.families, many: previous.many } : familiesOf(part);
    const titleRest = repeated ? entry.text.replace(REPEATED_AUTHORS, '') : rest;
    works.push({ entry, names: authors.names, families: authors.families, many: authors.many, titleWords: titleWordsOf(titleRest), words: new Set(foldWords(entry.text).split(' ')) });
  }
  return works;
}

/** The key a citation's author part reads as: "okafor", "okafor & lind", "okafor et al". */
export function citedKey(families: string[], many: boolean): string {
  if (many) return `${families[0]} et al`;
  return families.join(' & ');
}

export function workKey(work: ListedWork): string {
  return citedKey(work.families.slice(0, work.many ? 1 : 2), work.many || work.families.length > 2);
}

/** Works by key, and by the first family name's last word (for notes, which name authors in full). */
export class WorkIndex {
  readonly byKey = new Map<string, ListedWork[]>();
  readonly byFirst = new Map<string, ListedWork[]>();
  readonly byFamilyWord = new Map<string, ListedWork[]>();
  /** For near spellings: works by the first two and by the last two letters of the first family name. */
  private readonly byEnds = new Map<string, ListedWork[]>();

  constructor(readonly works: ListedWork[]) {
    for (const w of works) {
      if (!w.families.length || !w.families[0]) continue;
      push(this.byKey, workKey(w), w);
      const first = w.families[0];
      push(this.byFirst, first, w);
      push(this.byFamilyWord, first.split(' ').pop()!, w);
      for (const end of ends(first)) push(this.byEnds, end, w);
    }
  }

  /** Works whose first family name may be a near spelling of `family`. */
  near(family: string): ListedWork[] {
    const seen = new Set<ListedWork>();
    for (const end of ends(family)) for (const w of this.byEnds.get(end) ?? []) seen.add(w);
    return [...seen];
  }
}

function ends(family: string): string[] {
  const f = fold(family).replace(/\s+/g, '');
  return [`^${f.slice(0, 2)}`, `${f.slice(-2)}$`];
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** "García Olmedo" names "Olmedo" and the other way round: one is the other's last words. */
export function sameFamily(cited: string, listed: string): boolean {
  return cited === listed || cited.endsWith(' ' + listed) || listed.endsWith(' ' + cited);
}

/**
 * The works among `works` whose title holds every cited title word, those whose title starts with them first;
 * failing that, those whose entry holds them all.
 */
export function byTitle(works: ListedWork[], citedTitle: string): ListedWork[] {
  const cited = foldWords(citedTitle).split(' ').filter(Boolean);
  if (!cited.length) return [];
  const inTitle = works.filter((w) => {
    const words = new Set(w.titleWords);
    return cited.every((c) => words.has(c));
  });
  const prefixed = inTitle.filter((w) => cited.every((c, i) => w.titleWords[i] === c));
  if (prefixed.length) return prefixed;
  if (inTitle.length) return inTitle;
  return works.filter((w) => cited.every((c) => w.words.has(c)));
}
