/**
 * The works of a bibliography as author-title styles cite them (MLA, Chicago notes, MHRA, OSCOLA): by the
 * authors' family names and, where an author has several works, by the title. Read from the entry's text,
 * which opens with the first author's family name, up to the first comma or full stop.
 */
import { ReferenceEntry } from './model';
import { fold, foldWords } from './text';
import { REPEATED_AUTHORS } from './references';
import { AND_SOURCE, ET_AL_SOURCE } from './conventions';
import { addUnder } from './listsByKey';

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
}

const entryWords = new WeakMap<ReferenceEntry, Set<string>>();

/** Folded words of the whole entry (read when first asked for: few works are looked up by them). */
function wordsOf(entry: ReferenceEntry): Set<string> {
  let words = entryWords.get(entry);
  if (!words) entryWords.set(entry, (words = new Set(foldWords(entry.text).split(' '))));
  return words;
}

/** Given-name initials after a family name in the Vancouver and OSCOLA manner: "Okafor C", "de Moraes MJ". */
const TRAILING_INITIALS = /(?:\s+\p{Lu}{1,3}\.?)+$/u;
/** Quoted titles: “…”, ‘…’, «…», „…“, "…". */
const QUOTED = /^[“‘«„"']\s*([^”’»“"']+)/;
/** Where the author part of an "Author. Title." entry ends: a full stop not closing an initial, or a quoted title. */
const AUTHOR_PART_END = /(?<!(?:^|[\s.-])\p{Lu})\.\s+|,\s*(?=[“‘«„"])/u;
const MORE_AUTHORS_AT_END = new RegExp(String.raw`(?:,\s*|\s+)${ET_AL_SOURCE}\s*$`, 'iu');

function familyOf(piece: string): string {
  return piece.replace(TRAILING_INITIALS, '').trim();
}

/**
 * "Okafor, Chidi, and Hanna Lind" → ["okafor", "lind"]; "Okafor C and Lind H" (OSCOLA) → the same;
 * "Broeck, Pieter Van den" → ["broeck"]; a corporate name whole.
 */
export function familiesOf(authorPart: string, givenAfterFirst = true): { names: string[]; families: string[]; many: boolean; end: number } {
  const { names, many, end } = namesOf(authorPart, givenAfterFirst);
  return { names, families: names.map(foldWords), many, end };
}

/** A name: capitalised words, initials and short particles, no digits, brackets or colons. */
const NAME_LIKE = /^(?:(?:\p{Lu}[\p{L}\p{M}'’.\-]*|\p{Ll}{1,3})(?:\s+|$)){1,5}$/u;
const SEPARATOR = new RegExp(String.raw`\s*,\s*(${AND_SOURCE}\s+)?|\s+(${AND_SOURCE})\s+`, 'gu');

interface NamePiece {
  text: string;
  end: number;
  afterAnd: boolean;
}

function piecesOf(text: string): NamePiece[] {
  const pieces: NamePiece[] = [];
  let from = 0;
  let afterAnd = false;
  for (const m of text.matchAll(SEPARATOR)) {
    pieces.push({ text: text.slice(from, m.index).trim(), end: m.index!, afterAnd });
    afterAnd = m[1] !== undefined || m[2] !== undefined;
    from = m.index! + m[0].length;
  }
  pieces.push({ text: text.slice(from).trim(), end: text.length, afterAnd });
  return pieces.filter((p) => p.text);
}

/**
 * The names of an author part and where they end: "Family, Given[, Given Family][, and Given Family]" (MLA,
 * Chicago, MHRA: a piece after the "and" is the last name), "Family Initials[, Family Initials][ and Family
 * Initials]" (OSCOLA, Vancouver), or a corporate name. Reading stops at a piece that is no name (a title).
 * Without `givenAfterFirst` (a dash stands for the first author, given names and all), the second piece is a co-author
 * when more names follow it.
 */
function namesOf(authorPart: string, givenAfterFirst: boolean): { names: string[]; many: boolean; end: number } {
  let text = authorPart.replace(/[,;\s]+$/, '');
  const etAl = MORE_AUTHORS_AT_END.exec(text);
  const many = etAl !== null;
  if (etAl) text = text.slice(0, etAl.index);
  text = text.replace(/[.,;\s]+$/, '');
  const pieces = piecesOf(text);
  if (!pieces.length) return { names: [], many, end: 0 };
  const initialled = (p: NamePiece) => TRAILING_INITIALS.test(p.text) && /\s/.test(p.text) && NAME_LIKE.test(p.text);
  if (!text.includes(',') && !pieces.every(initialled)) return { names: [text], many, end: authorPart.length };
  const names: string[] = [familyOf(pieces[0].text)];
  let end = pieces[0].end;
  const oscola = initialled(pieces[0]);
  for (let k = 1; k < pieces.length; k++) {
    const p = pieces[k];
    if (oscola ? !initialled(p) : !NAME_LIKE.test(p.text)) break;
    end = p.end;
    if (oscola) names.push(familyOf(p.text));
    else if (k > 1 || p.afterAnd || (!givenAfterFirst && NAME_LIKE.test(pieces[k + 1]?.text ?? ''))) names.push(lastNameOf(p.text));
    if (p.afterAnd) break;
  }
  const full = end === text.length && etAl ? authorPart.length : end;
  return { names: names.filter(Boolean), many: many || names.length > 2, end: full };
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
function authorPartOf(text: string): { part: string; rest: string } {
  const end = AUTHOR_PART_END.exec(text);
  const cut = end ? end.index : text.length;
  return { part: text.slice(0, cut), rest: text.slice(end ? cut + end[0].length : cut) };
}

export function listedWorks(references: ReferenceEntry[]): ListedWork[] {
  const works: ListedWork[] = [];
  for (const entry of references) {
    const previous = works[works.length - 1];
    const repeated = REPEATED_AUTHORS.exec(entry.text);
    // "——, and Ingrid Halvorsen, Title": the dash stands for the entry before's first author.
    const text = repeated && previous ? (previous.names[0] ?? '') + entry.text.slice(repeated[0].length - 1) : entry.text;
    const { part, rest } = authorPartOf(text);
    const authors = familiesOf(part, !(repeated && previous));
    const simplyRepeated = repeated && previous && /^\s*[.]/.test(entry.text.slice(repeated[0].length - 1));
    const names = simplyRepeated ? previous.names : authors.names;
    const many = simplyRepeated ? previous.many : authors.many;
    const titleRest = authors.end < part.length ? part.slice(authors.end) + ' ' + rest : rest;
    works.push({
      entry,
      names,
      families: names.map(foldWords),
      many,
      titleWords: titleWordsOf(titleRest),
    });
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
      addUnder(this.byKey, workKey(w), w);
      const first = w.families[0];
      addUnder(this.byFirst, first, w);
      addUnder(this.byFamilyWord, first.split(' ').pop()!, w);
      for (const end of ends(first)) addUnder(this.byEnds, end, w);
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
  return works.filter((w) => {
    const words = wordsOf(w.entry);
    return cited.every((c) => words.has(c));
  });
}
