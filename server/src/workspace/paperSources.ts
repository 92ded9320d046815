/**
 * The kinds of file the workspace reads as papers, by extension. Each turns a file's bytes into the paper's
 * text; a PDF source, say, would extract its text here and nothing else would change.
 */
import { decodeText, encodingNote } from './decodeText';

export interface PaperSource {
  /** Lower-case extensions with the dot (".txt"). */
  readonly extensions: readonly string[];
  /**
   * The paper's text; throws with the reason when the bytes hold none. `warn` hears what the reader should
   * know about a text that was read all the same (a sentence to follow the file's name).
   */
  read(bytes: Uint8Array, warn?: (note: string) => void): string;
}

export const TEXT_PAPERS: PaperSource = {
  extensions: ['.txt', '.md'],
  read: (bytes, warn) => {
    const decoded = decodeText(bytes);
    if (decoded.assumed) warn?.(encodingNote(decoded.assumed));
    return decoded.text;
  },
};

export const PAPER_SOURCES: readonly PaperSource[] = [TEXT_PAPERS];

/** The source that reads a URI or path by its extension, if any. */
export function sourceOf(uriOrPath: string, sources: readonly PaperSource[] = PAPER_SOURCES): PaperSource | undefined {
  const name = uriOrPath.split(/[?#]/)[0].toLowerCase();
  return sources.find((s) => s.extensions.some((ext) => name.endsWith(ext)));
}

/** Glob for file watchers: every extension some source reads. */
export function paperGlob(sources: readonly PaperSource[] = PAPER_SOURCES): string {
  return `**/*.{${sources.flatMap((s) => s.extensions.map((e) => e.slice(1))).join(',')}}`;
}
