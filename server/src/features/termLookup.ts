import { Concept, ConceptFromElsewhere, ConceptUse, lastStartingAt, Organisation, Paper, Span } from '../analysis';
import { SpanIndex } from './spanIndex';
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

/** Which organisations and concepts (by their place in the paper's lists, organisations first) have a mention at an offset. */
const termIndexes = new WeakMap<Paper, SpanIndex>();
/** The same for the concepts a paper takes from the others (the registry keeps one list per paper until a paper changes). */
const borrowedIndexes = new WeakMap<ConceptFromElsewhere[], SpanIndex>();

function mentionIndex(lists: Span[][]): SpanIndex {
  return new SpanIndex(lists.flatMap((mentions, owner) => mentions.map((span) => ({ span, owner }))));
}

function termIndex(paper: Paper): SpanIndex {
  let index = termIndexes.get(paper);
  if (!index) {
    index = mentionIndex([...paper.organisations.map((o) => o.mentions), ...paper.concepts.map((c) => c.mentions)]);
    termIndexes.set(paper, index);
  }
  return index;
}

function borrowedIndex(borrowed: ConceptFromElsewhere[]): SpanIndex {
  let index = borrowedIndexes.get(borrowed);
  if (!index) {
    index = mentionIndex(borrowed.map((f) => f.concept.mentions));
    borrowedIndexes.set(borrowed, index);
  }
  return index;
}

/**
 * The organisation or concept under the cursor. A short form wins where the cursor is on it ("SCO" in
 * "SCO Secretariat"); elsewhere the longest name or term containing the cursor wins. Only the terms the
 * index finds at the offset are looked at, in the paper's order.
 */
export function termAt({ paper, others }: PaperContext, offset: number): TermHit | null {
  let best: TermHit | null = null;
  const consider = (hit: TermHit): void => {
    if (!best || hit.span.end - hit.span.start > best.span.end - best.span.start) best = hit;
  };
  const orgs = paper.organisations.length;
  for (const owner of termIndex(paper).ownersAt(offset)) {
    if (owner < orgs) {
      const org = paper.organisations[owner];
      const span = spanAt(org.mentions, offset);
      if (!span) continue;
      if (org.abbreviation && paper.text.startsWith(org.abbreviation, span.start)) return { kind: 'organisation', org, span };
      consider({ kind: 'organisation', org, span });
    } else {
      const concept = paper.concepts[owner - orgs];
      const span = spanAt(concept.mentions, offset);
      if (span) consider({ kind: 'concept', concept, span, elsewhere: null });
    }
  }
  if (!best) {
    const borrowed = others.conceptsDefinedElsewhere(paper);
    for (const owner of borrowedIndex(borrowed).ownersAt(offset)) {
      const f = borrowed[owner];
      const span = spanAt(f.concept.mentions, offset);
      if (span) consider({ kind: 'concept', concept: f.concept, span, elsewhere: f.source });
    }
  }
  return best;
}
