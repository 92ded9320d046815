/** The workspace as an LSP client shows it: documents open in the editor, workspace folders, paper files on disk and their changes. */
import {
  Connection,
  DidChangeWatchedFilesNotification,
  Emitter,
  FileChangeType,
  InitializeParams,
  TextDocuments,
  WatchKind,
} from 'vscode-languageserver/node';
import { pathToFileURL } from 'node:url';
import { FileChange, IPaperWorkspace, PaperDocument, PaperFile } from '../workspace/workspace';
import { DiskPapers } from '../workspace/diskPapers';
import { folderOf } from '../workspace/folderOf';
import { PAPER_SOURCES, PaperSource, paperGlob } from '../workspace/paperSources';
import { Logger } from '../logging';
import { EDITED_DOCUMENTS } from './editedDocument';

const CHANGE_KIND: Record<FileChangeType, FileChange['kind']> = {
  [FileChangeType.Created]: 'created',
  [FileChangeType.Changed]: 'changed',
  [FileChangeType.Deleted]: 'deleted',
};

export class LspPaperWorkspace implements IPaperWorkspace {
  private readonly textDocuments = new TextDocuments(EDITED_DOCUMENTS);
  private readonly disk: DiskPapers;
  private currentFolders: string[] = [];
  private readonly filesChanged = new Emitter<readonly FileChange[]>();
  private readonly foldersChanged = new Emitter<void>();
  private readonly closed = new Emitter<string>();
  readonly onDidOpenDocument = (listener: (doc: PaperDocument) => void) => this.textDocuments.onDidOpen((e) => listener(e.document));
  readonly onDidChangeDocument = (listener: (doc: PaperDocument) => void) => this.textDocuments.onDidChangeContent((e) => listener(e.document));
  readonly onDidCloseDocument = this.closed.event;
  readonly onDidChangeFiles = this.filesChanged.event;
  readonly onDidChangeFolders = this.foldersChanged.event;

  /** `maxIndexedBytes`: the `scholarlyLens.limits.maxIndexedMB` setting, in bytes; larger files are not indexed. */
  constructor(
    private readonly connection: Connection,
    private readonly logger: Logger,
    maxIndexedBytes: () => Promise<number>,
    private readonly sources: readonly PaperSource[] = PAPER_SOURCES,
  ) {
    this.disk = new DiskPapers(() => this.currentFolders, sources, { maxBytes: maxIndexedBytes, warn: (message) => logger.warn(`found that ${message}`) });
    this.textDocuments.onDidClose((e) => this.closed.fire(e.document.uri));
    connection.onDidChangeWatchedFiles(({ changes }) => this.filesChanged.fire(changes.map((c) => ({ uri: c.uri, kind: CHANGE_KIND[c.type] }))));
    this.textDocuments.listen(connection);
  }

  /** Takes the folders from `initialize`: workspaceFolders, else rootUri, else rootPath. */
  initialize(params: InitializeParams): void {
    const root = params.rootUri ?? (params.rootPath ? pathToFileURL(params.rootPath).href : null);
    this.currentFolders = params.workspaceFolders?.map((f) => f.uri) ?? (root ? [root] : []);
  }

  /** After `initialized`: follow folder changes and, where the client can, watch paper files. */
  start(capabilities: InitializeParams['capabilities']): void {
    if (capabilities.workspace?.workspaceFolders) {
      this.connection.workspace.onDidChangeWorkspaceFolders(({ added, removed }) => {
        const gone = new Set(removed.map((f) => f.uri));
        this.currentFolders = this.currentFolders.filter((f) => !gone.has(f)).concat(added.map((f) => f.uri));
        this.foldersChanged.fire();
      });
    }
    if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      this.connection.client
        .register(DidChangeWatchedFilesNotification.type, {
          watchers: [{ globPattern: paperGlob(this.sources), kind: WatchKind.Create | WatchKind.Change | WatchKind.Delete }],
        })
        .catch((error) => this.logger.warn('could not watch paper files; the workspace index will not follow changes on disk', error));
    }
  }

  get folders(): readonly string[] {
    return this.currentFolders;
  }

  documents(): readonly PaperDocument[] {
    return this.textDocuments.all();
  }

  getDocument(uri: string): PaperDocument | undefined {
    return this.textDocuments.get(uri);
  }

  listPapers(limit: number): Promise<string[]> {
    return this.disk.list(this.currentFolders, limit);
  }

  stampOf(uri: string): Promise<string | undefined> {
    return this.disk.stampOf(uri);
  }

  readPaper(uri: string): Promise<PaperFile | undefined> {
    return this.disk.read(uri);
  }

  folderOf(uri: string): string | null {
    return folderOf(this.currentFolders, uri);
  }
}
