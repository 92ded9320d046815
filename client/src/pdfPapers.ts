/**
 * PDF papers: "Open as Paper" shows a PDF's text (extracted by the server) as a read-only document of the
 * `scholarly-pdf` scheme, in which every feature works; the status bar names the PDF page at the cursor, and
 * a command opens the PDF itself there.
 */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
import { PDF_PAPER_SCHEME, PDF_TEXT_REQUEST, PdfPageRange, PdfTextParams, PdfTextResult } from '../../server/src/protocol';
import { pageAt } from '../../server/src/pdf/pageMap';
import { PdfPapers } from './annotations/paperDocuments';

export function registerPdfPapers(context: vscode.ExtensionContext, client: LanguageClient): PdfPapers {
  /** Each open PDF paper's page map and fingerprint, by document URI. */
  const papers = new Map<string, { pages: PdfPageRange[]; fingerprint: string }>();
  const textOfPdf = (file: vscode.Uri) => client.sendRequest<PdfTextResult>(PDF_TEXT_REQUEST, { uri: file.toString() } satisfies PdfTextParams);
  const provider: vscode.TextDocumentContentProvider = {
    provideTextDocumentContent: (uri) =>
      vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: `Scholarly Lens: reading ${fileName(uri)}` }, async () => {
        const result = await textOfPdf(uri.with({ scheme: 'file' }));
        if ('error' in result) {
          void vscode.window.showErrorMessage(`Scholarly Lens could not read ${fileName(uri)}: ${result.error}.`);
          return `Scholarly Lens could not read the text of this PDF: ${result.error}.\n`;
        }
        papers.set(uri.toString(), { pages: result.pages, fingerprint: result.fingerprint });
        return result.text;
      }),
  };
  const pageItem = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Left, 99);
  pageItem.name = 'Scholarly Lens: PDF page';
  pageItem.command = 'scholarlyLens.openPdfAtPage';
  pageItem.tooltip = 'Open the PDF at this page';
  const showPage = (editor: vscode.TextEditor | undefined): void => {
    const map = editor && papers.get(editor.document.uri.toString())?.pages;
    if (!editor || !map?.length) return void pageItem.hide();
    const page = pageAt(map, editor.document.offsetAt(editor.selection.active));
    pageItem.text = `$(file-pdf) PDF page ${page}`;
    pageItem.show();
  };
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(PDF_PAPER_SCHEME, provider),
    pageItem,
    vscode.window.onDidChangeActiveTextEditor(showPage),
    vscode.window.onDidChangeTextEditorSelection((e) => showPage(e.textEditor)),
    vscode.workspace.onDidCloseTextDocument((doc) => papers.delete(doc.uri.toString())),
    vscode.commands.registerCommand('scholarlyLens.openPdfAsPaper', (uri?: vscode.Uri) => openAsPaper(uri)),
    vscode.commands.registerCommand('scholarlyLens.openPdfAtPage', () => {
      const editor = vscode.window.activeTextEditor;
      if (editor?.document.uri.scheme !== PDF_PAPER_SCHEME) return void vscode.window.showInformationMessage('Open a PDF as a paper first (Scholarly Lens: Open PDF as Paper).');
      const page = pageAt(papers.get(editor.document.uri.toString())?.pages ?? [], editor.document.offsetAt(editor.selection.active));
      // PDF viewers that read a "page=" fragment open there; any other opens the file at its start.
      return vscode.commands.executeCommand('vscode.open', editor.document.uri.with({ scheme: 'file', fragment: `page=${page}` }));
    }),
  );
  return {
    textOf: async (file) => {
      const result = await textOfPdf(vscode.Uri.file(file)).catch(() => null);
      return result && 'text' in result ? result.text : null;
    },
    placeAt: (document, offset) => {
      const paper = papers.get(document.uri.toString());
      return paper?.pages.length ? { fingerprint: paper.fingerprint, page: pageAt(paper.pages, offset) } : undefined;
    },
  };
}

async function openAsPaper(given?: vscode.Uri): Promise<void> {
  const pdf = given ?? (await vscode.window.showOpenDialog({ canSelectMany: false, filters: { PDF: ['pdf'] }, openLabel: 'Open as Paper' }))?.[0];
  if (!pdf) return;
  if (pdf.scheme !== 'file') return void vscode.window.showErrorMessage(`Scholarly Lens reads PDFs on this machine's disk only, not ${pdf.scheme}: files.`);
  const doc = await vscode.workspace.openTextDocument(pdf.with({ scheme: PDF_PAPER_SCHEME }));
  await vscode.window.showTextDocument(doc, { preview: false });
}

function fileName(uri: vscode.Uri): string {
  return uri.path.split('/').pop() ?? uri.path;
}
