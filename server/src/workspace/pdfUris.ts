/** URIs of PDF papers: the PDF's file, and the text document of the PDF scheme that shows it (see `PDF_PAPER_SCHEME`). */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PDF_PAPER_SCHEME } from '../protocol/requests';

/** The PDF file behind a document URI of the PDF scheme, or behind a file URI; null for any other URI. */
export function pdfFileOf(uri: string): string | null {
  try {
    const url = new URL(uri);
    if (url.protocol === `${PDF_PAPER_SCHEME}:`) return fileURLToPath(`file://${url.pathname}`);
    if (url.protocol === 'file:' && url.pathname.toLowerCase().endsWith('.pdf')) return fileURLToPath(url);
  } catch {
    // not a URI a path can be made of
  }
  return null;
}

export function isPdfDocument(uri: string): boolean {
  return uri.startsWith(`${PDF_PAPER_SCHEME}:`);
}

/** The file URI of the PDF a PDF-scheme document shows (as the workspace index names it), else null. */
export function pdfFileUriOf(documentUri: string): string | null {
  const file = isPdfDocument(documentUri) ? pdfFileOf(documentUri) : null;
  return file === null ? null : pathToFileURL(file).href;
}
