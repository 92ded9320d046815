/** How large a paper may be: the defaults of the `scholarlyLens.limits.*` settings and sizes as readers see them. */

/** Open documents (and command-line papers) larger than this many MB are not analysed. */
export const DEFAULT_MAX_ANALYSED_MB = 20;
/** Workspace files larger than this many MB are not indexed. */
export const DEFAULT_MAX_INDEXED_MB = 8;

export const BYTES_PER_MB = 1024 * 1024;

/** "52 MB", "20.3 MB": rounded up, so a file just over a limit never reads as equal to it. */
export function formatMB(bytes: number): string {
  return `${Math.ceil((bytes / BYTES_PER_MB) * 10) / 10} MB`;
}
