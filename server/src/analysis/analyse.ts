import { Citation, CitedPaper, Note, ReferenceEntry } from './model';
import { computeLineStarts, foldWords, lastStartingAt, Line, lineAt, splitLines } from './text';
import { findLayout, Layout } from './layout';
import { findReferences } from './references';
import { findNotes } from './notes';
import { withNumberedNoteBlocks } from './noteBlocks';
import { CitationCandidate } from './citations/candidate';
import { findParenthetical, readSegment } from './citations/parenthetical';
import { findNarrative } from './citations/narrative';
import { findNoteCalls } from './citations/noteCalls';
import { findNumeric } from './citations/numeric';
import { resolveAuthorDate, resolveNoteCall, resolveNumeric } from './resolve';
import { folded, foldCitation, nameFit, NameFit } from './nameMatch';
import { findAuthorPage } from './citations/authorPage';
import { listedWorks, WorkIndex } from './listedWorks';
import { findInNotes } from './citations/inNotes';

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
  const lineStarts = computeLineStarts(text);
  const lines = splitLines(text, lineStarts);
  const layout = findLayout(lines);
  return { text, lineStarts, lines, layout, references: findReferences(lines, layout), notes: withNumberedNoteBlocks(lines, layout, findNotes(lines, layout)) };
}

/** The second stage: every in-text citation and note call, resolved against the entries and notes. */
export function readCitations({ text, lineStarts, lines, layout, references, notes }: Structure): CitedPaper {
  const noteLines = new Set(notes.map((n) => lineAt(lineStarts, n.span.start)));

  const listedAuthors = new Set(references.map((e) => folded(e).whole).filter(Boolean));
  const listed = (nameText: string) => nameText.length < 200 && listedAuthors.has(foldWords(nameText));
  const candidates: CitationCandidate[] = [];
  for (const line of lines) {
    if (layout.inReferences[line.index] || line.text.length > MAX_SCANNED_LINE) continue;
    const source = SOURCE_LINE.exec(line.text);
    if (source) {
      let from = source[0].length;
      for (const part of line.text.slice(from).split(';')) {
        candidates.push(...readSegment(line.text, from, from + part.length, line.start, listed));
        from += part.length + 1;
      }
      continue;
    }
    candidates.push(...findParenthetical(line.text, line.start, listed));
    const narrative = findNarrative(line.text, line.start).filter((c) => namesAnAuthor(c, references));
    candidates.push(...narrative.filter((n) => !candidates.some((c) => overlaps(c, n))));
    if (references.some((e) => e.label !== null)) candidates.push(...findNumeric(line.text, line.start));
  }
  const noteNumbers = new Set(notes.map((n) => n.number).filter((n): n is number => n !== null));
  const labels = new Set(references.filter((e) => e.label !== null).map((e) => Number(e.label)));
  const calls = findNoteCalls(
    lines,
    (i) => !layout.inReferences[i] && !noteLines.has(i) && lines[i].text.length <= MAX_SCANNED_LINE,
    new Set([...noteNumbers, ...labels]),
  );
  // Superscript numbers in a paper with a numbered reference list and no such note cite the list (Nature, Vancouver).
  const callsCiteList = labels.size > 0 && noteNumbers.size === 0;
  for (const call of calls) {
    if (callsCiteList || (!noteNumbers.has(call.numbers[0]) && labels.has(call.numbers[0]))) call.kind = 'numeric';
  }
  candidates.push(...calls);
  const works = new WorkIndex(listedWorks(references));
  const bodyLine = (i: number) => !layout.inReferences[i] && !noteLines.has(i) && lines[i].text.length <= MAX_SCANNED_LINE;
  const authorPage = findAuthorPage(lines, bodyLine, works, candidates.filter((c) => c.year !== null).length);
  candidates.push(...notOverlapping([...authorPage.keys()], candidates));
  const lineOf = (offset: number) => lineAt(lineStarts, offset);
  const inNotes = new Map(findInNotes(notes, lines, lineOf, (i) => !layout.inReferences[i], works).map((n) => [n.candidate, n.entry]));
  // Inside a note, the work the note cites is read from the whole note: it replaces what the in-text readers found there.
  const inText = notOverlapping(candidates, [...inNotes.keys()]);
  candidates.splice(0, candidates.length, ...inText, ...inNotes.keys());
  candidates.sort((a, b) => a.span.start - b.span.start);

  const citations: Citation[] = candidates.map((c, id) => {
    const common = { id, span: c.span, text: c.text, names: c.names, year: c.year, number: c.numbers[0] ?? null, locator: c.locator };
    if (c.kind === 'footnote') return { ...common, kind: c.kind, ...resolveNoteCall(c, notes, lineOf) };
    const inNote = inNotes.get(c);
    if (inNote !== undefined) return { ...common, kind: c.kind, status: 'resolved', entries: [inNote], problem: null, suggestions: [] };
    return { ...common, kind: c.kind, ...(authorPage.get(c) ?? (c.kind === 'numeric' ? resolveNumeric(c, references) : resolveAuthorDate(c, references))) };
  });
  placeNotes(notes, lines.length, lineOf, layout.referenceBlocks.map((b) => b.heading));

  const isPaper =
    references.length > 0 || notes.length >= MIN_NOTES_OF_PAPER || citations.filter((c) => c.status === 'resolved').length >= MIN_RESOLVED_OF_PAPER;
  return { text, lineStarts, isPaper, sections: layout.sections, references, notes, citations };
}

/** A narrative citation must name an author of the reference list ("Central Asia (2001)" does not). */
function namesAnAuthor(c: CitationCandidate, references: ReferenceEntry[]): boolean {
  const cited = foldCitation(c);
  const last = cited.names[0]?.split(' ').pop();
  return references.some((e) => nameFit(c, e, cited) !== NameFit.None || (!!last && folded(e).surnames.includes(last)));
}

/** The `added` candidates that overlap none of `found`. */
function notOverlapping(added: CitationCandidate[], found: CitationCandidate[]): CitationCandidate[] {
  const sorted = [...found].sort((a, b) => a.span.start - b.span.start);
  return added.filter((c) => {
    const k = lastStartingAt(sorted, c.span.end - 1, (t) => t.span.start);
    return !(sorted.length && overlaps(sorted[k], c)) && !(k + 1 < sorted.length && overlaps(sorted[k + 1], c));
  });
}

function overlaps(a: CitationCandidate, b: CitationCandidate): boolean {
  return a.span.start < b.span.end && b.span.start < a.span.end;
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
