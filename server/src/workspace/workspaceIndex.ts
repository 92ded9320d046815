/**
 * Every paper of the workspace folders, analysed in the background and kept up to date as files change.
 * Requests never wait on it: they read whatever has been indexed so far (open documents always count, in
 * their editor version).
 */
import { Disposable } from 'vscode-languageserver';
import { Paper, PaperAnalysis, PaperRef, WorkspaceRegistry } from '../analysis';
import { Logger } from '../logging';
import { IPaperWorkspace } from './workspace';
import { PaperCache } from './paperCache';
import { fileName } from './fileName';
import { sourceOf } from './paperSources';

/** More files than this are not indexed (a folder of data, not of papers). */
const MAX_FILES = 20_000;

export interface IndexProgress {
  begin(total: number): void;
  report(done: number, total: number, file: string): void;
  done(): void;
}

export class WorkspaceIndex implements Disposable {
  private readonly disk = new Map<string, { paper: Paper; stamp: string }>();
  private cached: { refs: PaperRef[]; registry: WorkspaceRegistry } | null = null;
  private running: Promise<void> | null = null;
  private rerun = false;
  private readonly subscriptions: Disposable[];

  constructor(
    private readonly workspace: IPaperWorkspace,
    private readonly open: PaperCache,
    private readonly logger: Logger,
  ) {
    this.subscriptions = [
      workspace.onDidChangeFiles((changes) => {
        for (const change of changes) {
          if (change.kind === 'deleted') this.disk.delete(change.uri);
          else void this.update(change.uri);
        }
      }),
      workspace.onDidChangeFolders(() => void this.indexAll()),
      // The registry holds the models of the documents open when it was built; a closed one's goes with it.
      workspace.onDidCloseDocument(() => void (this.cached = null)),
    ];
  }

  get indexedCount(): number {
    return this.disk.size;
  }

  /** Indexes every paper of the folders; a second call while one runs schedules one more pass. */
  indexAll(progress?: IndexProgress): Promise<void> {
    if (this.running) {
      this.rerun = true;
      return this.running;
    }
    this.running = this.pass(progress)
      .catch((error) => this.logger.error('could not index the workspace', error))
      .finally(() => {
        this.running = null;
        if (this.rerun) {
          this.rerun = false;
          void this.indexAll();
        }
      });
    return this.running;
  }

  private async pass(progress?: IndexProgress): Promise<void> {
    const uris = await this.workspace.listPapers(MAX_FILES);
    progress?.begin(uris.length);
    try {
      const seen = new Set(uris);
      for (const uri of [...this.disk.keys()]) if (!seen.has(uri)) this.disk.delete(uri);
      for (let done = 0; done < uris.length; done++) {
        await this.update(uris[done]);
        progress?.report(done + 1, uris.length, fileName(uris[done]));
      }
    } finally {
      progress?.done();
    }
  }

  /** Re-reads one paper file if it changed since it was last read. */
  async update(uri: string): Promise<void> {
    try {
      const stamp = await this.workspace.stampOf(uri);
      if (stamp === undefined) {
        this.disk.delete(uri);
        return;
      }
      if (this.disk.get(uri)?.stamp === stamp) return;
      const file = await this.workspace.readPaper(uri);
      if (!file) return;
      // A paper open in the editor with the same text is analysed already: the index shares it.
      const doc = this.workspace.getDocument(uri);
      const opened = doc && doc.getText() === file.text ? this.open.get(doc) : null;
      const analysis = opened ?? new PaperAnalysis(file.text);
      // Requests get in between the stages.
      await nextTurn();
      const paper = analysis.paper();
      await nextTurn();
      this.disk.set(uri, { paper, stamp: file.stamp });
    } catch (error) {
      this.disk.delete(uri);
      this.logger.warn(`could not index ${fileName(uri)}`, error);
    }
  }

  /** Every paper: open documents in their editor version, the rest as last read from disk. */
  refs(): PaperRef[] {
    const out: PaperRef[] = [];
    const seen = new Set<string>();
    for (const doc of this.workspace.documents()) {
      if (!sourceOf(doc.uri) && !doc.uri.startsWith('untitled:')) continue;
      seen.add(doc.uri);
      out.push({ uri: doc.uri, name: fileName(doc.uri), paper: this.open.get(doc).paper() });
    }
    for (const [uri, entry] of this.disk) if (!seen.has(uri)) out.push({ uri, name: fileName(uri), paper: entry.paper });
    return out.sort((a, b) => a.name.localeCompare(b.name) || a.uri.localeCompare(b.uri));
  }

  /** What the workspace knows together, rebuilt only when a paper changed. */
  registry(): WorkspaceRegistry {
    const refs = this.refs();
    const same = this.cached && this.cached.refs.length === refs.length && this.cached.refs.every((r, i) => r.uri === refs[i].uri && r.paper === refs[i].paper);
    if (!same) this.cached = { refs, registry: new WorkspaceRegistry(refs) };
    return this.cached!.registry;
  }

  /** Whether the registry last built still holds the model of `uri` as an open document (not as read from disk). */
  holdsDocument(uri: string): boolean {
    return this.cached?.refs.some((r) => r.uri === uri && r.paper !== this.disk.get(uri)?.paper) ?? false;
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}

/** Lets the event loop run (requests, file events) before going on. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
