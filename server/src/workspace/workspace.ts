/**
 * What the language service needs from its surroundings: open documents, workspace folders, paper files and
 * their changes. The language server implements it over LSP and the disk (`lspWorkspace.ts`); tests use the
 * in-memory one (`inMemoryWorkspace.ts`). A new kind of paper file plugs in as a `PaperSource`.
 */
import type { Event } from 'vscode-languageserver';

/** A document open in the editor, in its editor version. */
export interface PaperDocument {
  readonly uri: string;
  readonly version: number;
  getText(): string;
}

/** A paper file as read from the workspace. */
export interface PaperFile {
  uri: string;
  /** The paper's text (for a file that is not text, what its source extracted). */
  text: string;
  /** Changes whenever the file does (modification time and size, a content hash, ...). */
  stamp: string;
}

export type FileChangeKind = 'created' | 'changed' | 'deleted';

export interface FileChange {
  uri: string;
  kind: FileChangeKind;
}

export interface IPaperWorkspace {
  /** URIs of the workspace folders. */
  readonly folders: readonly string[];
  /** Every open document. */
  documents(): readonly PaperDocument[];
  getDocument(uri: string): PaperDocument | undefined;
  /** URIs of every paper file in the workspace folders (those some `PaperSource` reads), at most `limit`. */
  listPapers(limit: number): Promise<string[]>;
  /** The stamp of a paper file, or undefined when it is gone, too large or no paper; cheap, for skipping unchanged files. */
  stampOf(uri: string): Promise<string | undefined>;
  /** Reads a paper file; undefined when it is gone, too large or no paper. Throws with the reason when it cannot be read. */
  readPaper(uri: string): Promise<PaperFile | undefined>;
  /** The innermost workspace folder holding a file URI, else the file's own folder; null for other schemes. */
  folderOf(uri: string): string | null;

  readonly onDidOpenDocument: Event<PaperDocument>;
  readonly onDidChangeDocument: Event<PaperDocument>;
  readonly onDidCloseDocument: Event<string>;
  /** Paper files created, changed or deleted on disk. */
  readonly onDidChangeFiles: Event<readonly FileChange[]>;
  readonly onDidChangeFolders: Event<void>;
}
