/** PDFs as papers of the workspace: their text as the PDF worker extracts it (see `PdfTexts`). */
import { DEFAULT_MAX_PDF_MB } from '../pdf/readPdfFile';
import { BYTES_PER_MB } from './sizeLimits';
import { PaperSource } from './paperSources';
import { PdfTexts } from './pdfTexts';

export function pdfPapers(texts: PdfTexts): PaperSource {
  return { extensions: ['.pdf'], maxBytes: DEFAULT_MAX_PDF_MB * BYTES_PER_MB, read: async (file) => (await texts.textOf(file)).text };
}
