import { EntrySuggestion, Note, NoteCall, ReferenceEntry, WorkCitation } from './model';
import { DiagnosticCode } from './diagnosticCodes';
import { CitationCandidate } from './citations/candidate';
import { foldCitation, nameFit, NameFit } from './nameMatch';
import { citedFormOf, entryLabel, suggestEntries } from './suggest';
import { baseYear } from './years';

type WorkResolution = Pick<WorkCitation, 'status' | 'entries' | 'problem' | 'suggestions'>;
type NoteResolution = Pick<NoteCall, 'status' | 'notes' | 'problem' | 'suggestions'>;

const UNRESOLVED: WorkResolution = { status: 'unresolved', entries: [], problem: DiagnosticCode.UnresolvedCitation, suggestions: [] };

function yearsAgree(cited: string | null, listed: string | null): 'same' | 'base' | 'no' {
  if (!cited || !listed) return 'no';
  if (cited === listed) return 'same';
  return baseYear(cited) === baseYear(listed) && (cited.length === 4 || listed.length === 4) ? 'base' : 'no';
}

/** Years between two years; an undated one counts as farthest. */
function yearGap(cited: string | null, listed: string | null): number {
  const a = Number(baseYear(cited ?? ''));
  const b = Number(baseYear(listed ?? ''));
  return a > 0 && b > 0 ? Math.abs(a - b) : Infinity;
}

/** Author-date: the entries whose authors and year match; the best-fitting names win. */
export function resolveAuthorDate(candidate: CitationCandidate, entries: ReferenceEntry[]): WorkResolution {
  const citedNames = foldCitation(candidate);
  const named = entries.map((entry) => ({ entry, fit: nameFit(candidate, entry, citedNames) })).filter((e) => e.fit !== NameFit.None);
  const dated = named.filter((e) => yearsAgree(candidate.year, e.entry.year) === 'same');
  const pool = dated.length ? dated : named.filter((e) => yearsAgree(candidate.year, e.entry.year) === 'base');
  if (pool.length) {
    const best = Math.max(...pool.map((e) => e.fit));
    const matched = pool.filter((e) => e.fit === best).map((e) => e.entry.id);
    if (matched.length === 1) return { status: 'resolved', entries: matched, problem: null, suggestions: [] };
    // Which letter of the year was meant is a guess: no candidate is preferred.
    const suggestions = pool.filter((e) => e.fit === best).map((e) => toSuggestion(candidate, e.entry, false));
    return { status: 'ambiguous', entries: matched, problem: DiagnosticCode.AmbiguousCitation, suggestions };
  }
  if (named.length) {
    // The best-fitting names first; of those, the year nearest the cited one.
    const suggestions = [...named].sort((a, b) => b.fit - a.fit || yearGap(candidate.year, a.entry.year) - yearGap(candidate.year, b.entry.year));
    return { ...UNRESOLVED, problem: DiagnosticCode.YearMismatch, suggestions: suggestions.map((e) => toSuggestion(candidate, e.entry, e.fit === NameFit.Full)) };
  }
  return { ...UNRESOLVED, suggestions: suggestEntries(candidate, entries) };
}

/** `preferred`: the fix can be trusted (the names are the entry's and the year alone differs). */
function toSuggestion(candidate: CitationCandidate, entry: ReferenceEntry, preferred: boolean): EntrySuggestion {
  return { entry: entry.id, replacement: citedFormOf(candidate, entry), label: entryLabel(entry), preferred };
}

/** Numeric: the entries labelled with the cited numbers. */
export function resolveNumeric(candidate: CitationCandidate, entries: ReferenceEntry[]): WorkResolution {
  const byLabel = new Map(entries.filter((e) => e.label).map((e) => [Number(e.label), e.id]));
  const labelled = candidate.numbers.map((n) => byLabel.get(n));
  if (labelled.every((t) => t !== undefined)) return { status: 'resolved', entries: labelled as number[], problem: null, suggestions: [] };
  return UNRESOLVED;
}

/**
 * Footnote calls: the note with that number nearest after the call (page-bottom notes repeat
 * numbers per chapter), else the first. With no such note, an unnumbered note that sits where it
 * would be in the sequence is offered, never taken.
 */
export function resolveNoteCall(candidate: CitationCandidate, notes: Note[], lineOf: (offset: number) => number): NoteResolution {
  const number = candidate.numbers[0];
  const same = notes.filter((n) => n.number === number);
  if (same.length) {
    const after = same.find((n) => n.span.start > candidate.span.start) ?? same[0];
    return { status: 'resolved', notes: [after.id], problem: null, suggestions: [] };
  }
  const before = notes.filter((n) => n.number !== null && n.number < number).pop();
  const next = notes.find((n) => n.number !== null && n.number > number && (!before || n.span.start > before.span.start));
  const lost = notes.filter(
    (n) => n.number === null && (!before || n.span.start > before.span.start) && (!next || n.span.start < next.span.start),
  );
  const suggestions = lost.slice(0, 1).map((n) => ({
    note: n.id,
    replacement: candidate.text,
    label: `the unnumbered note at line ${lineOf(n.span.start) + 1}`,
  }));
  return { status: 'unresolved', notes: [], problem: DiagnosticCode.MissingNote, suggestions };
}
