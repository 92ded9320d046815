import { Citation, Note, Paper, ReferenceEntry, Span } from '../analysis';

function contains(span: Span, offset: number): boolean {
  return span.start <= offset && offset < Math.max(span.end, span.start + 1);
}

export function citationAt(paper: Paper, offset: number): Citation | undefined {
  return paper.citations.find((c) => contains(c.span, offset));
}

export function entryAt(paper: Paper, offset: number): ReferenceEntry | undefined {
  return paper.references.find((e) => contains(e.span, offset));
}

export function noteAt(paper: Paper, offset: number): Note | undefined {
  return paper.notes.find((n) => contains(n.span, offset));
}

/** The spans a citation points at: reference entries, or notes for a note call. */
export function targetSpans(paper: Paper, c: Citation): Span[] {
  return c.targets.map((t) => (c.kind === 'footnote' ? paper.notes[t].span : paper.references[t].span));
}

/** Citations that point at the same entry or note. */
export function citationsOf(paper: Paper, target: ReferenceEntry | Note): Citation[] {
  const isNote = 'number' in target;
  return paper.citations.filter((c) => (c.kind === 'footnote') === isNote && c.targets.includes(target.id));
}
