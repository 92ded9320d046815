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

function citationFinding(paper: CitedPaper, c: Citation): Finding | null {
  const best = c.suggestions[0];
  const related = suggestedTargetsOf(paper, c).map(({ span }, i) => ({
    span,
    message: c.kind === 'footnote' ? c.suggestions[i].label : `Candidate: ${c.suggestions[i].label}`,
  }));
  switch (c.problem) {
    case DiagnosticCode.UnresolvedCitation:
      return {
        code: DiagnosticCode.UnresolvedCitation,
        span: c.span,
        message: best
          ? `No entry for ${describeCitation(c)} — did you mean ${best.label}?`
          : `No entry for ${describeCitation(c)} in the reference list.`,
        citation: c.id,
        related,
      };
    case DiagnosticCode.YearMismatch:
      return {
        code: DiagnosticCode.YearMismatch,
        span: c.span,
        message: `No entry for ${describeCitation(c)} — the reference list has ${c.suggestions.map((s) => s.label).join('; ')}.`,
        citation: c.id,
        related,
      };
    case DiagnosticCode.AmbiguousCitation:
      return {
        code: DiagnosticCode.AmbiguousCitation,
        span: c.span,
        message: `${describeCitation(c)} matches ${c.suggestions.length} entries: ${c.suggestions.map((s) => s.label).join('; ')}. Add the year's letter.`,
        citation: c.id,
        related,
      };
    case DiagnosticCode.MissingNote:
      return {
        code: DiagnosticCode.MissingNote,
        span: c.span,
        message: best
          ? `No note numbered ${c.number} — ${best.label} sits where note ${c.number} would be; it may have lost its number.`
          : `No note numbered ${c.number}.`,
        citation: c.id,
        related,
      };
    default:
      return null;
  }
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
