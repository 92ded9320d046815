/**
 * One work of the reader's own bibliography (a `.bib` or `.csl.json` file), as the library keeps it: plain
 * data, so that a worker thread can read the file (see `libraryReader.ts`).
 */
export interface LibraryItem {
  /** Its citation key ("smith2019"). */
  key: string;
  /** The file's URI and the 0-based line the item starts on. */
  uri: string;
  line: number;
  /** Family names as written, the first author's first (a corporate author is one name). */
  families: string[];
  year: string | null;
  title: string | null;
  doi: string | null;
  abstract: string | null;
}

/** What is wrong at a line of a bibliography file. */
export interface LibraryProblem {
  line: number;
  message: string;
}

export interface LibraryFile {
  items: LibraryItem[];
  problems: LibraryProblem[];
}
