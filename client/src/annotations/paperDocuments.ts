/**
 * Which document shows a paper file, and the paper's text when it is not open: a PDF is shown as a paper of
 * the PDF scheme (its text as the server extracts it, in which its annotations are anchored), any other
 * paper as the file itself.
 */
import * as vscode from 'vscode';
import { Annotation, PDF_PAPER_SCHEME, PdfPlace, readPaperText } from '../../../server/src/protocol';

/** What the annotations ask of the PDF papers (see client/src/pdfPapers.ts). */
export interface PdfPapers {
  /** The text of a PDF paper that is not open, as the server extracts it (null when it has none). */
  textOf(file: string): Promise<string | null>;
  /** The PDF and page an offset of an open PDF paper stands on (none for other documents). */
  placeAt(document: vscode.TextDocument, offset: number): PdfPlace | undefined;
}

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
export function closedPaperText(file: string, pdfs: PdfPapers): Promise<string | null> {
  return isPdf(file) ? pdfs.textOf(file) : readPaperText(file).catch(() => null);
}

/** The annotation with the PDF page of its passage (which starts at `offset`), when the document is a PDF paper. */
export function onPdfPage(annotation: Annotation, document: vscode.TextDocument, offset: number, pdfs: PdfPapers): Annotation {
  const pdf = pdfs.placeAt(document, offset);
  return pdf ? { ...annotation, pdf } : annotation;
}
