/** A paper file as text: a PDF's extracted text, or a text file decoded (see `readPaper`). */
import * as path from 'node:path';
import { PdfError, readPdfFile } from '../pdf';
import { BadFileError, PaperFile, pathError, readPaper } from './files';

export function isPdfPath(file: string): boolean {
  return path.extname(file).toLowerCase() === '.pdf';
}

export async function readAnyPaper(file: string, maxMB: number): Promise<PaperFile> {
  if (!isPdfPath(file)) return readPaper(file, maxMB);
  try {
    return { path: file, text: (await readPdfFile(file)).text };
  } catch (error) {
    if (error instanceof PdfError) throw new BadFileError(file, `${error.message}.`);
    throw (error as NodeJS.ErrnoException).code ? pathError(file, error) : error;
  }
}
