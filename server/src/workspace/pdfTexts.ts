/**
 * The text of each PDF paper the server reads (opened as a paper, or in the workspace folders), extracted
 * by a worker thread within a time and memory limit and cached on disk (in the extension's storage, by the
 * PDF's content) so that a second read, or a second start, extracts nothing again.
 */
import { promises as fs } from 'node:fs';
import { PdfPage, PdfText, readPdfFile } from '../pdf';
import { WorkerPool } from '../workers/workerPool';
import { PdfJob, PdfWorkerData } from './pdfJobs';

/** A PDF that takes longer than this (a book of thousands of pages) is reported instead of read. */
const EXTRACTION_TIMEOUT_MS = 120_000;
/** pdf.js's heap for one PDF: a book of a thousand pages takes a few hundred MB. */
const EXTRACTION_HEAP_MB = 1024;

export interface PdfTextOptions {
  /** The script of the worker thread (the bundle: see `workers/bundle.ts`); without it, PDFs are read on this thread. */
  workerScript?: string;
  cacheDir?: string;
}

export class PdfTexts {
  /** Extractions under way, so that a PDF asked for twice is read once; a text read is not kept here (the disk cache has it). */
  private readonly reading = new Map<string, { stamp: string; text: Promise<PdfText> }>();
  private readonly pages = new Map<string, PdfPage[]>();
  private options: PdfTextOptions = {};
  private pool: WorkerPool<PdfJob, PdfText> | null = null;

  constructor(private readonly warn: (message: string) => void) {}

  /** Where the worker and the cache are (known once the server is initialised); before the first PDF is read. */
  configure(options: PdfTextOptions): void {
    this.options = options;
  }

  /** The text of the PDF at `file`; fails with a message a reader can act on. */
  async textOf(file: string): Promise<PdfText> {
    const stat = await fs.stat(file);
    const stamp = `${stat.mtimeMs}:${stat.size}`;
    const under = this.reading.get(file);
    if (under?.stamp === stamp) return under.text;
    const text = this.extract(file);
    this.reading.set(file, { stamp, text });
    const settled = (): void => void (this.reading.get(file)?.text === text && this.reading.delete(file));
    text.then((t) => {
      this.pages.set(file, t.pages);
      settled();
    }, settled);
    return text;
  }

  /** In the worker, which reads the file within the size limit (`readPdfBytes`), or here without one. */
  private extract(file: string): Promise<PdfText> {
    const { workerScript, cacheDir } = this.options;
    if (!workerScript) return readPdfFile(file);
    this.pool ??= new WorkerPool<PdfJob, PdfText>(workerScript, 1, { role: 'pdf', cacheDir: cacheDir ?? null } satisfies PdfWorkerData, this.warn, { heapMb: EXTRACTION_HEAP_MB, youngMb: 16, jobTimeoutMs: EXTRACTION_TIMEOUT_MS });
    return this.pool.run({ path: file });
  }

  /** The page map of a PDF already read (none before its text is). */
  pagesOf(file: string): PdfPage[] | undefined {
    return this.pages.get(file);
  }
}
