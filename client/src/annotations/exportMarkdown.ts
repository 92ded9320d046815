/** "Export annotations as Markdown": every annotated paper of the workspace, into a file the reader chooses. */
import * as vscode from 'vscode';
import { closedPaperText, openPaperDocument, PdfPapers } from './paperDocuments';
import {
  MalformedStoreError,
  PaperToExport,
  annotationsAsMarkdown,
  listAnnotatedPapers,
  readStore,
} from '../../../server/src/protocol';
import { AnnotatedDocuments } from './annotatedDocuments';

export async function exportAnnotations(documents: AnnotatedDocuments, pdfs: PdfPapers): Promise<void> {
  const folders = (vscode.workspace.workspaceFolders ?? []).filter((folder) => folder.uri.scheme === 'file');
  if (folders.length === 0) return void vscode.window.showInformationMessage('Open a workspace folder with annotated papers first.');
  const papers: PaperToExport[] = [];
  const unreadable: string[] = [];
  for (const folder of folders) {
    for (const location of await listAnnotatedPapers(folder.uri.fsPath)) {
      const relativePath = folders.length > 1 ? `${folder.name}/${location.relativePath}` : location.relativePath;
      const open = openPaperDocument(location.paper);
      const entry = open && documents.get(open);
      try {
        const annotations = entry && !entry.storeError ? entry.annotations : (await readStore(location.sidecar)).annotations;
        const text = open ? open.getText() : await closedPaperText(location.paper, pdfs);
        papers.push({ relativePath, text, annotations });
      } catch (error) {
        if (!(error instanceof MalformedStoreError)) throw error;
        unreadable.push(error.message);
      }
    }
  }
  const target = await vscode.window.showSaveDialog({
    defaultUri: vscode.Uri.joinPath(folders[0].uri, 'annotations.md'),
    filters: { Markdown: ['md'] },
    saveLabel: 'Export annotations',
  });
  if (!target) return;
  await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(annotationsAsMarkdown(papers)));
  await vscode.window.showTextDocument(target);
  if (unreadable.length > 0) {
    void vscode.window.showWarningMessage(`Left out ${unreadable.length} paper(s) whose annotation store is unreadable: ${unreadable.join(' ')}`);
  }
}
