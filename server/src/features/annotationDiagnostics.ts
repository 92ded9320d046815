import { pathToFileURL } from 'node:url';
import { Diagnostic, DiagnosticSeverity } from 'vscode-languageserver';
import { AnchoredAnnotations } from './annotationCache';
import { DIAGNOSTIC_SOURCE } from './diagnostics';

export const STORE_UNREADABLE = 'annotation-store-unreadable';

/** Tells readers in any editor that a paper's annotation store is broken and left untouched. */
export async function annotationDiagnostics(annotations: AnchoredAnnotations, documentUri: string, text: string, workspaceFolderUri: string): Promise<Diagnostic[]> {
  if (!documentUri.startsWith('file:') || !workspaceFolderUri.startsWith('file:')) return [];
  const { storeError } = await annotations.of(documentUri, text, workspaceFolderUri);
  if (!storeError) return [];
  const at = { line: storeError.line - 1, character: storeError.column - 1 };
  return [
    {
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: DiagnosticSeverity.Warning,
      code: STORE_UNREADABLE,
      source: DIAGNOSTIC_SOURCE,
      message: storeError.message,
      relatedInformation: [{ location: { uri: pathToFileURL(storeError.file).href, range: { start: at, end: at } }, message: storeError.problem }],
    },
  ];
}
