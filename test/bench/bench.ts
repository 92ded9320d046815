/**
 * Speed figures (not a test): analysis time of the largest paper, cold and warm.
 * Run with `npm run bench`. Uses the largest paper in ../shared/corpus when it exists, else the
 * largest embedded sample repeated to the same size (138 KB).
 */
import * as fs from 'fs';
import * as path from 'path';
import { analysePaper } from '../../server/src/analysis';

const ROOT = path.resolve(__dirname, '../../..');
const SHARED_CORPUS = path.resolve(ROOT, '../shared/corpus');
const TARGET_BYTES = 138_000;
const RUNS = 50;

function largestPaper(dir: string): { name: string; text: string } | null {
  if (!fs.existsSync(dir)) return null;
  const files = fs.readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f));
  if (files.length === 0) return null;
  const name = files.sort((a, b) => fs.statSync(path.join(dir, b)).size - fs.statSync(path.join(dir, a)).size)[0];
  return { name: path.join(dir, name), text: fs.readFileSync(path.join(dir, name), 'utf8') };
}

function benchPaper(): { name: string; text: string } {
  const shared = largestPaper(SHARED_CORPUS);
  if (shared) return shared;
  const sample = largestPaper(path.join(ROOT, 'corpus'))!;
  const [body, list] = sample.text.split(/\n(?=References\n|Bibliography\n|Notes\n)/);
  let text = body;
  while (Buffer.byteLength(text) < TARGET_BYTES) text += '\n\n' + body;
  return { name: `${sample.name} repeated to ${TARGET_BYTES} bytes`, text: `${text}\n${list ?? ''}` };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.round((p / 100) * (sorted.length - 1)))];
}

const paper = benchPaper();
const t0 = performance.now();
analysePaper(paper.text);
const cold = performance.now() - t0;
const times: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const start = performance.now();
  analysePaper(paper.text);
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
console.log(`paper: ${paper.name} (${Buffer.byteLength(paper.text)} bytes)`);
console.log(
  `analysis: cold ${cold.toFixed(1)} ms; warm over ${RUNS} runs: median ${percentile(times, 50).toFixed(2)} ms, p95 ${percentile(times, 95).toFixed(2)} ms, min ${times[0].toFixed(2)} ms (target: under 20 ms)`,
);
