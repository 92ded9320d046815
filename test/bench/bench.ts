/**
 * Speed figures (not a test), run with `npm run bench`:
 * - analysis of the largest paper, the whole model (citations, notes, organisations, concepts), cold and warm;
 * - indexing a workspace of 100 papers of that corpus;
 * - request latency of the language server over stdio on the largest paper (lspLatency.ts).
 * Uses ../shared/corpus when it exists, else the embedded samples in corpus/.
 */
import { analysePaper } from '../../server/src/analysis';
import { runIndexBench, samplePapers } from './indexBench';
import { runAnalysisBench } from './analysisBench';
import { runLspLatencyBench } from './lspLatency';
import { percentile } from './percentile';

const RUNS = 50;
/** A language server analyses many versions of a paper; warm figures are taken once the engine has optimised the code. */
const WARM_UP = 30;

/** The whole model: organisations and concepts are worked out on first use, so ask for them. */
function analyseFully(text: string): number {
  const start = performance.now();
  const paper = analysePaper(text);
  void paper.organisations.length;
  void paper.concepts.length;
  return performance.now() - start;
}

async function main(): Promise<void> {
  const { from, texts } = samplePapers();
  const text = texts.reduce((a, b) => (b.length > a.length ? b : a));
  const cold = analyseFully(text);
  for (let i = 0; i < WARM_UP; i++) analyseFully(text);
  const times = Array.from({ length: RUNS }, () => analyseFully(text)).sort((a, b) => a - b);
  console.log(`largest paper of ${from}: ${Buffer.byteLength(text)} bytes`);
  console.log(
    `analysis (whole model): cold ${cold.toFixed(1)} ms; warm (after ${WARM_UP} runs) over ${RUNS} runs: median ${percentile(times, 50).toFixed(2)} ms, p95 ${percentile(times, 95).toFixed(2)} ms, min ${times[0].toFixed(2)} ms (target: under 20 ms)`,
  );
  runAnalysisBench();
  await runIndexBench();
  await runLspLatencyBench();
}

void main();
