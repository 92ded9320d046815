import { YEAR_SOURCE } from '../years';
import { AND_SOURCE, ET_AL_SOURCE, PARTICLE_SOURCE, QUOTED_FROM_SOURCE } from '../conventions';
import { isNotAName } from './authorNames';
import { CitationCandidate } from './candidate';
import { namedCandidate } from './namedCandidate';
import { EndAnchored } from './endAnchored';
import type { ListedAuthor, UndatedAuthor } from './parenthetical';

const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’\-]+`;
/** "Jackson", "van der Berg", "Van den Broek": a capitalised word, particles in small letters before it. */
const NAME = String.raw`(?:(?<!\p{L})${PARTICLE_SOURCE}\s+){0,2}${NAME_WORD}`;
const PERSON = String.raw`${NAME}(?:\s+${NAME}){0,2}`;
/** Characters that stand in no series of names. */
const NO_NAME_HOLDS = '0123456789()[]{};:!?"/*';
/**
 * "Teitt", "Jim and Ikenberry", "Moon, van der Berg and Lund", "Robert Jackson", "Kneuer et al.", "Wendt's", right
 * before the year's parenthesis.
 */
const NAMES_BEFORE = new EndAnchored(
  String.raw`(${PERSON}(?:(?:,\s+${PERSON}){0,4},?\s+(?:${AND_SOURCE})\s+${NAME}(?:\s+${NAME})?)?(?:\s+${ET_AL_SOURCE})?)(?:['’]s)?\s*$`,
  // A capital anywhere (a name word has no boundary before it), or a particle opening a word.
  String.raw`\p{Lu}|(?<!\p{L})(?=${PARTICLE_SOURCE}\s)`,
  undefined,
  NO_NAME_HOLDS,
);
/** A family name that may open with particles in small letters: "van der Berg". */
const PARTICLED_NAME = String.raw`(?<![\p{L}\p{M}])(?:${PARTICLE_SOURCE}\s+){0,3}${NAME_WORD}(?:\s+${NAME_WORD}){0,2}`;
/** Names with particles, and three or more names in a series: "Vauquelin, Ekdahl, & de Jong". */
const LISTED_NAMES_BEFORE = new EndAnchored(
  String.raw`(${PARTICLED_NAME}(?:,\s+${PARTICLED_NAME}){0,8}(?:,?\s+(?:${AND_SOURCE})\s+${PARTICLED_NAME})?(?:\s+${ET_AL_SOURCE})?)(?:['’]s)?\s*$`,
  String.raw`(?<![\p{L}\p{M}])(?:\p{Lu}|(?=${PARTICLE_SOURCE}\s))`,
  undefined,
  NO_NAME_HOLDS,
);
/** "(2008", "(1992:271", "(2023, pp.", "([S.d.]", "(2010 apud" — the opening of a narrative citation's year. */
const YEAR_PAREN = new RegExp(String.raw`\(\s*(${YEAR_SOURCE})(?=\s*[),:;]|\s+p|\s+${QUOTED_FROM_SOURCE}\s)`, 'gi');
/** How far before the parenthesis the names may start. */
const NAMES_REACH = 120;
/** Most words of a corporate author named in running text ("Agencia Estatal de Riberas"). */
const CORPORATE_WORDS = 8;

/**
 * Narrative citations in one line; the names must open with a word that can be an author. A corporate author is
 * taken whole when the list has it; else the longest names that `accept` takes, as it returns them (or null).
 */
export function findNarrative(line: string, offset: number, listed: ListedAuthor, accept: (c: CitationCandidate) => CitationCandidate | null): CitationCandidate[] {
  const out: CitationCandidate[] = [];
  YEAR_PAREN.lastIndex = 0;
  for (let y = YEAR_PAREN.exec(line); y; y = YEAR_PAREN.exec(line)) {
    const windowStart = Math.max(0, y.index - NAMES_REACH);
    const before = line.slice(windowStart, y.index);
    const yearEnd = y.index + y[0].length;
    const locator = /^[\s,:]*([^)]{1,40})\)/.exec(line.slice(yearEnd, yearEnd + 48))?.[1]?.trim() ?? null;
    const corporate = listedWordsBefore(before, listed);
    const forms = corporate ? [corporate] : [LISTED_NAMES_BEFORE, NAMES_BEFORE].flatMap((re) => seriesEndings(namesMatched(re, before)));
    for (const names of forms) {
      if (!names) continue;
      // "Weber’s (2000)"
      const at = { nameText: names.nameText.replace(/['’]s$/, ''), start: windowStart + names.start };
      const c = candidate('narrative', line, offset, at, y, yearEnd, locator);
      const accepted = corporate ? c : accept(c);
      if (accepted) {
        out.push(accepted);
        break;
      }
    }
  }
  return out;
}

/** A series of names and each shorter series it ends with: "Brazil, Quist and Brandt", then "Quist and Brandt". */
function seriesEndings(names: { nameText: string; start: number } | null): Array<{ nameText: string; start: number }> {
  if (!names) return [];
  const out = [names];
  for (const comma of names.nameText.matchAll(/,\s+/g)) {
    const at = comma.index! + comma[0].length;
    out.push({ nameText: names.nameText.slice(at), start: names.start + at });
  }
  return out;
}

function namesMatched(re: EndAnchored, before: string): { nameText: string; start: number } | null {
  const m = re.exec(before);
  return m ? withoutOpeners(m[1], m.index) : null;
}

/** Marks that end a clause. */
const CLAUSE_MARKS = '.,;:!?()';

/** Where each of the last words before the parenthesis starts, within one clause. */
function lastWordStarts(before: string): number[] {
  let from = before.length;
  while (from > 0 && !CLAUSE_MARKS.includes(before[from - 1])) from--;
  return [...before.slice(from).matchAll(/\S+/g)].map((w) => from + w.index).slice(-CORPORATE_WORDS);
}

/** The longest run of two or more words before the parenthesis, opening with a capital, that is a listed author part ("Институт речной гидрологии"). */
function listedWordsBefore(before: string, listed: ListedAuthor): { nameText: string; start: number } | null {
  for (const start of lastWordStarts(before).slice(0, -1)) {
    const nameText = before.slice(start).trimEnd();
    if (/^\p{Lu}/u.test(nameText) && listed(nameText)) return { nameText, start };
  }
  return null;
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
    const c = namedCandidate('narrative', { start: offset + names.start, end: offset + end }, line.slice(names.start, end), names.nameText, null, p[1]);
    if (undated(c)) out.push(c);
  }
  return out;
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
  return namedCandidate(kind, { start: offset + start, end: offset + end }, line.slice(start, end), nameText, year[1], locator);
}

/** The names right before ", Year" (looked for only where a comma and a year stand, so the scan stays cheap). */
const BARE_NAMES = new EndAnchored(
  String.raw`(?<![\p{L}-])(${NAME_WORD}(?:\s+${NAME_WORD})?(?:\s+(?:${AND_SOURCE})\s+${NAME_WORD}|\s+${ET_AL_SOURCE}))\s*$`,
  String.raw`(?<![\p{L}-])\p{Lu}`,
  String.raw`\s(?:(?:${AND_SOURCE})\s|${ET_AL_SOURCE})`,
  NO_NAME_HOLDS + ',',
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
