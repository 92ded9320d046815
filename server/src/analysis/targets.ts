/** What a citation points at, and what points at an entry or a note: the one place that knows note calls point at notes. */
import { Citation, CitedPaper, Note, ReferenceEntry } from './model';

export type CitationTarget = ReferenceEntry | Note;

/** The entries a work citation resolves to, or the note a note call resolves to. */
export function targetsOf(paper: CitedPaper, c: Citation): CitationTarget[] {
  return c.kind === 'footnote' ? c.notes.map((id) => paper.notes[id]) : c.entries.map((id) => paper.references[id]);
}

/** What the citation points at from `offset`: a number of a numeric range names its own entry, the rest the whole range. */
export function targetsAt(paper: CitedPaper, c: Citation, offset: number): CitationTarget[] {
  const end = c.kind === 'footnote' ? undefined : c.rangeEnds?.find((e) => e.span.start <= offset && offset < e.span.end);
  return end ? [paper.references[end.entry]] : targetsOf(paper, c);
}

export function isNote(target: CitationTarget): target is Note {
  return 'placement' in target;
}

/** The citations that point at an entry (work citations) or a note (note calls). */
export function citationsOf(paper: CitedPaper, target: CitationTarget): Citation[] {
  return isNote(target)
    ? paper.citations.filter((c) => c.kind === 'footnote' && c.notes.includes(target.id))
    : paper.citations.filter((c) => c.kind !== 'footnote' && c.entries.includes(target.id));
}

/** What each suggestion for a citation that does not resolve points at: entries, or notes for a note call. */
export function suggestedTargetsOf(paper: CitedPaper, c: Citation): CitationTarget[] {
  return c.kind === 'footnote' ? c.suggestions.map((s) => paper.notes[s.note]) : c.suggestions.map((s) => paper.references[s.entry]);
}
