/**
 * PDF figures of issue 12 (not a test; run by `npm run bench` or alone: node out/test/bench/pdfBench.js):
 * - extraction speed on the dev PDFs (../shared/eval/dev, else the fixture PDF) against pdftotext on the same files;
 * - a book of 300 pages written by the test PDF writer: time and peak memory of its extraction, in a process of its own;
 * - hover latency over stdio on an open paper while the server extracts a book of 1,000 pages.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractPdfText } from '../../server/src/pdf';
import { PDF_TEXT_REQUEST, PdfTextResult } from '../../server/src/protocol';
import { paragraph, writePdf } from '../unit/pdfWriter';
import { LspClient } from '../protocol/lspClient';
import { percentile } from './percentile';

const ROOT = path.resolve(__dirname, '../../..');
const DEV = path.resolve(ROOT, '../shared/eval/dev');

function figure(what: string, today: string, goal: string): void {
  console.log(`figure: ${what}: ${today} (issue 12; goal ${goal})`);
}

function book(pages: number): Uint8Array {
  const lines = Array.from({ length: 48 }, (_, k) => `Line ${k + 1} of the survey: silt, reeds and the tide at the harbour wall [${(k % 9) + 1}].`);
  return writePdf(Array.from({ length: pages }, () => ({ texts: paragraph(lines, 72, 60, 10, 14) })));
}

async function speed(): Promise<void> {
  const dir = fs.existsSync(DEV) ? DEV : path.join(ROOT, 'test/fixtures/pdf');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.pdf')).map((f) => path.join(dir, f));
  await extractPdfText(fs.readFileSync(files[0])); // pdf.js loaded and warm
  let pages = 0;
  const start = performance.now();
  for (const f of files) pages += (await extractPdfText(fs.readFileSync(f))).pages.length;
  const ours = performance.now() - start;
  const poppler = spawnSync('pdftotext', ['-v']).error ? null : performance.now();
  if (poppler !== null) for (const f of files) spawnSync('pdftotext', ['-enc', 'UTF-8', f, '-']);
  const theirs = poppler === null ? null : performance.now() - poppler;
  const versus = theirs === null ? 'pdftotext not installed (apt-get install poppler-utils)' : `pdftotext ${((pages / theirs) * 1000).toFixed(0)} pages/s, ours takes ${(ours / theirs).toFixed(1)}× its time`;
  figure(`extraction of ${files.length} PDFs, ${pages} pages (${path.relative(ROOT, dir)})`, `${((pages / ours) * 1000).toFixed(0)} pages/s; ${versus}`, '≤ 3× pdftotext');
}

function bookInItsOwnProcess(dir: string): void {
  const file = path.join(dir, 'book-300.pdf');
  fs.writeFileSync(file, book(300));
  const script = `const { extractPdfText } = require(${JSON.stringify(path.join(ROOT, 'out/server/src/pdf'))});
    const t = performance.now();
    extractPdfText(require('fs').readFileSync(${JSON.stringify(file)})).then((r) => console.log(JSON.stringify({ pages: r.pages.length, ms: performance.now() - t, peakMb: process.resourceUsage().maxRSS / 1024 })));`;
  const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  const r = JSON.parse(run.stdout) as { pages: number; ms: number; peakMb: number };
  figure(`a ${r.pages}-page PDF (${(fs.statSync(file).size / 2 ** 20).toFixed(1)} MB) extracted`, `${(r.ms / 1000).toFixed(1)} s, peak RSS ${r.peakMb.toFixed(0)} MB`, 'a clear message or the text, never a hang');
}

async function hoverWhileExtracting(dir: string): Promise<void> {
  const pdf = path.join(dir, 'book-1000.pdf');
  fs.writeFileSync(pdf, book(1000));
  const paper = path.join(dir, 'open.txt');
  const text = 'The pilots logged the tides (Marsh & Tully, 2016).\n\nReferences\n\nMarsh, D. & Tully, E. (2016). Berths and silt. Coastal Review, 4, 12-40.\n';
  fs.writeFileSync(paper, text);
  const client = await LspClient.start(null, null, { initializationOptions: { storagePath: path.join(dir, 'storage') } });
  try {
    const uri = pathToFileURL(paper).href;
    client.open(uri, text);
    const hover = () => client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 31 } });
    await hover();
    let done = false;
    const start = performance.now();
    const extraction = client.request<PdfTextResult>(PDF_TEXT_REQUEST, { uri: pathToFileURL(pdf).href }).finally(() => (done = true));
    const times: number[] = [];
    while (!done) {
      const t = performance.now();
      await hover();
      times.push(performance.now() - t);
      await new Promise((r) => setTimeout(r, 5));
    }
    const result = await extraction;
    const seconds = (performance.now() - start) / 1000;
    const outcome = 'error' in result ? `refused: "${result.error}"` : `${result.pages.length} pages`;
    times.sort((a, b) => a - b);
    figure(
      `hover over stdio while the server extracts a 1,000-page PDF (${outcome} in ${seconds.toFixed(1)} s, ${times.length} hovers)`,
      `p99 ${percentile(times, 99).toFixed(1)} ms, p50 ${percentile(times, 50).toFixed(1)} ms`,
      'requests never wait for an extraction',
    );
  } finally {
    await client.stop();
  }
}

export async function runPdfBench(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scholarly-bench-pdf-'));
  try {
    await speed();
    bookInItsOwnProcess(dir);
    await hoverWhileExtracting(dir);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) void runPdfBench();
