/**
 * pdf.js, loaded once and run in the calling thread (its "worker" in-process), so extraction is a plain
 * async function of the bytes that a worker thread of ours can host. Nothing of one PDF outlives its call:
 * every document is destroyed when read.
 */
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import type { PDFDocumentProxy } from 'pdfjs-dist/types/src/display/api';
import { PdfError } from './errors';

type PdfJs = typeof import('pdfjs-dist/types/src/pdf');

let loaded: PdfJs | null = null;

/**
 * Where pdf.js is: beside the bundles (dist/pdfjs/, one copy for all of them: see server/scripts/copyPdfjs.mjs),
 * else in node_modules (the tests, which run the compiled sources).
 */
function pdfjsFiles(): { pdf: string; worker: string; cMaps: string } {
  const bundled = [path.join(__dirname, 'pdfjs'), path.join(__dirname, '..', 'pdfjs')].find((dir) => existsSync(path.join(dir, 'pdf.min.mjs')));
  if (bundled) return { pdf: path.join(bundled, 'pdf.min.mjs'), worker: path.join(bundled, 'pdf.worker.min.mjs'), cMaps: path.join(bundled, 'cmaps') + path.sep };
  const root = path.dirname(require.resolve('pdfjs-dist/package.json'));
  return { pdf: path.join(root, 'legacy/build/pdf.mjs'), worker: path.join(root, 'legacy/build/pdf.worker.mjs'), cMaps: path.join(root, 'cmaps') + path.sep };
}

const files = pdfjsFiles();

function pdfjs(): PdfJs {
  if (!loaded) {
    // The legacy build runs on Node 20 (which loads an ES module with require from 20.19 on); the worker module
    // on globalThis makes pdf.js parse in this thread.
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = require(files.worker);
    loaded = withoutCanvasWarnings(() => require(files.pdf) as PdfJs);
  }
  return loaded;
}

/**
 * pdf.js says on stdout, as it loads, that it cannot draw without a canvas package: nothing here draws, and
 * stdout is the language server's channel to the editor.
 */
function withoutCanvasWarnings<T>(load: () => T): T {
  const log = console.log;
  console.log = (...args: unknown[]) => {
    if (!(typeof args[0] === 'string' && args[0].startsWith('Warning: Cannot'))) log(...args);
  };
  try {
    return load();
  } finally {
    console.log = log;
  }
}

/** pdf.js's failures as ours; anything else it throws is a file it could not read. */
function asPdfError(error: unknown): PdfError {
  if (error instanceof PdfError) return error;
  const name = (error as { name?: string })?.name;
  const message = (error as { message?: string })?.message;
  if (name === 'PasswordException') return new PdfError('encrypted');
  return new PdfError('malformed', message);
}

/** Opens a PDF from its bytes, reads it with `read`, and always releases it. */
export async function withPdfDocument<T>(bytes: Uint8Array, read: (doc: PDFDocumentProxy) => Promise<T>): Promise<T> {
  const task = pdfjs().getDocument({
    // pdf.js takes ownership of (and detaches) the buffer it is given: it gets a copy, as a plain Uint8Array (it refuses a Buffer).
    data: new Uint8Array(bytes),
    cMapUrl: files.cMaps,
    cMapPacked: true,
    disableFontFace: true,
    useSystemFonts: false,
    isEvalSupported: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  try {
    const doc = await task.promise.catch((e) => Promise.reject(asPdfError(e)));
    return await read(doc).catch((e) => Promise.reject(asPdfError(e)));
  } finally {
    await task.destroy();
  }
}
