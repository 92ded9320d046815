import { Citation, Note, ReferenceEntry, Suggestion } from './model';
import { CitationCandidate } from './citations/candidate';
import { foldCitation, nameFit, NameFit } from './nameMatch';
import { citedFormOf, entryLabel, suggestEntries } from './suggest';
import { baseYear } from './years';

type Resolution = Pick<Citation, 'status' | 'targets' | 'problem' | 'suggestions'>;

const UNRESOLVED: Resolution = { status: 'unresolved', targets: [], problem: 'unresolved-citation', suggestions: [] };

function yearsAgree(cited: string | null, listed: string | null): 'same' | 'base' | 'no' {
  if (!cited || !listed) return 'no';
  if (cited === listed) return 'same';
  return baseYear(cited) === baseYear(listed) && (cited.length === 4 || listed.length === 4) ? 'base' : 'no';
}

/** Author-date: the entries whose authors and year match; the best-fitting names win. */
export function resolveAuthorDate(candidate: CitationCandidate, entries: ReferenceEntry[]): Resolution {
  const citedNames = foldCitation(candidate);
  const named = entries.map((entry) => ({ entry, fit: nameFit(candidate, entry, citedNames) })).filter((e) => e.fit !== NameFit.None);
  const dated = named.filter((e) => yearsAgree(candidate.year, e.entry.year) === 'same');
  const pool = dated.length ? dated : named.filter((e) => yearsAgree(candidate.year, e.entry.year) === 'base');
  if (pool.length) {
    const best = Math.max(...pool.map((e) => e.fit));
    const targets = pool.filter((e) => e.fit === best).map((e) => e.entry.id);
    if (targets.length === 1) return { status: 'resolved', targets, problem: null, suggestions: [] };
    const suggestions = pool.filter((e) => e.fit === best).map((e) => toSuggestion(candidate, e.entry));
    return { status: 'ambiguous', targets, problem: 'ambiguous-citation', suggestions };
  }
  if (named.length) {
    const suggestions = named.filter((e) => e.fit === NameFit.Full).concat(named.filter((e) => e.fit !== NameFit.Full));
    return { ...UNRESOLVED, problem: 'year-mismatch', suggestions: suggestions.map((e) => toSuggestion(candidate, e.entry)) };
  }
  return { ...UNRESOLVED, suggestions: suggestEntries(candidate, entries) };
}

function toSuggestion(candidate: CitationCandidate, entry: ReferenceEntry): Suggestion {
  return { target: entry.id, replacement: citedFormOf(candidate, entry), label: entryLabel(entry) };
}

/** Numeric: the entries labelled with the cited numbers. */
export function resolveNumeric(candidate: CitationCandidate, entries: ReferenceEntry[]): Resolution {
  const byLabel = new Map(entries.filter((e) => e.label).map((e) => [Number(e.label), e.id]));
  const targets = candidate.numbers.map((n) => byLabel.get(n));
  if (targets.every((t) => t !== undefined)) return { status: 'resolved', targets: targets as number[], problem: null, suggestions: [] };
  return UNRESOLVED;
}

/**
 * Footnote calls: the note with that number nearest after the call (page-bottom notes repeat
 * numbers per chapter), else the first. With no such note, an unnumbered note that sits where it
 * would be in the sequence is offered, never taken.
 */
export function resolveNoteCall(candidate: CitationCandidate, notes: Note[], lineOf: (offset: number) => number): Resolution {
  const number = candidate.numbers[0];
  const same = notes.filter((n) => n.number === number);
  if (same.length) {
    const after = same.find((n) => n.span.start > candidate.span.start) ?? same[0];
    return { status: 'resolved', targets: [after.id], problem: null, suggestions: [] };
  }
  const before = notes.filter((n) => n.number !== null && n.number < number).pop();
  const next = notes.find((n) => n.number !== null && n.number > number && (!before || n.span.start > before.span.start));
  const lost = notes.filter(
    (n) => n.number === null && (!before || n.span.start > before.span.start) && (!next || n.span.start < next.span.start),
  );
  const suggestions = lost.slice(0, 1).map((n) => ({
    target: n.id,
    replacement: candidate.text,
    label: `the unnumbered note at line ${lineOf(n.span.start) + 1}`,
  }));
  return { ...UNRESOLVED, problem: 'missing-note', suggestions };
}
