/**
 * Speed figures (not a test), run with `npm run bench`; each "figure:" line sets today's figure beside the one
 * issue 11 measured and its goal:
 * - the analysis: each seed paper against a regex pass, a synthetic paper of 5,000 entries and 20,000 citations
 *   and how time grows with size, a 4 MB text, a 50 MB one through the CLI (analysisBench.ts);
 * - request latency of the language server over stdio on the largest paper (lspLatency.ts);
 * - on a workspace of 1,000 copies of those papers: the workspace index first time and on the next start
 *   (with its cache), `scholarly-lens summary`, and hover latency over stdio while the index runs;
 * - PDF extraction against pdftotext, a 300-page PDF, hovers while a 1,000-page one is extracted (pdfBench.ts);
 * - a 20,000-entry .bib read into the reader's library, and a change to it picked up (libraryBench.ts).
 * Uses ../shared/corpus when it exists, else the embedded samples in corpus/.
 */
import { benchFolder, describeFolder } from './benchPapers';
import { runAnalysisBench } from './analysisBench';
import { runLspLatencyBench } from './lspLatency';
import { runIndexBench } from './indexBench';
import { runHoverBench } from './hoverBench';
import { runCliBench } from './cliBench';
import { runPdfBench } from './pdfBench';
import { runLibraryBench } from './libraryBench';

/** The workspace of the index, CLI and hover figures. */
const WORKSPACE_PAPERS = 1000;

async function main(): Promise<void> {
  // First, while this process's heap is small: the latency is measured on this side of stdio, where the
  // analysis figures' garbage would be collected in the middle of the requests (p99 2–3 ms instead of 1).
  await runLspLatencyBench();
  runAnalysisBench();
  await runPdfBench();
  await runLibraryBench();
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
