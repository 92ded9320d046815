/**
 * The one place the style matrix reads the analysis's Paper model: each recognised citation as offsets, with where
 * it points. (The model's Citation type is changing; only this adapter has to follow.)
 */
import { analysePaper, suggestedTargetsOf, targetsOf } from '../../server/src/analysis';

export interface Prediction {
  start: number;
  end: number;
  kind: string;
  /** Start offsets of the entries or notes the citation resolves to. */
  targetStarts: number[];
  status: string;
  /** True when the analysis reports a problem at this citation (unresolved, ambiguous, year mismatch, missing note). */
  flagged: boolean;
  /** Start offset of the entry or note the first quick fix points to, if any. */
  suggestionStart: number | null;
}

export function predictCitations(text: string): Prediction[] {
  const paper = analysePaper(text);
  return paper.citations.map((c) => ({
    start: c.span.start,
    end: c.span.end,
    kind: c.kind,
    targetStarts: targetsOf(paper, c).map((t) => t.span.start),
    status: c.status,
    flagged: c.problem !== null,
    suggestionStart: suggestedTargetsOf(paper, c)[0]?.span.start ?? null,
  }));
}
