/**
 * Which document shows a paper file, and the paper's text when it is not open: a PDF is shown as a paper of
 * the PDF scheme (its text as the server extracts it, in which its annotations are anchored), any other
 * paper as the file itself.
 */
import * as vscode from 'vscode';
import { PDF_PAPER_SCHEME, readPaperText } from '../../../server/src/protocol';

export type PdfTextOf = (file: string) => Promise<string | null>;

const isPdf = (file: string): boolean => file.toLowerCase().endsWith('.pdf');

/** The URI to open for a paper file. */
export function paperDocumentUri(file: string): vscode.Uri {
  const uri = vscode.Uri.file(file);
  return isPdf(file) ? uri.with({ scheme: PDF_PAPER_SCHEME }) : uri;
}

/** Whether the document shows the paper file at `file`. */
export function showsPaper(document: vscode.TextDocument, file: string): boolean {
  return (document.uri.scheme === 'file' || document.uri.scheme === PDF_PAPER_SCHEME) && document.uri.fsPath === file;
}

/** The open document of a paper file, if any. */
export function openPaperDocument(file: string): vscode.TextDocument | undefined {
  return vscode.workspace.textDocuments.find((document) => showsPaper(document, file));
}

/** The text of a paper that is not open: a text file as read, a PDF's text from the server. */
export function closedPaperText(file: string, pdfTextOf: PdfTextOf): Promise<string | null> {
  return isPdf(file) ? pdfTextOf(file) : readPaperText(file).catch(() => null);
}
