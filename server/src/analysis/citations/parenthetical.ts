import { YEAR_SOURCE } from '../years';
import { CITATION_PREFIX, isAuthorPart } from './authorNames';
import { CitationCandidate } from './candidate';
import { namedCandidate } from './namedCandidate';
import { PARTICLE_SOURCE, QUOTED_FROM_SOURCE } from '../conventions';

/** Longest parenthetical group examined; longer ones are prose, not citations. */
const MAX_GROUP = 600;
/** "Name[,] Year" at the end of a segment's author part, then what may follow the year. */
const YEAR_IN_SEGMENT = new RegExp(String.raw`(?:^|[\s,])(${YEAR_SOURCE})(?=$|[\s,:;)])`, 'gi');
const AFTER_YEAR = /^\s*(?:$|[,:]\s*|pp?\.|at\s)/i;
/** ",b" after "2012a". */
const MORE_LETTERS = /^\s*,\s*([a-z])(?=$|[\s,;:)])/;
/** "(see Havel et al., 2007 for the protocol)": after "Names, Year" the aside may go on in words. */
const WORDS_AFTER_YEAR = /^\s+\p{Ll}/u;
/** ", 2012a" right after a cited year. */
const MORE_YEARS = new RegExp(String.raw`^\s*,\s*(${YEAR_SOURCE})(?=$|[\s,:;)])`, 'i');

const LOWER_LEAD = new RegExp(String.raw`^(?:(?!${PARTICLE_SOURCE}\s)\p{Ll}[\p{Ll}.]*,?\s+){1,4}(?=\p{Lu})`, 'u');

/** Whether the reference list has an entry whose whole author part (or title) reads as `nameText`. */
export type ListedAuthor = (nameText: string) => boolean;
/** Whether the names of a citation without a year fit an undated entry of the list. */
export type UndatedAuthor = (candidate: CitationCandidate) => boolean;
const NONE_UNDATED: UndatedAuthor = () => false;

/** "Lund et al.", "Lund, p. 12", "Lund und Moe, S. 3–5": names with no year, perhaps a page after them. */
const NAMES_WITHOUT_YEAR = /^(\s*)([^\d,]+?(?:,\s*[^\d,]+?)*?)\s*(?:,\s*(\p{L}{1,5}\.?\s*\d+(?:\s*[-–]\s*\d+)?))?\s*$/u;

/** Deepest nesting of parentheses tracked; deeper openers are dropped, oldest first. */
const MAX_DEPTH = 32;
/** The brackets are found by a regex: the engine scans a line for them faster than a loop over its characters. */
const BRACKET = /[()[\]]/g;

/**
 * Parenthetical citations in one line: "(Dodlova & Lucas, 2021, p. 2; Aris 2009a: 451)". Every
 * closed group is read, inner ones first, so an aside left open does not hide the citations in it.
 */
export function findParenthetical(line: string, offset: number, listed: ListedAuthor, undated: UndatedAuthor = NONE_UNDATED): CitationCandidate[] {
  const out: CitationCandidate[] = [];
  const opens: number[] = [];
  const squareOpens: number[] = [];
  BRACKET.lastIndex = 0;
  for (let b = BRACKET.exec(line); b; b = BRACKET.exec(line)) {
    const i = b.index;
    const ch = line.charCodeAt(i);
    if (ch === 40 /* ( */) {
      if (opens.length === MAX_DEPTH) opens.shift();
      opens.push(i);
    } else if (ch === 41 /* ) */ && opens.length) {
      const open = opens.pop()!;
      if (i - open <= MAX_GROUP) readGroup(line, open + 1, i, offset, listed, undated, out);
    } else if (ch === 91 /* [ */) {
      // Square brackets hold citations inside a parenthesis, and some styles use them throughout.
      if (squareOpens.length === MAX_DEPTH) squareOpens.shift();
      squareOpens.push(i);
    } else if (ch === 93 /* ] */ && squareOpens.length) {
      const open = squareOpens.pop()!;
      if (i - open <= MAX_GROUP && !/^\s*[\d,;\s–-]*$/.test(line.slice(open + 1, i))) readGroup(line, open + 1, i, offset, listed, undated, out);
    }
  }
  // An outer group may read again a citation found in an inner one: keep the first of overlapping spans.
  out.sort((a, b) => a.span.start - b.span.start);
  let reach = -1;
  return out.filter((c) => {
    if (c.span.start < reach) return false;
    reach = c.span.end;
    return true;
  });
}

/** "apud" and its kin between two works: "(Silva, 2010 apud Souza, 2012)" cites both. */
const QUOTED_FROM = new RegExp(String.raw`\s${QUOTED_FROM_SOURCE}\s`, 'iuy');

/** Segments of a group split by ";" (or "apud"), each read as one citation (or none). */
function readGroup(line: string, from: number, to: number, offset: number, listed: ListedAuthor, undated: UndatedAuthor, out: CitationCandidate[]): void {
  let start = from;
  for (let i = from; i <= to; i++) {
    QUOTED_FROM.lastIndex = i;
    const quoted = i < to && line.charCodeAt(i) === 32 && QUOTED_FROM.test(line) && QUOTED_FROM.lastIndex <= to ? QUOTED_FROM.lastIndex : -1;
    if (i === to || line[i] === ';' || quoted !== -1) {
      let found = readSegment(line, start, i, offset, listed);
      // ABNT names the authors of one work in segments of their own: only the last one (or one with a page) cites alone.
      if (found.length === 0) found = readUndated(line, start, i, offset, undated, i === to);
      out.push(...found);
      if (quoted !== -1) {
        start = quoted;
        i = quoted - 1;
        continue;
      }
      // ABNT separates the authors of one work by semicolons: "(Moura; Lima, 2021)". A segment
      // of names without a year runs on into the next one.
      if (found.length > 0 || i === to || !isAuthorPart(line.slice(start, i)) || YEAR_ANYWHERE.test(line.slice(start, i))) start = i + 1;
    }
  }
}

const YEAR_ANYWHERE = /\d{4}/;

/**
 * "(Lund et al.)", "(Moe, p. 12)": names with no year cite an undated work when the list has one by them, as Springer
 * prints an undated work with no mark in the citation either.
 */
function readUndated(line: string, from: number, to: number, offset: number, undated: UndatedAuthor, last: boolean): CitationCandidate[] {
  const m = NAMES_WITHOUT_YEAR.exec(line.slice(from, to));
  if (!m || !(last || m[3]) || !isAuthorPart(m[2])) return [];
  const start = from + m[1].length;
  const c = namedCandidate('author-date', { start: offset + start, end: offset + start + m[2].length }, m[2], m[2], null, m[3] ?? null);
  return undated(c) ? [c] : [];
}

/**
 * One "Names[,] Year[, locator]" segment between `from` and `to` in `line`. The names must read as
 * authors, or be a listed entry's author part or title ("Annual report on inland navigation").
 */
export function readSegment(line: string, from: number, to: number, offset: number, listed: ListedAuthor): CitationCandidate[] {
  const segment = line.slice(from, to);
  const lead = segment.length - segment.trimStart().length;
  const prefix = CITATION_PREFIX.exec(segment.slice(lead));
  let nameStart = lead + (prefix ? prefix[0].length : 0);
  // "(reviewed in Havel et al. 2003)": small words before the names introduce them (particles excepted: "de Wael 2008").
  const lowerLead = LOWER_LEAD.exec(segment.slice(nameStart));
  if (lowerLead) nameStart += lowerLead[0].length;
  YEAR_IN_SEGMENT.lastIndex = nameStart;
  for (let m = YEAR_IN_SEGMENT.exec(segment); m; m = YEAR_IN_SEGMENT.exec(segment)) {
    const yearStart = m.index + m[0].length - m[1].length;
    const nameText = segment.slice(nameStart, yearStart).replace(/[\s,]+$/, '');
    const after = segment.slice(yearStart + m[1].length);
    const commaBefore = /,\s*$/.test(segment.slice(nameStart, yearStart));
    if (!(AFTER_YEAR.test(after) || (commaBefore && WORDS_AFTER_YEAR.test(after)))) continue;
    if (!(isAuthorPart(nameText) || listed(nameText))) {
      // "(Quercus robur, Havel et al. 2009)": the names after a descriptive phrase.
      const tail = /,\s+([^,]+)$/.exec(nameText);
      if (!tail || !isAuthorPart(tail[1])) continue;
      return readSegment(line, from + (nameText.length - tail[1].length) + nameStart, to, offset, listed);
    }
    const cite = (start: number, yearText: string, yearEnd: number, rest: string): CitationCandidate =>
      namedCandidate('author-date', { start: offset + from + start, end: offset + from + yearEnd }, segment.slice(start, yearEnd), nameText, yearText, rest.replace(/^[\s,:]+/, '').trim() || null);
    const out = [cite(nameStart, m[1], yearStart + m[1].length, after)];
    // "(Smith, 2010, 2012a)": more years of the same authors; "2012a,b": more letters of the same year.
    let at = yearStart + m[1].length;
    let last = m[1];
    for (;;) {
      const rest = segment.slice(at);
      const more = MORE_YEARS.exec(rest);
      const letter = /^\d{4}[a-z]$/.test(last) ? MORE_LETTERS.exec(rest) : null;
      if (more) {
        const start = at + more[0].length - more[1].length;
        at = start + more[1].length;
        last = more[1];
        out.push(cite(start, more[1], at, segment.slice(at)));
      } else if (letter) {
        const start = at + letter[0].length - 1;
        at = start + 1;
        const c = cite(start, last.slice(0, 4) + letter[1], at, segment.slice(at));
        out.push({ ...c, yearText: letter[1] });
      } else break;
    }
    return out;
  }
  return [];
}
