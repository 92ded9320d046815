import { PaperStatus } from '../protocol/requests';
import { formatMB } from '../workspace/sizeLimits';

/** A paper's status from its size when over the `maxAnalysedMB` limit; `{}` (analysed) when within it. */
export function paperStatus(oversizeBytes: number | undefined, maxAnalysedMB: number): PaperStatus {
  if (oversizeBytes === undefined) return {};
  return {
    notAnalysed: `Scholarly Lens: paper too large to analyse (${formatMB(oversizeBytes)} > ${maxAnalysedMB} MB limit; raise scholarlyLens.limits.maxAnalysedMB)`,
  };
}
