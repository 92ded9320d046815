import { Concept, ConceptUse, lastStartingAt, Organisation, Span } from '../analysis';
import { PaperContext } from './context';

export type TermHit =
  | { kind: 'organisation'; org: Organisation; span: Span }
  /** `elsewhere` is set for a concept this paper uses but another paper of the workspace defines. */
  | { kind: 'concept'; concept: Concept; span: Span; elsewhere: ConceptUse | null };

function contains(span: Span, offset: number): boolean {
  return span.start <= offset && offset < span.end;
}

/** First span in a sorted list containing `offset` (binary search on starts, then a short walk back). */
function spanAt(spans: Span[], offset: number): Span | undefined {
  const lo = lastStartingAt(spans, offset, (span) => span.start);
  for (let i = lo; i >= 0 && i > lo - 4; i--) if (spans[i] && contains(spans[i], offset)) return spans[i];
  return undefined;
}

/**
 * The organisation or concept under the cursor. A short form wins where the cursor is on it ("SCO" in
 * "SCO Secretariat"); elsewhere the longest name or term containing the cursor wins.
 */
export function termAt({ paper, others }: PaperContext, offset: number): TermHit | null {
  let best: TermHit | null = null;
  const consider = (hit: TermHit): void => {
    if (!best || hit.span.end - hit.span.start > best.span.end - best.span.start) best = hit;
  };
  for (const org of paper.organisations) {
    const span = spanAt(org.mentions, offset);
    if (!span) continue;
    if (org.abbreviation && paper.text.startsWith(org.abbreviation, span.start)) return { kind: 'organisation', org, span };
    consider({ kind: 'organisation', org, span });
  }
  for (const concept of paper.concepts) {
    const span = spanAt(concept.mentions, offset);
    if (span) consider({ kind: 'concept', concept, span, elsewhere: null });
  }
  if (!best) {
    for (const f of others.conceptsDefinedElsewhere(paper)) {
      const span = spanAt(f.concept.mentions, offset);
      if (span) consider({ kind: 'concept', concept: f.concept, span, elsewhere: f.source });
    }
  }
  return best;
}
