/** A paper file as the analysis reads it: a PDF's extracted text, or a text file decoded (see `readPaper`), a Markdown one without its code. */
import * as path from 'node:path';
import { PdfError, readPdfFile } from '../pdf';
import { BadFileError, PaperFile, pathError, readPaper } from './files';
import { proseOf } from '../workspace/paperProse';

export function isPdfPath(file: string): boolean {
  return path.extname(file).toLowerCase() === '.pdf';
}

export async function readAnyPaper(file: string, maxMB: number): Promise<PaperFile> {
  if (!isPdfPath(file)) {
    const paper = readPaper(file, maxMB);
    return { ...paper, text: proseOf(file, paper.text) };
  }
  try {
    return { path: file, text: (await readPdfFile(file)).text };
  } catch (error) {
    if (error instanceof PdfError) throw new BadFileError(file, `${error.message}.`);
    throw (error as NodeJS.ErrnoException).code ? pathError(file, error) : error;
  }
}
