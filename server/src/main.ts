/**
 * dist/server.js: the language server when run as a program, the command line when dist/cli.js loads it, and
 * whichever worker a worker thread started on it is told to be (see `workers/bundle.ts`). Each thread requires
 * only the part it plays, so nothing of the others runs.
 */
import { isMainThread, workerData } from 'node:worker_threads';
import type { WorkerRoleData } from './workers/bundle';
import { tuneEngine } from './engineFlags';

tuneEngine();

if (!isMainThread) {
  const { role } = workerData as WorkerRoleData;
  if (role === 'index') require('./workers/indexWorker');
  else if (role === 'cli') require('./workers/cliWorker');
  else if (role === 'pdf') require('./workers/pdfWorker');
  else if (role === 'library') require('./workers/libraryWorker');
  else throw new Error(`a worker thread of Scholarly Lens was started with no known role (${String(role)})`);
} else if (require.main === module) {
  require('./server');
}

/** The command line (dist/cli.js calls this). */
export function runCli(): void {
  require('./cli');
}
