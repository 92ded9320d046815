/** A workspace held in memory: open documents and paper files given by the caller, changed by its calls. For tests and tools. */
import { Emitter } from 'vscode-languageserver';
import { FileChange, IPaperWorkspace, PaperDocument, PaperFile } from './workspace';
import { folderOf, inFolders } from './folderOf';
import { sourceOf } from './paperSources';

export class InMemoryDocument implements PaperDocument {
  constructor(
    readonly uri: string,
    private readonly text: string,
    readonly version = 1,
  ) {}

  getText(): string {
    return this.text;
  }
}

export class InMemoryWorkspace implements IPaperWorkspace {
  private readonly open = new Map<string, PaperDocument>();
  private readonly files = new Map<string, PaperFile>();
  private currentFolders: string[];
  private stamps = 0;
  private readonly opened = new Emitter<PaperDocument>();
  private readonly changed = new Emitter<PaperDocument>();
  private readonly closed = new Emitter<string>();
  private readonly filesChanged = new Emitter<readonly FileChange[]>();
  private readonly foldersChanged = new Emitter<void>();
  readonly onDidOpenDocument = this.opened.event;
  readonly onDidChangeDocument = this.changed.event;
  readonly onDidCloseDocument = this.closed.event;
  readonly onDidChangeFiles = this.filesChanged.event;
  readonly onDidChangeFolders = this.foldersChanged.event;

  /** `files` maps URIs to texts of paper files on "disk". */
  constructor(folders: string[] = [], files: Record<string, string> = {}) {
    this.currentFolders = [...folders];
    for (const [uri, text] of Object.entries(files)) this.files.set(uri, { uri, text, stamp: String(++this.stamps) });
  }

  get folders(): readonly string[] {
    return this.currentFolders;
  }

  documents(): readonly PaperDocument[] {
    return [...this.open.values()];
  }

  getDocument(uri: string): PaperDocument | undefined {
    return this.open.get(uri);
  }

  async listPapers(limit: number): Promise<string[]> {
    return [...this.files.keys()].filter((uri) => inFolders(this.currentFolders, uri) && sourceOf(uri)).slice(0, limit);
  }

  async stampOf(uri: string): Promise<string | undefined> {
    return this.files.get(uri)?.stamp;
  }

  async readPaper(uri: string): Promise<PaperFile | undefined> {
    return this.files.get(uri);
  }

  folderOf(uri: string): string | null {
    return folderOf(this.currentFolders, uri);
  }

  /** Opens a document (or changes it, with the next version, when it is open already). */
  openDocument(uri: string, text: string): PaperDocument {
    const before = this.open.get(uri);
    const doc = new InMemoryDocument(uri, text, (before?.version ?? 0) + 1);
    this.open.set(uri, doc);
    (before ? this.changed : this.opened).fire(doc);
    return doc;
  }

  closeDocument(uri: string): void {
    if (this.open.delete(uri)) this.closed.fire(uri);
  }

  /** Writes a paper file and tells listeners, as a file watcher would. */
  writeFile(uri: string, text: string): void {
    const kind = this.files.has(uri) ? 'changed' : 'created';
    this.files.set(uri, { uri, text, stamp: String(++this.stamps) });
    this.filesChanged.fire([{ uri, kind }]);
  }

  deleteFile(uri: string): void {
    if (this.files.delete(uri)) this.filesChanged.fire([{ uri, kind: 'deleted' }]);
  }

  setFolders(folders: string[]): void {
    this.currentFolders = [...folders];
    this.foldersChanged.fire();
  }
}
