import { Citation, CitedPaper, Note, ReferenceEntry, Span } from '../analysis';

function contains(span: Span, offset: number): boolean {
  return span.start <= offset && offset < Math.max(span.end, span.start + 1);
}

export function citationAt(paper: CitedPaper, offset: number): Citation | undefined {
  return paper.citations.find((c) => contains(c.span, offset));
}

export function entryAt(paper: CitedPaper, offset: number): ReferenceEntry | undefined {
  return paper.references.find((e) => contains(e.span, offset));
}

export function noteAt(paper: CitedPaper, offset: number): Note | undefined {
  return paper.notes.find((n) => contains(n.span, offset));
}
