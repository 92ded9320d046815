/** Every problem the analysis reports, each with its own code and default severity. */
export enum DiagnosticCode {
  UnresolvedCitation = 'unresolved-citation',
  AmbiguousCitation = 'ambiguous-citation',
  YearMismatch = 'year-mismatch',
  MissingNote = 'missing-note',
  DuplicateNoteNumber = 'duplicate-note-number',
  UnusedReference = 'unused-reference',
  UncitedNote = 'uncited-note',
  /** Not the analysis's: an entry of the reader's bibliography that cannot be read (see `library/`). */
  BibliographyProblem = 'bibliography-problem',
}

export type Severity = 'error' | 'warning' | 'information' | 'hint' | 'off';

export const DEFAULT_SEVERITY: Record<DiagnosticCode, Severity> = {
  [DiagnosticCode.UnresolvedCitation]: 'warning',
  [DiagnosticCode.AmbiguousCitation]: 'warning',
  [DiagnosticCode.YearMismatch]: 'warning',
  [DiagnosticCode.MissingNote]: 'warning',
  [DiagnosticCode.DuplicateNoteNumber]: 'warning',
  [DiagnosticCode.UnusedReference]: 'hint',
  [DiagnosticCode.UncitedNote]: 'hint',
  [DiagnosticCode.BibliographyProblem]: 'warning',
};
