import { Citation, CitedPaper, Span } from './model';
import { DiagnosticCode } from './diagnosticCodes';
import { suggestedTargetsOf } from './targets';
import { lineAt } from './text';
import { entryLabel } from './suggest';

export interface Finding {
  code: DiagnosticCode;
  span: Span;
  message: string;
  /** The citation the finding is about, when there is one (quick fixes read its suggestions). */
  citation: number | null;
  related: Array<{ span: Span; message: string }>;
}

/** Below this many recognised author-date or numeric citations, uncited entries are not worth a hint. */
const MIN_CITATIONS_FOR_UNUSED = 5;

/** A citation as a message names it: "Marsh & Tully 2016", "[4]", "note call 3". */
export function describeCitation(c: Citation): string {
  if (c.kind === 'footnote') return `note call ${c.number}`;
  if (c.kind === 'numeric') return `[${c.text.replace(/[[\]]/g, '')}]`;
  return `${c.names.join(c.names.length === 2 ? ' & ' : ', ') || c.text}${c.year ? ' ' + c.year : ''}`;
}

/** How a message names the list a citation is read against: the paper's own reference list, or the reader's library. */
export interface ListWording {
  missing: string;
  notListed: string;
  listHas: string;
  entries: string;
}

export const REFERENCE_LIST: ListWording = { missing: 'No entry for', notListed: ' in the reference list', listHas: 'the reference list has', entries: 'entries' };
export const READERS_LIBRARY: ListWording = { missing: 'No work in your library by', notListed: '', listHas: 'it has', entries: 'works of your library' };

/** What is wrong with a citation, in words; null when nothing is. */
export function citationMessage(c: Citation, list: ListWording = REFERENCE_LIST): string | null {
  const best = c.suggestions[0];
  const labels = c.suggestions.map((s) => s.label).join('; ');
  switch (c.problem) {
    case DiagnosticCode.UnresolvedCitation:
      return best ? `${list.missing} ${describeCitation(c)} — did you mean ${best.label}?` : `${list.missing} ${describeCitation(c)}${list.notListed}.`;
    case DiagnosticCode.YearMismatch:
      return `${list.missing} ${describeCitation(c)} — ${list.listHas} ${labels}.`;
    case DiagnosticCode.AmbiguousCitation:
      return `${describeCitation(c)} matches ${c.suggestions.length} ${list.entries}: ${labels}. Add the year's letter.`;
    case DiagnosticCode.MissingNote:
      return best ? `No note numbered ${c.number} — ${best.label} sits where note ${c.number} would be; it may have lost its number.` : `No note numbered ${c.number}.`;
    default:
      return null;
  }
}

function citationFinding(paper: CitedPaper, c: Citation): Finding | null {
  const message = citationMessage(c);
  if (message === null || c.problem === null) return null;
  const related = suggestedTargetsOf(paper, c).map(({ span }, i) => ({
    span,
    message: c.kind === 'footnote' ? c.suggestions[i].label : `Candidate: ${c.suggestions[i].label}`,
  }));
  return { code: c.problem, span: c.span, message, citation: c.id, related };
}

/** What a careful reader would flag in this paper. Nothing for a document that is not a paper. */
export function findDiagnostics(paper: CitedPaper): Finding[] {
  if (!paper.isPaper) return [];
  const findings: Finding[] = [];
  const hasReferenceList = paper.references.length > 0;
  for (const c of paper.citations) {
    if ((c.kind === 'author-date' || c.kind === 'narrative' || c.kind === 'numeric') && !hasReferenceList) continue;
    const f = citationFinding(paper, c);
    if (f) findings.push(f);
  }

  const lineOf = (s: Span) => lineAt(paper.lineStarts, s.start) + 1;
  const seen = new Map<number, Span>();
  for (const note of paper.notes) {
    if (note.number === null) continue;
    const first = seen.get(note.number);
    if (first) {
      findings.push({
        code: DiagnosticCode.DuplicateNoteNumber,
        span: note.span,
        message: `Note ${note.number} is numbered twice (also at line ${lineOf(first)}).`,
        citation: null,
        related: [{ span: first, message: `Note ${note.number} first numbered here` }],
      });
    } else seen.set(note.number, note.span);
  }

  const cited = new Set(paper.citations.flatMap((c) => (c.kind === 'footnote' ? [] : c.entries)));
  const calledNumbers = new Set(paper.citations.flatMap((c) => (c.kind === 'footnote' ? [c.number] : [])));
  const listCitations = paper.citations.filter((c) => c.kind !== 'footnote').length;
  if (listCitations >= MIN_CITATIONS_FOR_UNUSED) {
    for (const entry of paper.references) {
      if (cited.has(entry.id)) continue;
      findings.push({
        code: DiagnosticCode.UnusedReference,
        span: entry.span,
        message: `${entryLabel(entry)} is not cited in the text.`,
        citation: null,
        related: [],
      });
    }
  }
  for (const note of paper.notes) {
    // A duplicated number is already reported; only a number nothing calls is an uncited note.
    if (note.number === null || calledNumbers.has(note.number)) continue;
    findings.push({
      code: DiagnosticCode.UncitedNote,
      span: note.span,
      message: `No call in the text points to note ${note.number}.`,
      citation: null,
      related: [],
    });
  }
  return findings;
}
