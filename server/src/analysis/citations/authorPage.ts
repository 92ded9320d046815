/**
 * Author-page citations (MLA): "(Okafor 23)", "(Okafor and Lind 45–47)", "(Okafor et al. 112)",
 * "(Okafor, Short Title 12)" when the author has several works, "(Agency Name)", "(Okafor)". A parenthesis
 * segment is one when its text is the listed authors of an entry (as the style cites them), optionally a short
 * title, optionally pages. Names that match no entry are a citation only in a paper that cites its list this way,
 * when they read as names and carry pages or a title, or spell an entry's authors nearly.
 */
import { DiagnosticCode } from '../diagnosticCodes';
import { EntrySuggestion, WorkCitation } from '../model';
import { Line, foldWords } from '../text';
import { similarity } from '../similarity';
import { AND_SOURCE, ET_AL_SOURCE } from '../conventions';
import { byTitle, citedKey, ListedWork, sameFamily, WorkIndex, workKey } from '../listedWorks';
import { entryLabel } from '../suggest';
import { CITATION_PREFIX, isAuthorPart } from './authorNames';
import { CitationCandidate } from './candidate';

export type WorkResolution = Pick<WorkCitation, 'status' | 'entries' | 'problem' | 'suggestions'>;

/** Longest parenthesis read, and how far into the next line one may run. */
const MAX_GROUP = 300;
/** Pages at the end of a segment: "23", "45–47", "12, 19", "pp. 3-4". */
const PAGES = /(?:^|[\s,])((?:pp?\.\s*)?\d{1,4}(?:\s*[-–]\s*\d{1,4})?(?:\s*,\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?)*)\s*$/;
/** A year in a segment makes it author-date, not author-page. */
const YEAR = /(?<![\d])(?:1[5-9]\d\d|20\d\d)[a-z]?(?!\d)/;
const ET_AL_AT_END = new RegExp(String.raw`[\s,]+${ET_AL_SOURCE}\s*$`, 'iu');
const NAMES_TO_ET_AL = new RegExp(String.raw`^[^,]+(?:,\s*[^,]+){0,3}?,?\s+${ET_AL_SOURCE}`, 'iu');
const TWO_NAMES = new RegExp(String.raw`^(.+?)\s+(${AND_SOURCE})\s+(\S.*)$`, 'u');
/** How close a spelling must be to be offered as what was meant (offered ones are a near spelling, so preferred). */
const NEAR_SPELLING = 0.7;
const QUOTES = /^[\s“‘«„"'*_]+|[\s”’»“"'*_.,]+$/g;
/** Words of an unknown author cited with pages ("Okafor 12", "National Water Board 3"). */
const MAX_UNKNOWN_NAME_WORDS = 4;
/** Resolved author-page citations a paper must have before names that match nothing are reported. */
const MIN_RESOLVED = 2;

interface Piece {
  text: string;
  /** Offsets in the document of each character of `text`. */
  at: (i: number) => number;
}

/** Lines a parenthesis may run over. */
const MAX_GROUP_LINES = 3;

/** The parenthesised groups of the lines read, a group left open at a line end continued on the next lines. */
function groups(lines: Line[], include: (line: number) => boolean): Piece[] {
  const out: Piece[] = [];
  for (const line of lines) {
    if (!include(line.index)) continue;
    const text = line.text;
    for (let open = text.indexOf('('); open !== -1; open = text.indexOf('(', open + 1)) {
      const close = text.slice(open + 1).search(/[()]/);
      if (close !== -1) {
        if (text[open + 1 + close] === ')') out.push(piece(text, line.start, open + 1, open + 1 + close));
        continue;
      }
      if (text.length - open > MAX_GROUP) continue;
      // Over a line end: "Blackwood-⏎Fenn" keeps its hyphen (the reading tries it without); other line breaks are a space.
      let joined = text.slice(open + 1);
      const starts: Array<{ at: number; offset: number }> = [{ at: 0, offset: line.start + open + 1 }];
      for (let k = 1; k < MAX_GROUP_LINES && joined.length <= MAX_GROUP; k++) {
        const next = lines[line.index + k];
        if (!next || !include(next.index)) break;
        if (!/-$/.test(joined)) joined += ' ';
        starts.push({ at: joined.length, offset: next.start });
        const end = next.text.search(/[()]/);
        if (end === -1) {
          joined += next.text;
          continue;
        }
        if (next.text[end] === ')') {
          joined += next.text.slice(0, end);
          out.push({ text: joined, at: (i) => offsetIn(starts, i) });
        }
        break;
      }
    }
  }
  return out;
}

function offsetIn(starts: Array<{ at: number; offset: number }>, i: number): number {
  let k = starts.length - 1;
  while (k > 0 && starts[k].at > i) k--;
  return starts[k].offset + i - starts[k].at;
}

function piece(text: string, lineStart: number, from: number, to: number): Piece {
  return { text: text.slice(from, to), at: (i) => lineStart + from + i };
}

interface Reading {
  candidate: CitationCandidate;
  names: string;
  title: string | null;
}

/** One "Names[, Title][ pages]" segment, or null. */
function readSegment(p: Piece, from: number, to: number): Reading | null {
  const raw = p.text.slice(from, to);
  if (YEAR.test(raw)) return null;
  const lead = raw.length - raw.trimStart().length;
  const prefix = CITATION_PREFIX.exec(raw.slice(lead));
  const start = lead + (prefix ? prefix[0].length : 0);
  let body = raw.slice(start).replace(/\s+$/, '');
  const pages = PAGES.exec(body);
  const locator = pages ? pages[1] : null;
  if (pages) body = body.slice(0, pages.index).replace(/[\s,]+$/, '');
  if (!body) return null;
  // The names run to the first comma, or past commas to an "et al." ("Okafor, Lind, et al.").
  const etAl = NAMES_TO_ET_AL.exec(body);
  const comma = etAl ? etAl[0].length : body.search(/,\s/);
  const names = (comma === -1 ? body : body.slice(0, comma)).trim();
  const title = comma === -1 ? null : body.slice(comma).replace(/^,/, '').replace(QUOTES, '') || null;
  if (!names || names.length > 100 || !/^(?:\p{Ll}{1,3}\s+){0,2}\p{Lu}/u.test(names)) return null;
  const end = from + start + (pages ? pages.index + pages[0].length : body.length);
  const spanEnd = p.at(end - 1) + 1;
  const text = p.text.slice(from + start, end);
  return {
    names,
    title,
    candidate: {
      kind: 'author-date',
      span: { start: p.at(from + start), end: spanEnd },
      text,
      nameText: names,
      names: [names],
      etAl: ET_AL_AT_END.test(names),
      year: null,
      yearText: null,
      numbers: [],
      locator,
    },
  };
}

interface CitedAuthors {
  families: string[];
  etAl: boolean;
}

/**
 * What cited names may stand for, in order: two names joined by an "and" word (else "Mendonça and Akgündüz" would
 * read as one name ending in "Akgündüz"), the whole text as one name (a corporate author), or names before "et al."
 * ("Okafor, Lind, et al." when two works share a first author).
 */
function readingsOf(names: string): CitedAuthors[] {
  const out: CitedAuthors[] = [];
  for (const text of /-\p{Ll}/u.test(names) ? [names, names.replace(/-(?=\p{Ll})/gu, '')] : [names]) {
    const etAl = ET_AL_AT_END.exec(text);
    if (etAl) {
      out.push({ families: text.slice(0, etAl.index).split(/\s*,\s*/).map(foldWords).filter(Boolean), etAl: true });
      continue;
    }
    const two = TWO_NAMES.exec(text);
    if (two) out.push({ families: [foldWords(two[1]), foldWords(two[3])], etAl: false });
    out.push({ families: [foldWords(text)], etAl: false });
  }
  return out;
}

function fits(cited: CitedAuthors, work: ListedWork): boolean {
  if (cited.etAl !== work.many) return false;
  if (!cited.etAl && cited.families.length !== work.families.length) return false;
  return cited.families.every((f, i) => i < work.families.length && sameFamily(f, work.families[i]));
}

function worksCited(names: string, index: WorkIndex): ListedWork[] | null {
  for (const cited of readingsOf(names)) {
    const works = (index.byFamilyWord.get(cited.families[0].split(' ').pop()!) ?? []).filter((w) => fits(cited, w));
    if (works.length) return works;
  }
  return null;
}

/** The keys cited names may stand for, for comparing spellings. */
function keysOf(names: string): string[] {
  return readingsOf(names).map((r) => citedKey(r.families, r.etAl));
}

function resolved(entries: number[]): WorkResolution {
  return { status: 'resolved', entries, problem: null, suggestions: [] };
}

/** `preferred`: the fix can be trusted (a near spelling of the cited names). */
function suggestion(reading: Reading, work: ListedWork, preferred: boolean): EntrySuggestion {
  const connector = TWO_NAMES.exec(reading.names)?.[2] ?? 'and';
  const names = work.many ? `${work.names[0]} et al.` : work.names.slice(0, 2).join(` ${connector} `);
  return { entry: work.entry.id, replacement: reading.candidate.text.replace(reading.names, names), label: entryLabel(work.entry), preferred };
}

function resolve(reading: Reading, index: WorkIndex): WorkResolution | null {
  const works = worksCited(reading.names, index);
  if (works) {
    const titled = reading.title ? byTitle(works, reading.title) : works;
    if (titled.length === 1) return resolved([titled[0].entry.id]);
    const pool = titled.length ? titled : works;
    const problem = titled.length ? DiagnosticCode.AmbiguousCitation : DiagnosticCode.UnresolvedCitation;
    return { status: titled.length ? 'ambiguous' : 'unresolved', entries: titled.map((w) => w.entry.id), problem, suggestions: pool.map((w) => suggestion(reading, w, false)) };
  }
  return null;
}

/** Works whose authors are a near spelling of the cited names, the nearest first. */
function nearSpellings(reading: Reading, index: WorkIndex): EntrySuggestion[] {
  const keys = keysOf(reading.names);
  const first = foldWords(reading.names.replace(ET_AL_AT_END, '').split(TWO_NAMES_SPLIT)[0]);
  return index
    .near(first)
    .map((w) => ({ w, score: Math.max(...keys.map((k) => similarity(k, workKey(w)))) }))
    .filter((s) => s.score >= NEAR_SPELLING)
    .sort((a, b) => b.score - a.score)
    .map((s) => suggestion(reading, s.w, true));
}
const TWO_NAMES_SPLIT = new RegExp(String.raw`\s+${AND_SOURCE}\s+`, 'u');

/**
 * Author-page citations of the lines read, each with its resolution: in a paper that cites more works this way
 * than by author and year (`datedCitations`), as a paper keeps to one style.
 */
export function findAuthorPage(
  lines: Line[],
  include: (line: number) => boolean,
  index: WorkIndex,
  datedCitations: number,
): Map<CitationCandidate, WorkResolution> {
  const found = new Map<CitationCandidate, WorkResolution>();
  if (index.byKey.size === 0) return found;
  const unmatched: Reading[] = [];
  let resolvedCount = 0;
  for (const p of groups(lines, include)) {
    let from = 0;
    for (let i = 0; i <= p.text.length; i++) {
      if (i < p.text.length && p.text[i] !== ';') continue;
      const reading = readSegment(p, from, i);
      from = i + 1;
      if (!reading) continue;
      const resolution = resolve(reading, index);
      if (resolution) {
        found.set(reading.candidate, resolution);
        if (resolution.status === 'resolved') resolvedCount++;
      } else unmatched.push(reading);
    }
  }
  if (resolvedCount < MIN_RESOLVED || resolvedCount <= datedCitations) return new Map();
  for (const reading of unmatched) {
    const suggestions = nearSpellings(reading, index);
    const readsAsNames = isAuthorPart(reading.names) && reading.candidate.locator !== null && reading.title === null && reading.names.split(/\s+/).length <= MAX_UNKNOWN_NAME_WORDS;
    if (!suggestions.length && !readsAsNames) continue;
    found.set(reading.candidate, { status: 'unresolved', entries: [], problem: DiagnosticCode.UnresolvedCitation, suggestions });
  }
  return found;
}
