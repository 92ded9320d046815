/**
 * The workspace side of the server: the background index of every paper (with a progress notification when
 * the client shows one), file watching, workspace symbols, the glossary request, and the scope that lets
 * hover, definition and references look into other papers.
 */
import {
  Connection,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  InitializeParams,
  ServerCapabilities,
  WatchKind,
} from 'vscode-languageserver/node';
import { Paper } from '../analysis';
import { GLOSSARY_REQUEST, glossaryMarkdown } from '../features/glossary';
import { WorkspaceScope } from '../features/termLookup';
import { workspaceSymbols } from '../features/workspaceSymbols';
import { IndexProgress, WorkspaceIndex } from './workspaceIndex';

export interface WorkspaceServiceOptions {
  paperOf(uri: string): Paper | null;
  openUris(): string[];
}

export class WorkspaceService {
  readonly index: WorkspaceIndex;
  private showsProgress = false;
  private watchesDynamically = false;

  constructor(private readonly connection: Connection, options: WorkspaceServiceOptions) {
    this.index = new WorkspaceIndex({
      openPaper: options.paperOf,
      openUris: options.openUris,
      log: (m) => connection.console.warn(m),
    });
  }

  /** Reads folders and client capabilities from `initialize`; returns the capabilities this service adds. */
  initialize(params: InitializeParams): ServerCapabilities {
    this.index.setFolders(params);
    this.showsProgress = !!params.capabilities.window?.workDoneProgress;
    this.watchesDynamically = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
    return { workspaceSymbolProvider: true };
  }

  /** After `initialized`: watch paper files and index the folders in the background. */
  start(): void {
    if (this.watchesDynamically) {
      this.connection.client
        .register(DidChangeWatchedFilesNotification.type, {
          watchers: [{ globPattern: '**/*.{txt,md}', kind: WatchKind.Create | WatchKind.Change | WatchKind.Delete }],
        })
        .catch((e) => this.connection.console.warn(`Scholarly Lens could not watch files: ${String(e)}`));
    }
    void this.reindex();
  }

  /** Indexes every paper of the folders again (after the folders changed). */
  async reindex(): Promise<void> {
    try {
      await this.index.indexAll(this.showsProgress ? await this.progress() : undefined);
    } catch (error) {
      this.connection.console.error(`Scholarly Lens could not index the workspace: ${error instanceof Error ? error.stack : String(error)}`);
    }
  }

  private async progress(): Promise<IndexProgress | undefined> {
    try {
      const reporter = await this.connection.window.createWorkDoneProgress();
      let last = -1;
      return {
        begin: (total) => reporter.begin('Scholarly Lens: indexing papers', 0, `${total} files`, false),
        report: (done, total, file) => {
          const pct = total ? Math.floor((done / total) * 100) : 100;
          if (pct !== last) reporter.report(pct, `${done}/${total} ${file}`);
          last = pct;
        },
        done: () => reporter.done(),
      };
    } catch {
      return undefined;
    }
  }

  /** What features need to look beyond one paper. */
  scope(uri: string): WorkspaceScope {
    return { uri, registry: this.index.registry() };
  }

  /** Handlers for file changes, folder changes, workspace symbols and the glossary. */
  listen(): void {
    this.connection.onDidChangeWatchedFiles(({ changes }) => {
      for (const change of changes) {
        if (change.type === FileChangeType.Deleted) this.index.remove(change.uri);
        else void this.index.update(change.uri);
      }
    });
    this.connection.onWorkspaceSymbol(({ query }) => workspaceSymbols(this.index.refs(), query));
    this.connection.onRequest(GLOSSARY_REQUEST, () => glossaryMarkdown(this.index.registry()));
  }

  /** Folders added or removed in the client. */
  foldersChanged(added: Array<{ uri: string }>, removed: Array<{ uri: string }>): void {
    if (removed.length) this.index.removeFolders(removed.map((f) => f.uri));
    if (added.length) {
      this.index.addFolders(added.map((f) => f.uri));
      void this.reindex();
    }
  }
}
