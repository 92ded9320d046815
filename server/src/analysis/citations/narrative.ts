import { YEAR_SOURCE, normaliseYear } from '../years';
import { AND_SOURCE, ET_AL_SOURCE, PARTICLE_SOURCE, QUOTED_FROM_SOURCE } from '../conventions';
import { hasEtAl, isNotAName, splitNames } from './authorNames';
import { CitationCandidate } from './candidate';
import { ListedAuthor } from './parenthetical';

const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’\-]+`;
/** "Teitt", "Jim and Ikenberry", "Robert Jackson", "Kneuer et al.", "Wendt's", right before the year's parenthesis. */
const NAMES_BEFORE = new RegExp(
  String.raw`(${NAME_WORD}(?:\s+${NAME_WORD}){0,2}(?:\s+(?:${AND_SOURCE})\s+${NAME_WORD}(?:\s+${NAME_WORD})?)?(?:\s+${ET_AL_SOURCE})?)(?:['’]s)?\s*$`,
  'u',
);
/** A family name that may open with particles in small letters: "van der Berg". */
const PARTICLED_NAME = String.raw`(?<![\p{L}\p{M}])(?:${PARTICLE_SOURCE}\s+){0,3}${NAME_WORD}(?:\s+${NAME_WORD}){0,2}`;
/** Names with particles, and three or more names in a series: "Vauquelin, Ekdahl, & de Jong". */
const LISTED_NAMES_BEFORE = new RegExp(
  String.raw`(${PARTICLED_NAME}(?:,\s+${PARTICLED_NAME}){0,8}(?:,?\s+(?:${AND_SOURCE})\s+${PARTICLED_NAME})?(?:\s+${ET_AL_SOURCE})?)(?:['’]s)?\s*$`,
  'u',
);
/** "(2008", "(1992:271", "(2023, pp.", "([S.d.]", "(2010 apud" — the opening of a narrative citation's year. */
const YEAR_PAREN = new RegExp(String.raw`\(\s*(${YEAR_SOURCE})(?=\s*[),:;]|\s+p|\s+${QUOTED_FROM_SOURCE}\s)`, 'gi');
/** How far before the parenthesis the names may start. */
const NAMES_REACH = 120;
/** Most words of a corporate author named in running text ("Agencia Estatal de Riberas"). */
const CORPORATE_WORDS = 8;

/**
 * Narrative citations in one line; the names must open with a word that can be an author. A
 * corporate author is taken whole when the list has it; else the longest names `namesAnAuthor` accepts.
 */
export function findNarrative(line: string, offset: number, listed: ListedAuthor, namesAnAuthor: (c: CitationCandidate) => boolean): CitationCandidate[] {
  const out: CitationCandidate[] = [];
  YEAR_PAREN.lastIndex = 0;
  for (let y = YEAR_PAREN.exec(line); y; y = YEAR_PAREN.exec(line)) {
    const windowStart = Math.max(0, y.index - NAMES_REACH);
    const before = line.slice(windowStart, y.index);
    const yearEnd = y.index + y[0].length;
    const locator = /^[\s,:]*([^)]{1,40})\)/.exec(line.slice(yearEnd))?.[1]?.trim() ?? null;
    const corporate = listedWordsBefore(before, listed);
    const forms = corporate ? [corporate] : [LISTED_NAMES_BEFORE, NAMES_BEFORE].map((re) => namesMatched(re, before));
    for (const names of forms) {
      if (!names) continue;
      // "Weber’s (2000)"
      const at = { nameText: names.nameText.replace(/['’]s$/, ''), start: windowStart + names.start };
      const c = candidate('narrative', line, offset, at, y, yearEnd, locator);
      if (corporate || namesAnAuthor(c)) {
        out.push(c);
        break;
      }
    }
  }
  return out;
}

function namesMatched(re: RegExp, before: string): { nameText: string; start: number } | null {
  const m = re.exec(before);
  return m ? withoutOpeners(m[1], m.index) : null;
}

/** The last words before the parenthesis, within one clause. */
const LAST_WORDS = new RegExp(String.raw`(?:[^\s.,;:!?()]+\s+){0,${CORPORATE_WORDS - 1}}[^\s.,;:!?()]+\s*$`, 'u');

/** The longest run of two or more words before the parenthesis, opening with a capital, that is a listed author part ("Институт речной гидрологии"). */
function listedWordsBefore(before: string, listed: ListedAuthor): { nameText: string; start: number } | null {
  const last = LAST_WORDS.exec(before);
  if (!last) return null;
  const starts = [...last[0].matchAll(/\S+/g)].map((w) => last.index + w.index);
  for (const start of starts.slice(0, -1)) {
    const nameText = before.slice(start).trimEnd();
    if (/^\p{Lu}/u.test(nameText) && listed(nameText)) return { nameText, start };
  }
  return null;
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
