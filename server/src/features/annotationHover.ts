import { Hover, MarkupKind, Position } from 'vscode-languageserver';
import { AnchoredAnnotations } from './annotationCache';
import { escapeMarkdown } from './markdown';

/**
 * The notes and tags of the reader annotations whose passage holds `position`, or null where there
 * are none. `documentUri` and `workspaceFolderUri` are file URIs; `text` is the document's current text.
 */
export async function annotationHover(annotations: AnchoredAnnotations, documentUri: string, text: string, workspaceFolderUri: string, position: Position): Promise<Hover | null> {
  if (!documentUri.startsWith('file:') || !workspaceFolderUri.startsWith('file:')) return null;
  const { statuses, document } = await annotations.of(documentUri, text, workspaceFolderUri);
  const offset = document.offsetAt(position);
  const here = (statuses ?? []).flatMap((s) => (s.status === 'anchored' && s.span.start <= offset && offset < s.span.end ? [s] : []));
  if (here.length === 0) return null;
  const blocks = here.map(({ annotation }) => {
    const tags = annotation.tags.length > 0 ? ` · ${annotation.tags.map((tag) => `\`${tag.replace(/`/g, "'")}\``).join(' ')}` : '';
    return `**Annotation**${tags}\n\n${annotation.note ? escapeMarkdown(annotation.note) : '*(highlight without a note)*'}`;
  });
  const span = { start: Math.min(...here.map((s) => s.span.start)), end: Math.max(...here.map((s) => s.span.end)) };
  return {
    contents: { kind: MarkupKind.Markdown, value: blocks.join('\n\n---\n\n') },
    range: { start: document.positionAt(span.start), end: document.positionAt(span.end) },
  };
}
