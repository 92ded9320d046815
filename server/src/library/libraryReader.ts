/**
 * Reads bibliography files into library items, in a worker thread when the server has one (a 20,000-entry
 * .bib takes most of a second, which no request should wait for), else on the calling thread.
 */
import { WorkerPool } from '../workers/workerPool';
import { WorkerRoleData } from '../workers/bundle';
import { LibraryFile } from './libraryItem';
import { readLibraryFile } from './readerLibrary';

export interface LibraryJob {
  uri: string;
  text: string;
}

export interface LibraryReader {
  read(job: LibraryJob): Promise<LibraryFile>;
  dispose(): void;
}

/** A bibliography's raw entries take several times its text: room for the largest one read (`MAX_LIBRARY_BYTES`). */
const LIBRARY_HEAP_MB = 768;
/** Reading makes many short-lived objects (citation-js's tokens): a young generation of 64 MB collects them in fewer passes (a 20,000-entry .bib: a tenth faster than with 16 MB). */
const LIBRARY_YOUNG_MB = 64;

export function libraryReader(workerScript: string | undefined, warn: (message: string) => void): LibraryReader {
  if (!workerScript) return { read: async ({ uri, text }) => readLibraryFile(uri, text), dispose: () => undefined };
  const pool = new WorkerPool<LibraryJob, LibraryFile>(workerScript, 1, { role: 'library' } satisfies WorkerRoleData, warn, { heapMb: LIBRARY_HEAP_MB, youngMb: LIBRARY_YOUNG_MB });
  return {
    read: async (job) => (pool.broken ? readLibraryFile(job.uri, job.text) : pool.run(job)),
    dispose: () => void pool.close(),
  };
}
