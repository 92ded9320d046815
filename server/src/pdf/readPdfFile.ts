/** A PDF file read within a size limit: what the CLI, the server's PDF worker and the index share. */
import { promises as fs } from 'node:fs';
import { extractPdfText, PdfText } from './extract';
import { PdfError } from './errors';
import { BYTES_PER_MB, formatMB } from '../workspace/sizeLimits';

/** PDFs hold pictures and fonts besides their text: a file this large may still be a paper of ordinary length. */
export const DEFAULT_MAX_PDF_MB = 100;

/** The PDF's bytes; a `PdfError` for a file over the limit. */
export async function readPdfBytes(file: string, maxMB = DEFAULT_MAX_PDF_MB): Promise<Buffer> {
  const size = (await fs.stat(file)).size;
  if (size > maxMB * BYTES_PER_MB) throw new PdfError('too-large', `${formatMB(size)}, over the ${maxMB} MB limit for PDFs`);
  return fs.readFile(file);
}

export async function readPdfFile(file: string, maxMB = DEFAULT_MAX_PDF_MB): Promise<PdfText> {
  return extractPdfText(await readPdfBytes(file, maxMB));
}
