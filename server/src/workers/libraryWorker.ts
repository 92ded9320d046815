/** Worker thread of the reader's library: a bibliography file's text in, its items and problems out (see `library/libraryReader.ts`). */
import { parentPort } from 'node:worker_threads';
import { LibraryFile } from '../library/libraryItem';
import { LibraryJob } from '../library/libraryReader';
import { readLibraryFile } from '../library/readerLibrary';
import { WorkerJob, WorkerReply } from './workerPool';
import { runInBackground } from './backgroundPriority';

runInBackground();
const port = parentPort!;

port.on('message', ({ id, job }: WorkerJob<LibraryJob>) => {
  let reply: WorkerReply<LibraryFile>;
  try {
    reply = { id, result: readLibraryFile(job.uri, job.text) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});

port.postMessage({ ready: true } satisfies WorkerReply<LibraryFile>);
