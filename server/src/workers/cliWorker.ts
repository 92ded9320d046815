/** Worker thread of `check` and `summary` (see `cli/parallel.ts`): one file's outcome per job. */
import { parentPort, workerData } from 'node:worker_threads';
import { CliJob, CliTask, CliWorkerData, cliCache, outcomeOf } from '../cli/parallel';
import { PaperFile } from '../cli/files';
import { rowOf } from '../cli/summary';
import { reportsOf } from '../cli/check';
import { WorkerJob, WorkerReply } from './workerPool';

const port = parentPort!;
const { cacheDir } = workerData as CliWorkerData;
const work: Record<CliTask, (file: PaperFile) => unknown> = { summary: rowOf, check: reportsOf };
const caches = { summary: cliCache('summary', cacheDir ?? undefined), check: cliCache('check', cacheDir ?? undefined) };

port.on('message', async ({ id, job }: WorkerJob<CliJob>) => {
  const reply: WorkerReply<unknown> = { id, result: await outcomeOf(job, caches[job.task], work[job.task]) };
  port.postMessage(reply);
});

port.postMessage({ ready: true } satisfies WorkerReply<unknown>);
