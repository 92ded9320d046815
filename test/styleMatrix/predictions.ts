/**
 * The one place the style matrix reads the analysis's Paper model: each recognised citation as offsets, with where
 * it points. (The model's Citation type is changing; only this adapter has to follow.)
 */
import { analysePaper, Citation, Paper } from '../../server/src/analysis';

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
    targetStarts: c.targets.map((t) => targetStart(paper, c, t)),
    status: c.status,
    flagged: c.problem !== null,
    suggestionStart: c.suggestions.length ? targetStart(paper, c, c.suggestions[0].target) : null,
  }));
}

function targetStart(paper: Paper, c: Citation, target: number): number {
  return (c.kind === 'footnote' ? paper.notes[target] : paper.references[target]).span.start;
}
