import { DocumentSymbol, SymbolKind } from 'vscode-languageserver';
import { oneLine } from '../protocol/annotations';
import { AnchoredAnnotations } from './annotationCache';

/**
 * An "Annotations" outline group with one symbol per anchored reader annotation (named by its note,
 * or by its quote for a plain highlight), or nothing for a paper without any. Orphaned annotations
 * have no place in the text and are left out. Arguments as for `annotationHover`.
 */
export async function annotationSymbols(annotations: AnchoredAnnotations, documentUri: string, text: string, workspaceFolderUri: string): Promise<DocumentSymbol[]> {
  if (!documentUri.startsWith('file:') || !workspaceFolderUri.startsWith('file:')) return [];
  const { statuses, document } = await annotations.of(documentUri, text, workspaceFolderUri);
  const children: DocumentSymbol[] = [];
  let end = 0;
  for (const status of statuses ?? []) {
    if (status.status !== 'anchored') continue;
    end = Math.max(end, status.span.end);
    const { note, quote, tags } = status.annotation;
    const range = { start: document.positionAt(status.span.start), end: document.positionAt(status.span.end) };
    const quoted = `“${oneLine(quote.exact, 60)}”`;
    const detail = [note ? quoted : '', tags.map((tag) => `#${tag}`).join(' ')].filter(Boolean).join(' ');
    children.push({ name: note ? oneLine(note, 60) : quoted, detail, kind: SymbolKind.String, range, selectionRange: range });
  }
  if (children.length === 0) return [];
  // Anchored statuses come in text order, so the first child starts the group.
  const range = { start: children[0].range.start, end: document.positionAt(end) };
  const detail = `${children.length} annotation${children.length === 1 ? '' : 's'}`;
  return [{ name: 'Annotations', detail, kind: SymbolKind.Package, range, selectionRange: children[0].range, children }];
}
