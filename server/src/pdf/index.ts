export { extractPdfText, PdfText } from './extract';
export { PdfError, PdfFailure } from './errors';
export { PdfPage, pageAt } from './pageMap';
export { DEFAULT_MAX_PDF_MB, readPdfBytes, readPdfFile } from './readPdfFile';
