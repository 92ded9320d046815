/** Wall-clock timing of the analysis for the bench scripts. */
import { analysePaper } from '../../server/src/analysis';
import { percentile } from './percentile';

export function elapsedMs(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

export function median(times: number[]): number {
  return percentile([...times].sort((a, b) => a - b), 50);
}

export function medianOf(repeats: number, run: () => unknown): number {
  return median(Array.from({ length: repeats }, () => elapsedMs(run)));
}

/** The whole model: organisations and concepts are worked out on first use, so ask for them. */
export function analyseFully(text: string): void {
  const paper = analysePaper(text);
  void paper.organisations.length;
  void paper.concepts.length;
}
