/** Worker thread of `check` and `summary` (see `cli/parallel.ts`): one file's result per job. */
import { parentPort, workerData } from 'node:worker_threads';
import { cachedResult, CliJob, CliTask, cliCache } from '../cli/parallel';
import { PaperFile } from '../cli/files';
import { rowOf } from '../cli/summary';
import { reportsOf } from '../cli/check';
import { WorkerJob, WorkerReply } from './workerPool';

const port = parentPort!;
const { cacheDir } = workerData as { cacheDir: string | null };
const work: Record<CliTask, (file: PaperFile) => unknown> = { summary: rowOf, check: reportsOf };
const caches = { summary: cliCache('summary', cacheDir ?? undefined), check: cliCache('check', cacheDir ?? undefined) };

port.on('message', async ({ id, job }: WorkerJob<CliJob>) => {
  let reply: WorkerReply<unknown>;
  try {
    reply = { id, result: await cachedResult(job.file, caches[job.task], work[job.task]) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});

port.postMessage({ ready: true } satisfies WorkerReply<unknown>);
