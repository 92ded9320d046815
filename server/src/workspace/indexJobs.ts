/** What the workspace index asks of its worker threads (`workers/indexWorker.ts`), and what they answer. */
import { Summarised } from './summariseText';
import { WorkerRoleData } from '../workers/bundle';

/** The kind of result in the index cache. */
export const PAPER_SUMMARIES = 'paper-summaries';

export interface IndexWorkerData extends WorkerRoleData {
  /** Where the index cache lives; none when there is no cache. */
  cacheDir: string | null;
}

/** A paper's text, read by the main thread. */
export interface IndexJob {
  text: string;
}

/** Null when the file is gone, too large or no paper. */
export type IndexResult = (Summarised & { stamp: string }) | null;
