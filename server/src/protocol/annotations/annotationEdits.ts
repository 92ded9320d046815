/** Making and changing annotations in memory; `store.ts` persists them. */
import { randomUUID } from 'node:crypto';
import { selectorsFor } from './anchoring';
import { Annotation, Span } from './model';

export interface NoteAndTags {
  note: string;
  tags: string[];
}

/** Tags as a reader types them: trimmed, without empties or repeats. */
export function cleanTags(tags: string[]): string[] {
  return [...new Set(tags.map((tag) => tag.trim()).filter((tag) => tag !== ''))];
}

export function createAnnotation(text: string, span: Span, content: NoteAndTags, now = new Date()): Annotation {
  if (span.end <= span.start) throw new Error('Select the passage to annotate: the selection is empty.');
  const timestamp = now.toISOString();
  return {
    id: `urn:uuid:${randomUUID()}`,
    created: timestamp,
    modified: timestamp,
    note: content.note.trim(),
    tags: cleanTags(content.tags),
    ...selectorsFor(text, span),
    original: null,
  };
}

export function withNoteAndTags(annotation: Annotation, content: NoteAndTags, now = new Date()): Annotation {
  return { ...annotation, note: content.note.trim(), tags: cleanTags(content.tags), modified: now.toISOString() };
}

/** The annotation moved to `span` of `text`: how an orphan is given a passage again. */
export function reattached(annotation: Annotation, text: string, span: Span, now = new Date()): Annotation {
  if (span.end <= span.start) throw new Error('Select the passage to re-attach the annotation to: the selection is empty.');
  return { ...annotation, ...selectorsFor(text, span), modified: now.toISOString() };
}
