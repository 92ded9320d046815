/**
 * The kinds of file the workspace reads as papers, by extension. Each turns a file's bytes into the paper's
 * text; a PDF source, say, would extract its text here and nothing else would change.
 */
export interface PaperSource {
  /** Lower-case extensions with the dot (".txt"). */
  readonly extensions: readonly string[];
  /** Larger files are data, not papers. */
  readonly maxBytes: number;
  read(bytes: Uint8Array): string;
}

const utf8 = new TextDecoder('utf-8');

export const TEXT_PAPERS: PaperSource = {
  extensions: ['.txt', '.md'],
  maxBytes: 8 * 1024 * 1024,
  read: (bytes) => utf8.decode(bytes),
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
