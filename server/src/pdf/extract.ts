/**
 * Text of a PDF for the analysis: bytes in, the text with its page map out. A pure function of the
 * bytes (pdf.js state lives only for the call), so a worker thread can run it.
 */
import { PdfError } from './errors';
import { withPdfDocument } from './pdfjs';
import { textRuns } from './textRuns';
import { PageLine, pageLines } from './lines';
import { lineText } from './lineText';
import { findFurniture, PageLines } from './furniture';
import { pageText } from './pageText';
import { mendHyphenation } from './hyphenation';
import { PdfPage } from './pageMap';

export interface PdfText {
  /** Pages one after another, each after the first opening with a form feed (as pdftotext writes them). */
  text: string;
  pages: PdfPage[];
  /** pdf.js's fingerprint of the file (its first ID), to tie annotations to this PDF. */
  fingerprint: string;
}

/** A PDF starts with "%PDF-" (some files put a little junk before it). */
const HEADER_REACH = 1024;
/** Fewer letters than this per page, on average, is a scan without a text layer. */
const MIN_LETTERS_PER_PAGE = 25;

function checkHeader(bytes: Uint8Array): void {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, HEADER_REACH)).toString('latin1');
  if (head.includes('%PDF-')) return;
  if (/^\s*<(?:!doctype|html|\?xml)/i.test(head)) throw new PdfError('not-pdf', 'it is HTML or XML');
  throw new PdfError('not-pdf', bytes.length === 0 ? 'the file is empty' : 'no %PDF- header');
}

/** The size most of the paper's letters are set in. */
function bodySizeOf(pages: PageLines[]): number {
  const weight = new Map<number, number>();
  for (const p of pages) p.lines.forEach((l, i) => weight.set(Math.round(l.size * 2) / 2, (weight.get(Math.round(l.size * 2) / 2) ?? 0) + p.texts[i].length));
  let best = 0;
  let size = 10;
  for (const [s, w] of weight) if (w > best) [best, size] = [w, s];
  return size;
}

async function readPages(bytes: Uint8Array): Promise<{ pages: PageLines[]; fingerprint: string }> {
  return withPdfDocument(bytes, async (doc) => {
    const pages: PageLines[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const viewport = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const lines = pageLines(textRuns(content.items, viewport.transform as Parameters<typeof textRuns>[1]));
      pages.push({ height: viewport.height, lines, texts: lines.map(lineText) });
      page.cleanup();
    }
    return { pages, fingerprint: doc.fingerprints[0] ?? '' };
  });
}

export async function extractPdfText(bytes: Uint8Array): Promise<PdfText> {
  checkHeader(bytes);
  const { pages, fingerprint } = await readPages(bytes);
  const letters = pages.reduce((n, p) => n + p.texts.reduce((m, t) => m + (t.match(/[\p{L}\p{N}]/gu)?.length ?? 0), 0), 0);
  if (letters < MIN_LETTERS_PER_PAGE * Math.max(1, pages.length)) throw new PdfError('no-text-layer');

  const furniture = findFurniture(pages);
  const bodySize = bodySizeOf(pages);
  const lines: string[] = [];
  pages.forEach((p, k) => {
    const kept: PageLine[] = p.lines.filter((_, i) => !furniture[k][i]);
    const textOf = new Map(p.lines.map((l, i) => [l, p.texts[i]]));
    const own = pageText(kept, textOf, bodySize);
    if (!own.length) own.push('');
    if (k > 0) own[0] = '\f' + own[0];
    lines.push(...own);
  });
  return assemble(lines, pages.length, fingerprint);
}

function assemble(lines: string[], pageCount: number, fingerprint: string): PdfText {
  const text = mendHyphenation(lines).join('\n') + '\n';
  // Mending may move a page's first word up to the page before: pages are found again by their form feeds, ours alone.
  const starts = [0];
  for (let at = text.indexOf('\f'); at !== -1; at = text.indexOf('\f', at + 1)) starts.push(at);
  const pages: PdfPage[] = starts.slice(0, pageCount).map((start, k) => ({ number: k + 1, start, end: starts[k + 1] ?? text.length }));
  return { text, pages, fingerprint };
}
