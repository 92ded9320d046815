/**
 * `check` and `summary` over many files: each file's result worked out by a pool of worker threads (one per
 * core), handed back in the order of the files. With `--cache DIR`, a result is kept on disk under the SHA-1 of
 * the file's path and text and the analysis version, and a file that did not change is not analysed again.
 */
import * as os from 'node:os';
import { WorkerPool } from '../workers/workerPool';
import { ResultCache } from '../workspace/resultCache';
import { PaperFile, UsageError } from './files';

export type CliTask = 'summary' | 'check';

export interface CliJob {
  task: CliTask;
  file: PaperFile;
}

export interface ParallelOptions {
  /** `dist/workers/cliWorker.js`; without it, every file is analysed on this thread. */
  workerScript?: string;
  cacheDir?: string;
}

/** Fewer files than this are quicker analysed here than with workers to start. */
const FILES_FOR_WORKERS = 8;

export function cacheKeyOf(file: PaperFile): string {
  return ResultCache.keyOf(`${file.path}\u0000${file.text}`);
}

export function cliCache<R>(task: CliTask, cacheDir: string | undefined): ResultCache<R> | null {
  return cacheDir ? new ResultCache<R>(cacheDir, `cli-${task}`, (m) => console.error(`scholarly-lens: ${m}`)) : null;
}

/** The result of `work` for one file, from the cache when it holds one. */
export async function cachedResult<R>(file: PaperFile, cache: ResultCache<R> | null, work: (file: PaperFile) => R): Promise<R> {
  const key = cache && cacheKeyOf(file);
  const cached = key ? await cache!.get(key) : undefined;
  if (cached !== undefined) return cached;
  const result = work(file);
  if (key) await cache!.put(key, result);
  return result;
}

/** `work` for every file (in workers when there are many and they start), results in the order of the files. */
export async function perFile<R>(task: CliTask, files: PaperFile[], work: (file: PaperFile) => R, options: ParallelOptions): Promise<R[]> {
  const cache = cliCache<R>(task, options.cacheDir);
  await cache?.removeOtherVersions();
  const here = async (): Promise<R[]> => {
    const out: R[] = [];
    for (const file of files) out.push(await cachedResult(file, cache, work));
    return out;
  };
  if (!options.workerScript || files.length < FILES_FOR_WORKERS) return here();
  const pool = new WorkerPool<CliJob, R>(options.workerScript, Math.min(os.availableParallelism(), files.length), { cacheDir: options.cacheDir ?? null }, (m) =>
    console.error(`scholarly-lens: ${m}`),
  );
  try {
    return await Promise.all(files.map((file) => pool.run({ task, file })));
  } catch (error) {
    if (!pool.broken) throw error;
    console.error(`scholarly-lens: ${pool.broken.message}; analysing on one thread instead`);
    return here();
  } finally {
    await pool.close();
  }
}

/** Takes `--cache DIR` out of the arguments. */
export function takeCacheOption(args: string[]): { cacheDir: string | undefined; rest: string[] } {
  const at = args.indexOf('--cache');
  if (at === -1) return { cacheDir: undefined, rest: args };
  const dir = args[at + 1];
  if (!dir || dir.startsWith('--')) throw new UsageError('--cache needs a folder: --cache DIR (it is made if it does not exist).');
  return { cacheDir: dir, rest: [...args.slice(0, at), ...args.slice(at + 2)] };
}
