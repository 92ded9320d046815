/**
 * `check` and `summary` over many files: each file read and its result worked out by a pool of worker threads
 * (one per core), handed back in the order of the files. A file that cannot be read or analysed is an outcome
 * of its own, so the run goes on. With `--cache DIR`, a result is kept on disk under the SHA-1 of the file's
 * path and text and the analysis version, and a file that did not change is not analysed again.
 */
import * as os from 'node:os';
import { WorkerPool } from '../workers/workerPool';
import { WorkerRoleData } from '../workers/bundle';
import { ResultCache } from '../workspace/resultCache';
import { BadFileError, PaperFile } from './files';
import { readAnyPaper } from './readAnyPaper';

export type CliTask = 'summary' | 'check';

export interface CliJob {
  task: CliTask;
  path: string;
  maxMB: number;
}

/** One file's result, or what was wrong with the file. */
export type FileOutcome<R> = { result: R } | { bad: string };

export interface CliWorkerData extends WorkerRoleData {
  cacheDir: string | null;
}

export interface ParallelOptions {
  /** The bundle (see `workers/bundle.ts`); without it, every file is analysed on this thread. */
  workerScript?: string;
  cacheDir?: string;
}

/** A file whose reading and analysis take longer (a PDF of thousands of pages) is reported, and the run goes on. */
const FILE_TIMEOUT_MS = 300_000;

/** Fewer files than this are quicker analysed here than with workers to start. */
const FILES_FOR_WORKERS = 8;

export function cacheKeyOf(file: PaperFile): string {
  return ResultCache.keyOf(`${file.path}\u0000${file.text}`);
}

export function cliCache<R>(task: CliTask, cacheDir: string | undefined): ResultCache<R> | null {
  return cacheDir ? new ResultCache<R>(cacheDir, `cli-${task}`, (m) => console.error(`scholarly-lens: ${m}`)) : null;
}

/** The result of `work` for one file, from the cache when it holds one; a file that cannot be read or analysed says why. */
export async function outcomeOf<R>(job: CliJob, cache: ResultCache<R> | null, work: (file: PaperFile) => R): Promise<FileOutcome<R>> {
  try {
    const file = await readAnyPaper(job.path, job.maxMB);
    const key = cache && cacheKeyOf(file);
    const cached = key ? await cache!.get(key) : undefined;
    if (cached !== undefined) return { result: cached };
    const result = work(file);
    if (key) await cache!.put(key, result);
    return { result };
  } catch (error) {
    if (error instanceof BadFileError) return { bad: error.problem };
    return { bad: `internal error while analysing it (${error instanceof Error ? error.message : String(error)}). Please report it with this file.` };
  }
}

/** `work` for every file (in workers when there are many and they start), outcomes in the order of the files. */
export async function perFile<R>(task: CliTask, paths: string[], maxMB: number, work: (file: PaperFile) => R, options: ParallelOptions): Promise<FileOutcome<R>[]> {
  const cache = cliCache<R>(task, options.cacheDir);
  await cache?.removeOtherVersions();
  const jobs = paths.map((path) => ({ task, path, maxMB }));
  const here = async (): Promise<FileOutcome<R>[]> => {
    const out: FileOutcome<R>[] = [];
    for (const job of jobs) out.push(await outcomeOf(job, cache, work));
    return out;
  };
  if (!options.workerScript || paths.length < FILES_FOR_WORKERS) return here();
  const pool = new WorkerPool<CliJob, FileOutcome<R>>(
    options.workerScript,
    Math.min(os.availableParallelism(), paths.length),
    { role: 'cli', cacheDir: options.cacheDir ?? null } satisfies CliWorkerData,
    (m) => console.error(`scholarly-lens: ${m}`),
    { jobTimeoutMs: FILE_TIMEOUT_MS },
  );
  try {
    // A worker that dies (out of memory) fails its own files; workers that cannot start at all fail every file.
    const stopped = (error: Error): FileOutcome<R> => ({ bad: `its analysis stopped (${error.message}); it may be too large for one worker.` });
    const outcomes = await Promise.all(jobs.map((job) => pool.run(job).catch(stopped)));
    if (!pool.broken) return outcomes;
    console.error(`scholarly-lens: ${pool.broken.message}; analysing on one thread instead`);
    return here();
  } finally {
    await pool.close();
  }
}
