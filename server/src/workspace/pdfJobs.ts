/** What the server's PDF worker is asked: the text of the PDF file at `path`. */
export interface PdfJob {
  path: string;
}

/** The kind of result its cache keeps (see `ResultCache`): extracted texts, by the SHA-1 of the PDF's bytes. */
export const PDF_TEXTS = 'pdf-text';
