import { YEAR_SOURCE, normaliseYear, UNDATED } from '../years';
import { AND_SOURCE, ET_AL_SOURCE, PARTICLE_SOURCE } from '../conventions';
import { hasEtAl, isNotAName, splitNames } from './authorNames';
import { CitationCandidate } from './candidate';
import type { ListedAuthor, UndatedAuthor } from './parenthetical';

const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’\-]+`;
/** "Jackson", "van der Berg", "Van den Broek": a capitalised word, particles in small letters before it. */
const NAME = String.raw`(?:(?<!\p{L})${PARTICLE_SOURCE}\s+){0,2}${NAME_WORD}`;
const PERSON = String.raw`${NAME}(?:\s+${NAME}){0,2}`;
/**
 * "Teitt", "Jim and Ikenberry", "Moon, van der Berg and Lund", "Robert Jackson", "Kneuer et al.", "Wendt's", right
 * before the year's parenthesis.
 */
const NAMES_BEFORE = new RegExp(
  String.raw`(${PERSON}(?:(?:,\s+${PERSON}){0,4},?\s+(?:${AND_SOURCE})\s+${NAME}(?:\s+${NAME})?)?(?:\s+${ET_AL_SOURCE})?)(?:['’]s)?\s*$`,
  'u',
);
/** "(2008", "(1992:271", "(2023, pp." — the opening of a narrative citation's year. */
const YEAR_PAREN = new RegExp(String.raw`\(\s*(${YEAR_SOURCE})(?=\s*[),:;]|\s+p)`, 'g');
/** How far before the parenthesis the names may start. */
const NAMES_REACH = 120;

/** Most words of a corporate author looked for before a narrative year. */
const MAX_LISTED_WORDS = 9;

/**
 * Narrative citations in one line; the names must open with a word that can be an author, or be a listed entry's
 * whole author part in any case ("Bundesanstalt für Küstenmessung (2020)").
 */
export function findNarrative(line: string, offset: number, listed: ListedAuthor = () => false): CitationCandidate[] {
  const out: CitationCandidate[] = [];
  YEAR_PAREN.lastIndex = 0;
  for (let y = YEAR_PAREN.exec(line); y; y = YEAR_PAREN.exec(line)) {
    const windowStart = Math.max(0, y.index - NAMES_REACH);
    const before = line.slice(windowStart, y.index);
    const m = NAMES_BEFORE.exec(before);
    const listedAt = listedEnding(before, listed);
    const names =
      listedAt !== -1 && (!m || listedAt < m.index)
        ? { nameText: before.slice(listedAt).trim(), start: windowStart + listedAt }
        : m && withoutOpeners(m[1], windowStart + m.index);
    if (!names) continue;
    const yearEnd = y.index + y[0].length;
    const locator = /^[\s,:]*([^)]{1,40})\)/.exec(line.slice(yearEnd))?.[1]?.trim() ?? null;
    // "Weber’s (2000)"
    out.push(candidate('narrative', line, offset, { ...names, nameText: names.nameText.replace(/['’]s$/, '') }, y, yearEnd, locator));
  }
  return out;
}

/** "(S. 61)", "(p. 12–14)": a page alone in brackets. */
const PAGE_PAREN = /\(\s*(\p{L}{1,5}\.?\s*\d+(?:\s*[-–]\s*\d+)?)\s*\)/gu;

/** "Lund (p. 12)": a name, then only a page, cites an undated work of that author (Springer prints no undated mark). */
export function findUndatedNarrative(line: string, offset: number, undated: UndatedAuthor): CitationCandidate[] {
  const out: CitationCandidate[] = [];
  PAGE_PAREN.lastIndex = 0;
  for (let p = PAGE_PAREN.exec(line); p; p = PAGE_PAREN.exec(line)) {
    const windowStart = Math.max(0, p.index - NAMES_REACH);
    const m = NAMES_BEFORE.exec(line.slice(windowStart, p.index));
    const names = m && withoutOpeners(m[1], windowStart + m.index);
    if (!names) continue;
    const end = p.index + p[0].length - 1;
    const c: CitationCandidate = {
      kind: 'narrative',
      span: { start: offset + names.start, end: offset + end },
      text: line.slice(names.start, end),
      nameText: names.nameText,
      names: splitNames(names.nameText),
      etAl: hasEtAl(names.nameText),
      year: UNDATED,
      yearText: null,
      numbers: [],
      locator: p[1],
    };
    if (undated(c)) out.push(c);
  }
  return out;
}

/** Where the listed author of two words or more that `before` ends with starts in it, or -1. */
function listedEnding(before: string, listed: ListedAuthor): number {
  const starts = [...before.matchAll(/\S+/g)].map((w) => w.index);
  for (let k = Math.min(MAX_LISTED_WORDS, starts.length); k >= 2; k--) {
    const at = starts[starts.length - k];
    if (listed(before.slice(at).trim())) return at;
  }
  return -1;
}

/** Drops sentence openers ("In Hou (2023" → "Hou (2023"); null when no name is left. */
function withoutOpeners(text: string, start: number): { nameText: string; start: number } | null {
  let nameText = text;
  let at = start;
  for (let w = /^(\S+)\s+/.exec(nameText); w && isNotAName(w[1]); w = /^(\S+)\s+/.exec(nameText)) {
    at += w[0].length;
    nameText = nameText.slice(w[0].length);
  }
  return isNotAName(nameText.split(/\s+/)[0]) ? null : { nameText, start: at };
}

function candidate(
  kind: 'narrative' | 'author-date',
  line: string,
  offset: number,
  { nameText, start }: { nameText: string; start: number },
  year: RegExpExecArray,
  end: number,
  locator: string | null,
): CitationCandidate {
  return {
    kind,
    span: { start: offset + start, end: offset + end },
    text: line.slice(start, end),
    nameText,
    names: splitNames(nameText),
    etAl: hasEtAl(nameText),
    year: normaliseYear(year[1]),
    yearText: year[1],
    numbers: [],
    locator,
  };
}

/** The names right before ", Year" (looked for only where a comma and a year stand, so the scan stays cheap). */
const BARE_NAMES = new RegExp(
  String.raw`(?<![\p{L}-])(${NAME_WORD}(?:\s+${NAME_WORD})?(?:\s+(?:${AND_SOURCE})\s+${NAME_WORD}|\s+${ET_AL_SOURCE}))\s*$`,
  'u',
);
const COMMA_YEAR = new RegExp(String.raw`,\s*(${YEAR_SOURCE})(?=$|[\s,.;:)])`, 'g');

/**
 * Author-date citations standing in running text without brackets: "the method of Havel et al.,
 * 2014" or "from Moura & Lima, 2003". Only with "et al." or two names joined by "and", and a
 * comma before the year, so "In Paris, 2003" is not read.
 */
export function findBareAuthorYear(line: string, offset: number): CitationCandidate[] {
  const out: CitationCandidate[] = [];
  COMMA_YEAR.lastIndex = 0;
  for (let y = COMMA_YEAR.exec(line); y; y = COMMA_YEAR.exec(line)) {
    const windowStart = Math.max(0, y.index - NAMES_REACH);
    const m = BARE_NAMES.exec(line.slice(windowStart, y.index));
    if (!m) continue;
    const names = withoutOpeners(m[1], windowStart + m.index);
    if (names) out.push(candidate('author-date', line, offset, names, y, y.index + y[0].length, null));
  }
  return out;
}
