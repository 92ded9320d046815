/**
 * The kinds of file the workspace reads as papers, by extension. Each turns a file into the paper's text:
 * a text file decoded, a PDF's text extracted (see `pdfPapers`).
 */
import { decodeText, encodingNote } from './decodeText';
import { readRegularFile } from '../protocol/annotations/regularFile';

export interface PaperSource {
  /** Lower-case extensions with the dot (".txt"). */
  readonly extensions: readonly string[];
  /** Files larger than this many bytes are not read, whatever the index's limit for text files. */
  readonly maxBytes?: number;
  /**
   * The text of the paper at a real path, a regular file; throws with the reason when it holds none. `warn`
   * hears what the reader should know about a text that was read all the same (a sentence to follow the file's name).
   */
  read(file: string, warn?: (note: string) => void): Promise<string>;
  /** The files are the reader's bibliographies, read into the library (see `library/`), never analysed as papers. */
  readonly library?: true;
}

export const TEXT_PAPERS: PaperSource = {
  extensions: ['.txt', '.md'],
  read: async (file, warn) => {
    const decoded = decodeText(await readRegularFile(file));
    if (decoded.assumed) warn?.(encodingNote(decoded.assumed));
    return decoded.text;
  },
};

/**
 * BibTeX and CSL-JSON files (a Better BibTeX auto-export, a Zotero export): the reader's library. Files over
 * the index's limit are still read (up to 64 MB), so that one too large for the library says so (`MAX_LIBRARY_BYTES`).
 */
export const BIBLIOGRAPHY_FILES: PaperSource = {
  extensions: ['.bib', '.csl.json'],
  maxBytes: 64 * 1024 * 1024,
  library: true,
  read: TEXT_PAPERS.read,
};

export const PAPER_SOURCES: readonly PaperSource[] = [TEXT_PAPERS, BIBLIOGRAPHY_FILES];

/** Whether a URI or path is a bibliography file of the reader's library. */
export function isLibraryFile(uriOrPath: string): boolean {
  return sourceOf(uriOrPath)?.library === true;
}

/** The source that reads a URI or path by its extension, if any. */
export function sourceOf(uriOrPath: string, sources: readonly PaperSource[] = PAPER_SOURCES): PaperSource | undefined {
  const name = uriOrPath.split(/[?#]/)[0].toLowerCase();
  return sources.find((s) => s.extensions.some((ext) => name.endsWith(ext)));
}

/** Glob for file watchers: every extension some source reads. */
export function paperGlob(sources: readonly PaperSource[] = PAPER_SOURCES): string {
  return `**/*.{${sources.flatMap((s) => s.extensions.map((e) => e.slice(1))).join(',')}}`;
}
