/** Why a PDF gave no text: each reason has a message a user can act on. */
export type PdfFailure = 'not-pdf' | 'encrypted' | 'no-text-layer' | 'malformed' | 'too-large';

const MESSAGES: Record<PdfFailure, string> = {
  'not-pdf': 'not a PDF',
  encrypted: 'encrypted PDF: open it with its password and save an unprotected copy',
  'no-text-layer': 'no text layer: run OCR first',
  malformed: 'malformed or truncated PDF',
  'too-large': 'PDF too large to read',
};

export class PdfError extends Error {
  constructor(
    readonly reason: PdfFailure,
    detail?: string,
  ) {
    super(detail ? `${MESSAGES[reason]} (${detail})` : MESSAGES[reason]);
    this.name = 'PdfError';
  }
}
