/** Where each of a paper's annotations stands against the paper's current text. */
import { AnchorMethod, anchor } from './anchoring';
import { LineColumn, lineColumnLookup } from './lineColumn';
import { Annotation, Span } from './model';

export type AnnotationStatus =
  | { status: 'anchored'; annotation: Annotation; span: Span; method: AnchorMethod; start: LineColumn; end: LineColumn }
  | { status: 'orphaned'; annotation: Annotation };

/**
 * Anchored annotations in text order, then orphaned ones in store order. With no text (the paper
 * file is gone) every annotation is orphaned.
 */
export function annotationStatuses(text: string | null, annotations: Annotation[]): AnnotationStatus[] {
  const lineColumn = lineColumnLookup(text ?? '');
  const statuses = annotations.map((annotation): AnnotationStatus => {
    const anchoring = text === null ? null : anchor(text, annotation.quote, annotation.position);
    if (anchoring?.status !== 'anchored') return { status: 'orphaned', annotation };
    const { span, method } = anchoring;
    return { status: 'anchored', annotation, span, method, start: lineColumn(span.start), end: lineColumn(span.end) };
  });
  const order = (status: AnnotationStatus) => (status.status === 'anchored' ? status.span.start : Number.MAX_SAFE_INTEGER);
  return statuses.sort((a, b) => order(a) - order(b));
}
