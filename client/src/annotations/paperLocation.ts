import * as vscode from 'vscode';
import { PaperLocation, PDF_PAPER_SCHEME, locatePaper } from '../../../server/src/protocol';

const PAPER_LANGUAGES = ['plaintext', 'markdown'];

/** Where a document's annotations are stored, or undefined for a document that cannot carry them (unsaved, outside every workspace folder, not a paper). */
export function paperLocationOf(document: vscode.TextDocument): PaperLocation | undefined {
  if (!onDisk(document) || !PAPER_LANGUAGES.includes(document.languageId)) return undefined;
  // A PDF paper's annotations are stored as its file's, beside it.
  const folder = vscode.workspace.getWorkspaceFolder(vscode.Uri.file(document.uri.fsPath));
  if (!folder || folder.uri.scheme !== 'file') return undefined;
  try {
    return locatePaper(folder.uri.fsPath, document.uri.fsPath);
  } catch {
    return undefined;
  }
}

/** Why `paperLocationOf` gave nothing, for the reader who tried to annotate. */
export function whyNotAnnotatable(document: vscode.TextDocument): string {
  if (!PAPER_LANGUAGES.includes(document.languageId)) return 'Only plain-text and Markdown papers can be annotated.';
  if (!onDisk(document)) return 'Save the paper in a workspace folder first: annotations are stored beside it, in the folder’s .annotations/.';
  return 'Open the paper from a workspace folder (File > Open Folder…): annotations are stored in that folder’s .annotations/.';
}

function onDisk(document: vscode.TextDocument): boolean {
  return document.uri.scheme === 'file' || document.uri.scheme === PDF_PAPER_SCHEME;
}
