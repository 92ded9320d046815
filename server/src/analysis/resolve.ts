import { Citation, EntrySuggestion, Note, NoteCall, ReferenceEntry, WorkCitation } from './model';
import { DiagnosticCode } from './diagnosticCodes';
import { CitationCandidate } from './citations/candidate';
import { foldCitation, nameFit, NameFit } from './nameMatch';
import { citedFormOf, entryLabel } from './suggest';
import { baseYear, UNDATED } from './years';
import { UNDATED_SOURCE } from './conventions';
import { lastStartingAt } from './text';
import { addUnder } from './listsByKey';

type WorkResolution = Pick<WorkCitation, 'status' | 'entries' | 'problem' | 'suggestions' | 'rangeEnds'>;
type NoteResolution = Pick<NoteCall, 'status' | 'notes' | 'problem' | 'suggestions'>;

const UNRESOLVED: WorkResolution = { status: 'unresolved', entries: [], problem: DiagnosticCode.UnresolvedCitation, suggestions: [] };

function yearsAgree(cited: string | null, listed: string | null): 'same' | 'base' | 'no' {
  if (!cited || !listed) return 'no';
  if (cited === listed) return 'same';
  return baseYear(cited) === baseYear(listed) && (cited === baseYear(cited) || listed === baseYear(listed)) ? 'base' : 'no';
}

const UNDATED_MARK = new RegExp(String.raw`(?<!\p{L})(?:${UNDATED_SOURCE})(?!\p{L})`, 'iu');

/** The entry has no year of its own and does not say it is undated. */
export function printsNoYear(entry: ReferenceEntry): boolean {
  return entry.year === UNDATED && !UNDATED_MARK.test(entry.text);
}

/**
 * A work that prints no year takes the year its citations agree on, when one year is cited more often than any
 * other and at least twice: a citation of the work with another year is then a year mismatch, fixed to that year.
 * When no year is cited most, every citation of it is a mismatch, offered the other years.
 */
export function checkYearsOfYearlessWorks(citations: Citation[], references: ReferenceEntry[]): void {
  const byEntry = new Map<number, WorkCitation[]>();
  for (const c of citations) {
    if (c.kind === 'footnote' || c.kind === 'numeric' || c.status !== 'resolved' || c.entries.length !== 1) continue;
    if (!c.year || c.year === UNDATED || !printsNoYear(references[c.entries[0]])) continue;
    addUnder(byEntry, c.entries[0], c);
  }
  for (const [id, cited] of byEntry) {
    const counts = new Map<string, number>();
    for (const c of cited) counts.set(c.year!, (counts.get(c.year!) ?? 0) + 1);
    if (counts.size < 2) continue;
    const [[year, most], [, next]] = [...counts].sort((a, b) => b[1] - a[1]);
    const agreed = most > next && most >= 2 ? year : null;
    for (const c of cited) {
      if (c.year === agreed || !c.text.endsWith(c.year!)) continue;
      const written = c.text.slice(0, c.text.length - c.year!.length);
      const years = agreed ? [agreed] : [...counts.keys()].filter((y) => y !== c.year);
      Object.assign(c, { status: 'unresolved', entries: [], problem: DiagnosticCode.YearMismatch });
      c.suggestions = years.map((y) => ({ entry: id, replacement: written + y, label: entryLabel(references[id]), preferred: agreed !== null }));
    }
  }
}

/** Years between two years; an undated one counts as farthest. */
function yearGap(cited: string | null, listed: string | null): number {
  const a = Number(baseYear(cited ?? ''));
  const b = Number(baseYear(listed ?? ''));
  return a > 0 && b > 0 ? Math.abs(a - b) : Infinity;
}

/**
 * Author-date: the entries whose authors and year match; the best-fitting names win. `entries` must hold every
 * entry the names can fit; when none fits, `suggest` offers what the citation may have meant.
 */
export function resolveAuthorDate(candidate: CitationCandidate, entries: ReferenceEntry[], suggest: (c: CitationCandidate) => EntrySuggestion[]): WorkResolution {
  const citedNames = foldCitation(candidate);
  const named = entries.map((entry) => ({ entry, fit: nameFit(candidate, entry, citedNames) })).filter((e) => e.fit !== NameFit.None);
  const dated = named.filter((e) => yearsAgree(candidate.year, e.entry.year) === 'same');
  const based = dated.length ? dated : named.filter((e) => yearsAgree(candidate.year, e.entry.year) === 'base');
  // A work that prints no year (a web page with only the date it was read) cannot contradict the cited year; one whose
  // year was misread may print the cited one.
  const pool = based.length ? based : named.filter((e) => e.fit === NameFit.Full && (printsNoYear(e.entry) || printsYear(e.entry, candidate.year)));
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
  return { ...UNRESOLVED, suggestions: suggest(candidate) };
}

/**
 * Whether the entry prints the cited year on its own, where the year read from it is another: an
 * entry whose list ran on into the text after it, or whose access date was misspelt.
 */
function printsYear(entry: ReferenceEntry, year: string | null): boolean {
  if (!year || !/^\d{4}$/.test(year)) return false;
  return new RegExp(String.raw`(?<![\d/.:-])${year}(?![\d/-])`).test(entry.text.replace(/https?:\/\/\S+|www\.\S+|doi:\s*\S+/gi, ' '));
}

/** `preferred`: the fix can be trusted (the names are the entry's and the year alone differs). */
function toSuggestion(candidate: CitationCandidate, entry: ReferenceEntry, preferred: boolean): EntrySuggestion {
  return { entry: entry.id, replacement: citedFormOf(candidate, entry), label: entryLabel(entry), preferred };
}

/** Numeric: the entries labelled with the cited numbers (`byLabel`: entry ids by label number). */
export function resolveNumeric(candidate: CitationCandidate, byLabel: ReadonlyMap<number, number>): WorkResolution {
  const labelled = candidate.numbers.map((n) => byLabel.get(n));
  if (!labelled.every((t) => t !== undefined)) return UNRESOLVED;
  const resolved: WorkResolution = { status: 'resolved', entries: labelled as number[], problem: null, suggestions: [] };
  if (candidate.rangeEnds) resolved.rangeEnds = candidate.rangeEnds.map((end) => ({ span: end.span, entry: byLabel.get(end.number)! }));
  return resolved;
}

export function entriesByLabel(entries: ReferenceEntry[]): Map<number, number> {
  return new Map(entries.filter((e) => e.label).map((e) => [Number(e.label), e.id]));
}

/**
 * Footnote calls: the note with that number nearest after the call (page-bottom notes repeat
 * numbers per chapter), else the first. With no such note, an unnumbered note that sits where it
 * would be in the sequence (right after the last note numbered lower) is offered, never taken.
 */
export class NoteResolver {
  private readonly byNumber = new Map<number, Note[]>();
  /** Numbered notes by number, each with the latest position (in `notes`) of a note numbered as low or lower. */
  private readonly ascending: Array<{ number: number; latest: number }> = [];

  constructor(
    private readonly notes: Note[],
    private readonly lineOf: (offset: number) => number,
  ) {
    notes.forEach((n, i) => {
      if (n.number === null) return;
      addUnder(this.byNumber, n.number, n);
      this.ascending.push({ number: n.number, latest: i });
    });
    this.ascending.sort((a, b) => a.number - b.number || a.latest - b.latest);
    for (let k = 1; k < this.ascending.length; k++) this.ascending[k].latest = Math.max(this.ascending[k].latest, this.ascending[k - 1].latest);
  }

  resolve(candidate: CitationCandidate): NoteResolution {
    const number = candidate.numbers[0];
    const same = this.byNumber.get(number);
    if (same) {
      const k = lastStartingAt(same, candidate.span.start, (n) => n.span.start);
      const after = same[same[k].span.start > candidate.span.start ? k : k + 1] ?? same[0];
      return { status: 'resolved', notes: [after.id], problem: null, suggestions: [] };
    }
    const next = this.notes[this.latestNumberedBelow(number) + 1];
    const suggestions =
      next && next.number === null
        ? [{ note: next.id, replacement: candidate.text, label: `the unnumbered note at line ${this.lineOf(next.span.start) + 1}` }]
        : [];
    return { status: 'unresolved', notes: [], problem: DiagnosticCode.MissingNote, suggestions };
  }

  /** The position in `notes` of the last note numbered below `number`, or -1. */
  private latestNumberedBelow(number: number): number {
    let low = 0;
    let high = this.ascending.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.ascending[mid].number < number) low = mid + 1;
      else high = mid;
    }
    return low ? this.ascending[low - 1].latest : -1;
  }
}
