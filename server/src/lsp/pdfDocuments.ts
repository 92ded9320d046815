/** PDF papers opened as text documents (see `PDF_PAPER_SCHEME`): their files, texts and page maps. */
import { PdfTextResult } from '../protocol/requests';
import { isPdfDocument, pdfFileOf } from '../workspace/pdfUris';
import { PdfTexts } from '../workspace/pdfTexts';
import { PdfPage } from '../pdf';

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
    const file = isPdfDocument(documentUri) ? pdfFileOf(documentUri) : null;
    return file === null ? undefined : this.texts.pagesOf(file);
  }
}
