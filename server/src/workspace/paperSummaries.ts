/**
 * Where the workspace index gets the summary of a paper file: from worker threads that read and analyse it
 * (the server's way), or on the main thread between requests (an in-memory workspace, or workers that could
 * not start).
 */
import * as os from 'node:os';
import { Logger } from '../logging';
import { WorkerPool } from '../workers/workerPool';
import { IPaperWorkspace } from './workspace';
import { PaperSummary } from './paperSummary';
import { ResultCache } from './resultCache';
import { Summarised, summariseText } from './summariseText';
import { IndexJob, IndexResult, IndexWorkerData, PAPER_SUMMARIES } from './indexJobs';
import { proseOf } from './paperProse';

export interface PaperSummaries {
  summarise(uri: string): Promise<IndexResult>;
  dispose(): void;
}

export interface IndexOptions {
  /** The script of the worker threads (the bundle: see `workers/bundle.ts`); without one, papers are analysed on the main thread. */
  workerScript?: string;
  /** Where to keep the index cache; without one, nothing is cached. */
  cacheDir?: string;
}

export function paperSummaries(workspace: IPaperWorkspace, logger: Logger, options: IndexOptions): PaperSummaries {
  const cache = options.cacheDir ? new ResultCache<PaperSummary>(options.cacheDir, PAPER_SUMMARIES, (m) => logger.warn(m)) : null;
  const tidied = cache?.removeOtherVersions();
  const inThread = new InThreadSummaries(workspace, cache);
  const summaries = options.workerScript ? new OffThreadSummaries(options.workerScript, options.cacheDir ?? null, workspace, inThread, logger) : inThread;
  return {
    summarise: async (uri) => {
      await tidied;
      return summaries.summarise(uri);
    },
    dispose: () => summaries.dispose(),
  };
}

/** The paper file with the text the analysis reads of it (a Markdown paper's code blanked). */
async function proseFileOf(workspace: IPaperWorkspace, uri: string): Promise<{ text: string; stamp: string } | undefined> {
  const file = await workspace.readPaper(uri);
  return file && { text: proseOf(uri, file.text), stamp: file.stamp };
}

class InThreadSummaries implements PaperSummaries {
  constructor(
    private readonly workspace: IPaperWorkspace,
    private readonly cache: ResultCache<PaperSummary> | null,
  ) {}

  async summarise(uri: string): Promise<IndexResult> {
    const file = await proseFileOf(this.workspace, uri);
    if (!file) return null;
    return { ...(await summariseText(file.text, this.cache)), stamp: file.stamp };
  }

  dispose(): void {}
}

/**
 * The young generation of each index worker, in MB: the index keeps every paper's summary in this process,
 * so its workers are kept small (a thousand papers: peak 350 MB instead of 395, at the same speed).
 */
const WORKER_YOUNG_MB = 16;

/** Leaves a core to the thread that answers requests, when there are cores to spare. */
function workerCount(): number {
  const cores = os.availableParallelism();
  return cores > 2 ? cores - 1 : cores;
}

class OffThreadSummaries implements PaperSummaries {
  private readonly pool: WorkerPool<IndexJob, Summarised>;
  private warned = false;

  constructor(
    script: string,
    cacheDir: string | null,
    private readonly workspace: IPaperWorkspace,
    private readonly fallback: InThreadSummaries,
    private readonly logger: Logger,
  ) {
    this.pool = new WorkerPool(script, workerCount(), { role: 'index', cacheDir } satisfies IndexWorkerData, (m) => logger.warn(m), { youngMb: WORKER_YOUNG_MB });
  }

  async summarise(uri: string): Promise<IndexResult> {
    if (!this.pool.broken) {
      const file = await proseFileOf(this.workspace, uri);
      if (!file) return null;
      try {
        return { ...(await this.pool.run({ text: file.text })), stamp: file.stamp };
      } catch (error) {
        if (!this.pool.broken) throw error;
      }
    }
    if (!this.warned) {
      this.warned = true;
      this.logger.warn('could not start the worker threads of the workspace index; indexing on the main thread between requests instead', this.pool.broken);
    }
    return this.fallback.summarise(uri);
  }

  dispose(): void {
    void this.pool.close();
  }
}
