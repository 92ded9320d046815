export { extractPdfText, PdfText } from './extract';
export { PdfError, PdfFailure } from './errors';
export { PdfPage, pageAt } from './pageMap';
