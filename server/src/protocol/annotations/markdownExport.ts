/** Annotations as a Markdown document: per paper, each passage quoted with its note, tags and location. */
import { annotationStatuses } from './annotationStatus';
import { Annotation } from './model';

export interface PaperToExport {
  relativePath: string;
  /** The paper's current text; null when the paper file is gone. */
  text: string | null;
  annotations: Annotation[];
}

export function annotationsAsMarkdown(papers: PaperToExport[]): string {
  const parts = ['# Annotations', ''];
  for (const paper of papers) {
    if (paper.annotations.length === 0) continue;
    parts.push(`## ${paper.relativePath}`, '');
    for (const status of annotationStatuses(paper.text, paper.annotations)) {
      const { annotation } = status;
      parts.push(
        status.status === 'anchored'
          ? `### Line ${status.start.line}, column ${status.start.column}`
          : '### Orphaned (the passage is no longer in the paper)',
        '',
      );
      parts.push(...annotation.quote.exact.split(/\r?\n/).map((line) => (line.trim() === '' ? '>' : `> ${line}`)), '');
      if (annotation.note) parts.push(annotation.note, '');
      if (annotation.tags.length > 0) parts.push(`Tags: ${annotation.tags.map((tag) => `\`${tag}\``).join(', ')}`, '');
    }
  }
  if (parts.length === 2) parts.push('No annotations yet.', '');
  return parts.join('\n');
}
