/**
 * Worker thread of the workspace index: reads a paper file and answers its summary (from the index cache
 * when the paper did not change), so that the thread that answers requests never analyses a disk paper.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { DiskPapers } from '../workspace/diskPapers';
import { PaperSummary } from '../workspace/paperSummary';
import { ResultCache } from '../workspace/resultCache';
import { summariseText } from '../workspace/summariseText';
import { IndexJob, IndexResult, IndexWorkerData, PAPER_SUMMARIES } from '../workspace/indexJobs';
import { WorkerJob, WorkerReply } from './workerPool';
import { runInBackground } from './backgroundPriority';

runInBackground();
const port = parentPort!;
const options = workerData as IndexWorkerData;
const disk = new DiskPapers();
const warn = (warning: string): void => port.postMessage({ warning } satisfies WorkerReply<IndexResult>);
const cache = options.cacheDir ? new ResultCache<PaperSummary>(options.cacheDir, PAPER_SUMMARIES, warn) : null;

port.on('message', async ({ id, job }: WorkerJob<IndexJob>) => {
  let reply: WorkerReply<IndexResult>;
  try {
    const file = await disk.read(job.uri);
    reply = { id, result: file ? { ...(await summariseText(file.text, cache)), stamp: file.stamp } : null };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});

port.postMessage({ ready: true } satisfies WorkerReply<IndexResult>);
