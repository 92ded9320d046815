import { PaperAnalysis } from '../analysis';
import { PaperSummary, summaryOf } from './paperSummary';
import { ResultCache } from './resultCache';
import { ownedTable } from './phraseTable';

export interface Summarised {
  summary: PaperSummary;
  /** False when the summary came from the cache. */
  analysed: boolean;
}

/**
 * A paper's summary, from the cache when it holds one for this text, else analysed (and cached).
 * `between` runs between the stages of the analysis (on the main thread, to let requests in).
 */
export async function summariseText(text: string, cache: ResultCache<PaperSummary> | null, between?: () => Promise<void>): Promise<Summarised> {
  const key = cache && ResultCache.keyOf(text);
  const cached = key ? await cache!.get(key) : undefined;
  if (cached) return { summary: { ...cached, words: ownedTable(cached.words) }, analysed: false };
  const analysis = new PaperAnalysis(text);
  await between?.();
  const paper = analysis.paper();
  await between?.();
  const summary = summaryOf(paper);
  if (key) await cache!.put(key, summary);
  return { summary, analysed: true };
}
