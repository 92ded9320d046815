/**
 * Speed figures (not a test), run with `npm run bench`:
 * - analysis of the largest paper, the whole model (citations, notes, organisations, concepts), cold and warm;
 * - on a workspace of 1,000 copies of those papers: the workspace index first time and on the next start
 *   (with its cache), `scholarly-lens summary`, and hover latency over stdio while the index runs.
 * Uses ../shared/corpus when it exists, else the embedded samples in corpus/.
 */
import { analysePaper } from '../../server/src/analysis';
import { benchFolder, describeFolder, samplePapers } from './benchPapers';
import { runIndexBench } from './indexBench';
import { runHoverBench } from './hoverBench';
import { runCliBench } from './cliBench';

const RUNS = 50;
/** The workspace of the index, CLI and hover figures. */
const WORKSPACE_PAPERS = 1000;
/** A language server analyses many versions of a paper; warm figures are taken once the engine has optimised the code. */
const WARM_UP = 30;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.round((p / 100) * (sorted.length - 1)))];
}

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
  const folder = benchFolder(WORKSPACE_PAPERS);
  try {
    console.log(`workspace of ${describeFolder(folder)}`);
    runIndexBench(folder);
    runCliBench(folder);
    await runHoverBench(folder);
  } finally {
    folder.remove();
  }
}

void main();
