import { Citation, CitedPaper, Note, ReferenceEntry, Span, WorkCitation } from './model';
import { computeLineStarts, foldWords, lastStartingAt, Line, lineAt, splitLines } from './text';
import { findLayout, Layout } from './layout';
import { findReferences } from './references';
import { findNotes, noteLineSpread } from './notes';
import { withNumberedNoteBlocks } from './noteBlocks';
import { CitationCandidate } from './citations/candidate';
import { findParenthetical, readSegment } from './citations/parenthetical';
import { findBareAuthorYear, findNarrative, findUndatedNarrative } from './citations/narrative';
import { findFlatSuperscripts, findNumeric, findRoundNumbers, inCitationOrder, wordCounts } from './citations/numeric';
import { checkYearsOfYearlessWorks, entriesByLabel, NoteResolver, printsNoYear, resolveAuthorDate, resolveNumeric } from './resolve';
import { EntryIndex, folded, foldCitation, nameFit, NameFit } from './nameMatch';
import { bodyChunks, Chunk, findCallsInRunningText, originalSpan } from './bodyText';
import { isMarkdownCall } from './citations/noteCalls';
import { startingAtListedName } from './citations/listedStart';
import { followsSpeciesName } from './citations/taxonomy';
import { findAuthorPage } from './citations/authorPage';
import { listedWorks, WorkIndex } from './listedWorks';
import { findInNotes } from './citations/inNotes';
import { findKeyCitations } from './citations/keyCitations';
import { withNamesBefore } from './citations/namesBefore';
import { PARTICLES, PUBLISHER_WORD } from './conventions';
import { similarity } from './similarity';
import { EntrySuggester } from './suggest';
import { addUnder } from './listsByKey';
import { fitMemosTo } from './memo';

/** How alike a misspelt first author must be to the listed one (one letter in eight may differ). */
const NEAR_SPELLING = 0.85;
/** Lines longer than this are not scanned for citations (a 10 MB single line is data, not prose). */
const MAX_SCANNED_LINE = 200_000;
/** "Source: SCO 2023" under a table or figure. */
const SOURCE_LINE = /^\s*(?:\*?sources?\*?:)\s*/i;

/** Notes closer together than this many lines form one run (a block of endnotes). */
const NOTE_RUN_GAP = 4;
/** Endnotes end within this many lines of the reference list, or start in the last part of the text. */
const ENDNOTES_BEFORE_REFERENCES = 30;
const ENDNOTES_START_FRACTION = 0.6;
/** Without a reference list, a text is a paper when it has this many notes or resolved citations. */
const MIN_NOTES_OF_PAPER = 2;
const MIN_RESOLVED_OF_PAPER = 2;

/** The first stage: lines, headings and reference lists, the entries and the notes. */
export interface Structure {
  text: string;
  lineStarts: number[];
  lines: Line[];
  layout: Layout;
  references: ReferenceEntry[];
  notes: Note[];
}

export function readStructure(input: string): Structure {
  const text = input.charCodeAt(0) === 0xfeff ? ' ' + input.slice(1) : input;
  fitMemosTo(text.length);
  const lineStarts = computeLineStarts(text);
  const lines = splitLines(text, lineStarts);
  const layout = findLayout(lines);
  return { text, lineStarts, lines, layout, references: findReferences(lines, layout), notes: withNumberedNoteBlocks(lines, layout, findNotes(lines, layout)) };
}

/** The second stage: every in-text citation and note call, resolved against the entries and notes. */
export function readCitations(structure: Structure): CitedPaper {
  const { text, lineStarts, lines, layout, references, notes } = structure;
  const lookups = listLookups(references);
  const noteLines = noteLineSpread(lines, new Set(notes.map((n) => lineAt(lineStarts, n.span.start))));
  const bodyLine = (i: number) => !layout.inReferences[i] && !noteLines.has(i) && lines[i].text.length <= MAX_SCANNED_LINE;
  const { candidates, flat, round } = bodyCandidates(structure, lookups);
  const noteNumbers = new Set(notes.map((n) => n.number).filter((n): n is number => n !== null));
  const labels = new Set(references.filter((e) => e.label !== null).map((e) => Number(e.label)));
  candidates.push(...noteCalls(structure, bodyLine, noteNumbers, labels, citesInBrackets(candidates)));
  candidates.push(...superscriptsCitingTheList(flat, candidates, labels, noteNumbers));
  candidates.push(...superscriptsCitingTheList(round, candidates, labels, noteNumbers));
  const lineOf = (offset: number) => lineAt(lineStarts, offset);
  const inNotes = withNoteCitations(candidates, structure, lookups.index, bodyLine, lineOf);
  const citations = resolved(candidates, inNotes, structure, lookups, lineOf);
  checkYearsOfYearlessWorks(citations, references);
  placeNotes(notes, lines.length, lineOf, layout.referenceBlocks.map((b) => b.heading));

  // Notes make a paper only when the text calls them: numbered clauses under "Footnotes:" in a licence do not.
  const callsNotes = citations.some((c) => c.kind === 'footnote' && c.status === 'resolved');
  const isPaper =
    references.length > 0 ||
    (notes.length >= MIN_NOTES_OF_PAPER && callsNotes) ||
    citations.filter((c) => c.status === 'resolved').length >= MIN_RESOLVED_OF_PAPER;
  return { text, lineStarts, isPaper, sections: layout.sections, references, notes, citations, keyCitations: findKeyCitations(text), namesBibliography: false };
}

// The stages of `readCitations` are functions of their own: the engine then optimises each loop on its own, and
// a surprise in one (a paper without notes) recompiles only that one.

/** What the citation readers ask of the reference list. */
interface ListLookups {
  index: EntryIndex;
  /** The names are those of a listed entry's author part. */
  listed: (nameText: string) => boolean;
  byCoAuthors: Map<string, ReferenceEntry[]>;
  /** The citation gives no year because its entry prints none. */
  undated: (c: CitationCandidate) => boolean;
  numbered: boolean;
}

function listLookups(references: ReferenceEntry[]): ListLookups {
  const listedAuthors = new Set(references.map((e) => folded(e).whole).filter(Boolean));
  const index = new EntryIndex(references);
  // Only where the list prints an undated work with no mark (Springer) does a citation give none either.
  const unmarked = new Set(references.filter(printsNoYear));
  return {
    index,
    listed: (nameText) => nameText.length < 200 && listedAuthors.has(foldWords(nameText)),
    byCoAuthors: entriesByCoAuthors(references),
    undated: (c) => index.pool(c).some((e) => unmarked.has(e) && nameFit(c, e) !== NameFit.None),
    numbered: references.some((e) => e.label !== null),
  };
}

/** The citations of the body's running text, and the flattened superscripts and round numbers that may cite a numbered list. */
function bodyCandidates({ lines, layout }: Structure, lookups: ListLookups): { candidates: CitationCandidate[]; flat: CitationCandidate[]; round: CitationCandidate[] } {
  const candidates: CitationCandidate[] = [];
  const flat: CitationCandidate[] = [];
  const round: CitationCandidate[] = [];
  const chunks = bodyChunks(
    lines,
    (i) => !layout.inReferences[i] && lines[i].text.length <= MAX_SCANNED_LINE,
    (i) => layout.furniture[i],
    (i) => SOURCE_LINE.test(lines[i].text),
  );
  const counts = lookups.numbered ? wordCounts(chunks.map((c) => c.text)) : new Map<string, number>();
  for (const chunk of chunks) {
    const text = chunk.text;
    for (const c of chunkCandidates(text, lookups)) {
      if (c.kind === 'author-date' && followsSpeciesName(text, c.span.start) && !citesAListedWork(c, lookups.index)) continue;
      candidates.push(inOriginal(chunk, c));
    }
    if (lookups.numbered) {
      for (const c of findFlatSuperscripts(text, 0, counts)) flat.push(inOriginal(chunk, c));
      for (const c of findRoundNumbers(text, 0)) round.push(inOriginal(chunk, c));
    }
  }
  return { candidates, flat, round };
}

/** The citations of one chunk of running text, at offsets in the chunk. */
function chunkCandidates(text: string, { index, listed, byCoAuthors, undated, numbered }: ListLookups): CitationCandidate[] {
  const found: CitationCandidate[] = [];
  const source = SOURCE_LINE.exec(text);
  if (source) {
    let from = source[0].length;
    for (const part of text.slice(from).split(';')) {
      found.push(...readSegment(text, from, from + part.length, 0, listed));
      from += part.length + 1;
    }
    return found;
  }
  found.push(...findParenthetical(text, 0, listed, undated));
  // A reading widened to the names before it has been found to name an entry's authors already.
  const widened = (c: CitationCandidate) => withNamesBefore(c, text, (w) => listed(w.nameText) || namesFully(w, index, byCoAuthors));
  const narrative = findNarrative(text, 0, listed, (c) => {
    const wider = widened(c);
    return wider !== c || namesAnAuthor(c, index) || namesAnAuthorMisspelt(c, index) ? wider : null;
  });
  found.push(...withoutOverlaps(found, narrative));
  found.push(...withoutOverlaps(found, findUndatedNarrative(text, 0, undated)));
  const bare = findBareAuthorYear(text, 0).filter((c) => namesAnAuthor(c, index));
  found.push(...withoutOverlaps(found, bare));
  if (numbered) found.push(...findNumeric(text, 0));
  return found;
}

/** Note calls of the running text, numeric where they cite a numbered list. */
function noteCalls({ lines, layout }: Structure, bodyLine: (i: number) => boolean, noteNumbers: Set<number>, labels: Set<number>, bracketed: boolean): CitationCandidate[] {
  // A Markdown mark "[^3]" with no "[^3]:" note is literal text.
  const calls = findCallsInRunningText(lines, bodyLine, (i) => layout.furniture[i], new Set([...noteNumbers, ...labels])).filter(
    (c) => !isMarkdownCall(c.text) || noteNumbers.has(c.numbers[0]),
  );
  // Superscript numbers in a paper with a numbered reference list and no such note cite the list (Nature, Vancouver).
  const callsCiteList = labels.size > 0 && noteNumbers.size === 0;
  for (const call of calls) {
    if (isMarkdownCall(call.text)) continue;
    if (callsCiteList || (!noteNumbers.has(call.numbers[0]) && labels.has(call.numbers[0]))) call.kind = 'numeric';
  }
  // A paper citing its list in square brackets and with no notes calls nothing by bare digits ("Ann Lee3" is an affiliation).
  return calls.filter((c) => !(bracketed && noteNumbers.size === 0 && /^\d+$/.test(c.text)));
}
/**
 * Adds the citations read inside notes and the author-page citations of a list of works to `candidates` (in text
 * order), dropping what the in-text readers found where those are; answers the entry of each note citation and the
 * resolution of each author-page citation.
 */
function withNoteCitations(
  candidates: CitationCandidate[],
  { lines, layout, references, notes }: Structure,
  index: EntryIndex,
  bodyLine: (i: number) => boolean,
  lineOf: (offset: number) => number,
): { inNotes: Map<CitationCandidate, number>; authorPage: Map<CitationCandidate, WorkResolution> } {
  const works = new WorkIndex(listedWorks(references));
  const authorPage = findAuthorPage(lines, bodyLine, works, candidates.filter((c) => c.year !== null).length);
  candidates.push(...withoutOverlaps(candidates, [...authorPage.keys()]));
  const noteCitations = findInNotes(notes, lines, lineOf, (i) => !layout.inReferences[i], (i) => layout.furniture[i], works);
  const inNotes = new Map(noteCitations.map((n) => [n.candidate, n.entry]));
  // Inside a note, the work the note cites is read from the whole note: it replaces what the in-text readers found there,
  // and a bracket of theirs elsewhere in that note that names no listed author is its publication details ("(Dock Press, 2004)").
  const outsideReadNotes = new Set(withoutOverlaps(noteCitations.map((n) => ({ span: n.note })), candidates));
  // Anywhere, a bracket that names a publisher and no listed author is publication details ("Cambridge University Press, 2002").
  const publisherOnly = (c: CitationCandidate) => c.kind === 'author-date' && c.names.some((n) => PUBLISHER_WORD.test(n)) && !namesAnAuthor(c, index);
  const inText = withoutOverlaps([...inNotes.keys()], candidates).filter(
    (c) => (outsideReadNotes.has(c) || c.kind !== 'author-date' || namesAnAuthor(c, index)) && !publisherOnly(c),
  );
  candidates.splice(0, candidates.length, ...inText, ...inNotes.keys());
  candidates.sort((a, b) => a.span.start - b.span.start);
  return { inNotes, authorPage };
}

/** Each candidate as a citation, resolved against the notes or the reference list. */
function resolved(
  candidates: CitationCandidate[],
  { inNotes, authorPage }: { inNotes: Map<CitationCandidate, number>; authorPage: Map<CitationCandidate, WorkResolution> },
  { text, references, notes }: Structure,
  { index }: ListLookups,
  lineOf: (offset: number) => number,
): Citation[] {
  let suggester: EntrySuggester | null = null;
  // The entries of the cited year first: they decide unless the year is not the listed one.
  const resolveByName = (c: CitationCandidate) => {
    const found = resolveAuthorDate(c, index.poolOfYear(c), () => []);
    return found.status === 'unresolved' ? resolveAuthorDate(c, index.pool(c), (u) => (suggester ??= new EntrySuggester(references)).suggest(u)) : found;
  };
  const noteResolver = new NoteResolver(notes, lineOf);
  const byLabel = entriesByLabel(references);
  return candidates.map((c, id) => {
    if (c.kind === 'footnote') {
      const r = noteResolver.resolve(c);
      return Object.assign(commonOf(c, id), { kind: c.kind, status: r.status, notes: r.notes, problem: r.problem, suggestions: r.suggestions });
    }
    const inNote = inNotes.get(c);
    const r: WorkResolution = inNote !== undefined ? resolvedTo(inNote) : (authorPage.get(c) ?? (c.kind === 'numeric' ? resolveNumeric(c, byLabel) : resolveByName(c)));
    const cited: WorkCitation = Object.assign(commonOf(c, id), { kind: c.kind, status: r.status, entries: r.entries, problem: r.problem, suggestions: r.suggestions });
    if (r.rangeEnds) cited.rangeEnds = r.rangeEnds;
    return cited.status === 'resolved' && cited.entries.length === 1 ? startingAtListedName(cited, references[cited.entries[0]], text) : cited;
  });
}

/** What every citation has, whatever it cites (built field by field: spreading one object into another is slow). */
function commonOf(c: CitationCandidate, id: number) {
  return { id, span: c.span, text: c.text, names: c.names, year: c.year, number: c.numbers[0] ?? null, locator: c.locator };
}

type WorkResolution = Pick<WorkCitation, 'status' | 'entries' | 'problem' | 'suggestions' | 'rangeEnds'>;

function resolvedTo(entry: number): WorkResolution {
  return { status: 'resolved', entries: [entry], problem: null, suggestions: [] };
}

/** A candidate found in a chunk, at its offsets in the original text. */
function inOriginal(chunk: Chunk, c: CitationCandidate): CitationCandidate {
  const span = originalSpan(chunk, c.span.start, c.span.end);
  if (!c.rangeEnds) return { ...c, span };
  return { ...c, span, rangeEnds: c.rangeEnds.map((end) => ({ ...end, span: originalSpan(chunk, end.span.start, end.span.end) })) };
}

/** A narrative citation must name an author of the reference list ("Central Asia (2001)" does not). */
function namesAnAuthor(c: CitationCandidate, index: EntryIndex): boolean {
  const cited = foldCitation(c);
  const last = cited.names[0]?.split(' ').pop();
  return (!!last && index.hasSurname(last)) || index.pool(c, cited).some((e) => nameFit(c, e, cited) !== NameFit.None);
}

/** A narrative citation may misspell the first author: "Ekdhal (2004)" still names "Ekdahl" (and is flagged for it). */
function namesAnAuthorMisspelt(c: CitationCandidate, index: EntryIndex): boolean {
  const first = foldCitation(c).names[0];
  return !!first && index.hasNearSurname(first);
}

/** The names and the year are a listed work's (a taxonomic authority, "R. montana (Lund, 1966)", is not unless listed so). */
function citesAListedWork(c: CitationCandidate, index: EntryIndex): boolean {
  return resolveAuthorDate(c, index.pool(c), () => []).status !== 'unresolved';
}

/**
 * The names are all the authors of some entry, the first as the entry writes it or with particles before it ("Van den
 * Broeck" for "Broeck, P. Van den"; "As Ravel" is no "Ravel"), or misspelt a little when the co-authors after it are the
 * entry's own ("Oberhas, Lind" for "Oberhaus, Lind").
 */
function namesFully(c: CitationCandidate, index: EntryIndex, byCoAuthors: Map<string, ReferenceEntry[]>): boolean {
  const cited = foldCitation(c);
  const first = cited.names[0] ?? '';
  const sameFirst = (surname: string) =>
    first === surname || (first.endsWith(' ' + surname) && first.slice(0, -surname.length - 1).split(' ').every((w) => PARTICLES.includes(w)));
  if (index.pool(c, cited).some((e) => sameFirst(folded(e).surnames[0] ?? '') && nameFit(c, e, cited) === NameFit.Full)) return true;
  if (cited.names.length < 2) return false;
  const misspelt = byCoAuthors.get(cited.names.slice(1).join('|')) ?? [];
  return misspelt.some((e) => similarity(first, folded(e).surnames[0]) >= NEAR_SPELLING);
}

/** Entries of several authors by their co-authors after the first, folded and joined. */
function entriesByCoAuthors(references: ReferenceEntry[]): Map<string, ReferenceEntry[]> {
  const map = new Map<string, ReferenceEntry[]>();
  for (const e of references) {
    const surnames = folded(e).surnames;
    if (surnames.length < 2 || e.etAl) continue;
    addUnder(map, surnames.slice(1).join('|'), e);
  }
  return map;
}

/**
 * Flattened superscripts (or numbers in round brackets) cite the numbered list in a paper that
 * cites it by no square brackets and has no numbered notes (Vancouver), when together they cite a
 * fair part of the list; numbers past the list's end must follow the order of first citation.
 */
function superscriptsCitingTheList(flat: CitationCandidate[], found: CitationCandidate[], labels: Set<number>, noteNumbers: Set<number>): CitationCandidate[] {
  if (labels.size === 0 || noteNumbers.size > 0) return [];
  if (citesInBrackets(found)) return [];
  const highestLabel = Math.max(...labels);
  const ordered = inCitationOrder(flat, highestLabel, Math.ceil(highestLabel / 2));
  // They must cite a fair part of the list, as a paper's citations do; a stray "area51" does not.
  const distinct = new Set(ordered.flatMap((c) => c.numbers).filter((n) => labels.has(n)));
  if (distinct.size < Math.min(3, labels.size) || distinct.size < labels.size * 0.3) return [];
  return withoutOverlaps(found, ordered);
}

/** The paper cites its numbered list in square brackets ("[4]") more than by chance. */
function citesInBrackets(found: CitationCandidate[]): boolean {
  return found.filter((c) => c.kind === 'numeric' && c.text.startsWith('[')).length >= 3;
}

/** The `extra` candidates that overlap none of `found` (found sorted once, each looked up by binary search). */
function withoutOverlaps<T extends { span: Span }>(found: Array<{ span: Span }>, extra: T[]): T[] {
  if (found.length === 0) return extra;
  const taken = [...found].sort((a, b) => a.span.start - b.span.start);
  // The furthest end among the spans starting at or before each one, so a long span is not missed.
  const reach: number[] = [];
  taken.forEach((t, k) => reach.push(Math.max(t.span.end, k ? reach[k - 1] : -1)));
  return extra.filter((c) => {
    if (taken[0].span.start >= c.span.end) return true;
    const k = lastStartingAt(taken, c.span.end - 1, (t) => t.span.start);
    return reach[k] <= c.span.start;
  });
}

/** Notes after the last stretch of body text (or just before the reference list) are endnotes. */
function placeNotes(notes: Note[], lineCount: number, lineOf: (o: number) => number, referenceHeadings: number[]): void {
  const tailStart = Math.min(lineCount, ...referenceHeadings);
  const lastNote = notes.length ? lineOf(notes[notes.length - 1].span.start) : 0;
  let runStart = lastNote;
  for (let i = notes.length - 1; i > 0; i--) {
    const gap = lineOf(notes[i].span.start) - lineOf(notes[i - 1].span.start);
    if (gap > NOTE_RUN_GAP) break;
    runStart = lineOf(notes[i - 1].span.start);
  }
  for (const note of notes) {
    const line = lineOf(note.span.start);
    note.placement = line >= runStart && (lastNote > tailStart - ENDNOTES_BEFORE_REFERENCES || runStart > lineCount * ENDNOTES_START_FRACTION) ? 'endnote' : 'footnote';
  }
}
