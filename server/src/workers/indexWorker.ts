/**
 * Worker thread of the workspace index: answers the summary of a paper's text (from the index cache when the
 * paper did not change), so that the thread that answers requests never analyses a disk paper. The main
 * thread reads the file, where the workspace's rules for files (real paths, size limit, encoding) apply.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { PaperSummary } from '../workspace/paperSummary';
import { ResultCache } from '../workspace/resultCache';
import { summariseText } from '../workspace/summariseText';
import { IndexJob, IndexWorkerData, PAPER_SUMMARIES } from '../workspace/indexJobs';
import { Summarised } from '../workspace/summariseText';
import { WorkerJob, WorkerReply } from './workerPool';
import { runInBackground } from './backgroundPriority';

runInBackground();
const port = parentPort!;
const options = workerData as IndexWorkerData;
const warn = (warning: string): void => port.postMessage({ warning } satisfies WorkerReply<Summarised>);
const cache = options.cacheDir ? new ResultCache<PaperSummary>(options.cacheDir, PAPER_SUMMARIES, warn) : null;

port.on('message', async ({ id, job }: WorkerJob<IndexJob>) => {
  let reply: WorkerReply<Summarised>;
  try {
    reply = { id, result: await summariseText(job.text, cache) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});

port.postMessage({ ready: true } satisfies WorkerReply<Summarised>);
