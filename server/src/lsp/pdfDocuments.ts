/** PDF papers opened as text documents (see `PDF_PAPER_SCHEME`): their files, texts and page maps. */
import { fileURLToPath } from 'node:url';
import { PDF_PAPER_SCHEME, PdfTextResult } from '../protocol/requests';
import { PdfTexts } from '../workspace/pdfTexts';
import { PdfPage } from '../pdf';

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

export class PdfDocuments {
  constructor(private readonly texts: PdfTexts) {}

  /** Answers `scholarly/pdfText`: the PDF's text and page map, or what is wrong with it. */
  async textOf(uri: string): Promise<PdfTextResult> {
    const file = pdfFileOf(uri);
    if (file === null) return { error: `${uri} is not a PDF file` };
    try {
      const { text, pages, fingerprint } = await this.texts.textOf(file);
      return { text, pages, fingerprint };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  }

  /** The page map of an open PDF paper, once its text has been extracted. */
  pagesOf(documentUri: string): PdfPage[] | undefined {
    const file = documentUri.startsWith(`${PDF_PAPER_SCHEME}:`) ? pdfFileOf(documentUri) : null;
    return file === null ? undefined : this.texts.pagesOf(file);
  }
}
