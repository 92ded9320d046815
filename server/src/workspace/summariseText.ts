import { analyseIndexedParts } from '../analysis';
import { ownedSummary, PaperSummary, summaryOf } from './paperSummary';
import { ResultCache } from './resultCache';

export interface Summarised {
  summary: PaperSummary;
  /** False when the summary came from the cache. */
  analysed: boolean;
}

/** A paper's summary, from the cache when it holds one for this text, else analysed (and cached). */
export async function summariseText(text: string, cache: ResultCache<PaperSummary> | null): Promise<Summarised> {
  const key = cache && ResultCache.keyOf(text);
  const cached = key ? await cache!.get(key) : undefined;
  if (cached) return { summary: ownedSummary(cached), analysed: false };
  const summary = summaryOf(analyseIndexedParts(text));
  if (key) await cache!.put(key, summary);
  return { summary, analysed: true };
}
