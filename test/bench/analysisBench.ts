/**
 * Analysis speed against the figures (not a test; run through `npm run bench`):
 * - the whole analysis of each seed paper against one bare regex pass over it (the pass a regex-only
 *   recogniser makes: capitalised names, "and"/"&"/"et al.", a year, a page; or a number in brackets);
 * - a synthetic paper of 5,000 entries and 20,000 citations, and how time grows with its size (the exponent
 *   of a power law fitted through four sizes, each double the one before);
 * - a 4 MB text (the largest seed paper repeated, as a book of chapters is), and a 50 MB one through the CLI.
 * Median of repeats, wall-clock time (run it on a quiet machine).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { samplePapers } from './benchPapers';
import { figure } from './figure';
import { analyseFully, elapsedMs, median } from './timing';

const CLI = path.resolve(__dirname, '../../../dist/cli.js');
const REGEX_PASS =
  /\(?\p{Lu}[\p{L}'’-]+(?:(?:,|\s+(?:and|&|et al\.))\s*\p{Lu}?[\p{L}'’-]*)*,?\s*\(?\d{4}[a-z]?(?:[,:]\s*(?:pp?\.\s*)?\d+(?:[-–]\d+)?)?\)?|\[\d+(?:\s*[,–-]\s*\d+)*\]/gu;

function regexPass(text: string): number {
  return [...text.matchAll(REGEX_PASS)].length;
}

function seedRatios(texts: string[]): void {
  for (let warm = 0; warm < 20; warm++) for (const t of texts) {
    analyseFully(t);
    regexPass(t);
  }
  const ratios = texts.map((t) => {
    // Interleaved, so that both see the same machine.
    const regexTimes: number[] = [];
    const analysisTimes: number[] = [];
    for (let r = 0; r < 31; r++) {
      regexTimes.push(elapsedMs(() => regexPass(t)));
      analysisTimes.push(elapsedMs(() => analyseFully(t)));
    }
    const regex = median(regexTimes);
    const analysis = median(analysisTimes);
    console.log(`  ${(t.length / 1024).toFixed(0)} KB: regex pass ${regex.toFixed(2)} ms, whole analysis ${analysis.toFixed(1)} ms, ${(analysis / regex).toFixed(1)}×`);
    return analysis / regex;
  });
  figure('whole analysis of a seed paper vs one bare regex pass', `${Math.min(...ratios).toFixed(1)}–${Math.max(...ratios).toFixed(1)}×`, '27–75×', '≤ 10×');
}

/** In a process of its own: what earlier figures left in the heap would make the larger sizes collect more. */
function syntheticGrowth(): void {
  const run = spawnSync(process.execPath, [path.join(__dirname, 'growthRun.js')], { stdio: 'inherit' });
  if (run.status !== 0) console.log(`the synthetic paper's run failed (exit ${run.status})`);
}

function repeated(seed: string, bytes: number): string {
  return Array.from({ length: Math.ceil(bytes / seed.length) }, () => seed).join('\n\n');
}

function largeTexts(texts: string[]): void {
  const seed = texts.reduce((a, b) => (b.length > a.length ? b : a));
  const text = repeated(seed, 4e6);
  const ms = elapsedMs(() => analyseFully(text));
  figure(`a ${(text.length / 1e6).toFixed(1)} MB text (copies of a ${(seed.length / 1024).toFixed(0)} KB paper)`, `${(ms / 1000).toFixed(1)} s`, '42 s', '≤ 5 s');

  // 50 MB through the CLI: refused under the default limit, analysed when the limit is raised.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scholarly-bench-large-'));
  try {
    const file = path.join(dir, 'large.txt');
    fs.writeFileSync(file, repeated(seed, 50e6));
    const refused = runCli(['summary', file]);
    const analysed = runCli(['summary', '--max-mb', '60', file]);
    figure(
      'a 50 MB text file, CLI summary',
      `refused in ${refused.ms.toFixed(0)} ms (exit ${refused.status}: "${refused.stderr.trim().split('\n')[0]}"); with --max-mb 60 analysed in ${(analysed.ms / 1000).toFixed(1)} s (exit ${analysed.status})`,
      'killed after 300 s, no output',
      'refused or analysed in ≤ 30 s with a clear message',
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

function runCli(args: string[]): { ms: number; status: number | null; stderr: string } {
  const start = performance.now();
  const run = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 });
  return { ms: performance.now() - start, status: run.status, stderr: run.stderr };
}

/** The heap once 500 papers have been analysed and their models dropped, after a full GC: what the analysis keeps (bounded memos and tables) and the engine's own. */
function retainedHeap(texts: string[]): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) return void console.log('heap after 500 papers: run with node --expose-gc to measure it');
  for (let k = 0; k < 500; k++) analyseFully(`${texts[k % texts.length]}\n\nCopy ${k}.\n`);
  gc();
  console.log(`heap after 500 papers analysed and a full GC: ${(process.memoryUsage().heapUsed / 1e6).toFixed(1)} MB in all (no paper's text or model is kept)`);
}

export function runAnalysisBench(): void {
  const { from, texts } = samplePapers();
  console.log(`seed papers: ${texts.length} from ${from}`);
  seedRatios(texts);
  syntheticGrowth();
  largeTexts(texts);
  retainedHeap(texts);
}
