/**
 * Every .txt and .md paper of the workspace folders, analysed in the background and kept up to date as files
 * change. Requests never wait on it: they read whatever has been indexed so far (open documents always count,
 * in their editor version).
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import { analysePaper, Paper } from '../analysis';
import { PaperRef, WorkspaceRegistry } from '../analysis/workspaceRegistry';

export const PAPER_EXTENSIONS = new Set(['.txt', '.md']);
/** Folders that hold no papers (dependencies, build output, version control). */
const SKIPPED_FOLDERS = new Set(['node_modules', 'out', 'dist', 'build', '.git', '.hg', '.svn', '.vscode', '.vscode-test', '__pycache__']);
/** Larger files are data, not papers. */
const MAX_FILE_BYTES = 8 * 1024 * 1024;
const MAX_FILES = 20_000;

export interface IndexProgress {
  begin(total: number): void;
  report(done: number, total: number, file: string): void;
  done(): void;
}

export interface IndexOptions {
  /** The paper of an open document, in its editor version, or null when the document is not open. */
  openPaper(uri: string): Paper | null;
  /** URIs of open documents (they are part of the workspace even outside its folders). */
  openUris(): string[];
  /** Called when an indexing pass ends or a file is re-indexed. */
  onChange?(): void;
  log?(message: string): void;
}

export function fileName(uri: string): string {
  try {
    return path.basename(fileURLToPath(uri));
  } catch {
    return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
  }
}

export class WorkspaceIndex {
  private readonly disk = new Map<string, { paper: Paper; mtimeMs: number; size: number }>();
  private folders: string[] = [];
  private generation = 0;
  private cached: { generation: number; key: string; registry: WorkspaceRegistry } | null = null;
  private running: Promise<void> | null = null;
  private rerun = false;

  constructor(private readonly options: IndexOptions) {}

  /** Workspace folder paths from the initialize parameters (workspaceFolders, else rootUri, else rootPath). */
  setFolders(params: { workspaceFolders?: Array<{ uri: string }> | null; rootUri?: string | null; rootPath?: string | null }): void {
    const uris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    const paths = uris.filter((u) => u.startsWith('file:')).map((u) => fileURLToPath(u));
    if (paths.length === 0 && params.rootPath) paths.push(params.rootPath);
    this.folders = paths;
  }

  addFolders(uris: string[]): void {
    for (const u of uris) if (u.startsWith('file:')) this.folders.push(fileURLToPath(u));
  }

  removeFolders(uris: string[]): void {
    const gone = new Set(uris.filter((u) => u.startsWith('file:')).map((u) => fileURLToPath(u)));
    this.folders = this.folders.filter((f) => !gone.has(f));
    for (const uri of [...this.disk.keys()]) {
      const file = fileURLToPath(uri);
      if (![...this.folders].some((f) => file.startsWith(f + path.sep))) this.disk.delete(uri);
    }
    this.changed();
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
    this.running = this.pass(progress).finally(() => {
      this.running = null;
      if (this.rerun) {
        this.rerun = false;
        void this.indexAll();
      }
    });
    return this.running;
  }

  private async pass(progress?: IndexProgress): Promise<void> {
    const files: string[] = [];
    for (const folder of this.folders) await listPapers(folder, files);
    progress?.begin(files.length);
    const seen = new Set<string>();
    let done = 0;
    for (const file of files) {
      const uri = pathToFileURL(file).toString();
      seen.add(uri);
      await this.indexFile(uri, file, false);
      done++;
      progress?.report(done, files.length, path.basename(file));
    }
    for (const uri of [...this.disk.keys()]) if (!seen.has(uri)) this.disk.delete(uri);
    progress?.done();
    this.changed();
  }

  /** Re-reads one file (after it changed on disk); `notify` tells listeners at once. */
  async update(uri: string): Promise<void> {
    if (!uri.startsWith('file:')) return;
    const file = fileURLToPath(uri);
    if (!PAPER_EXTENSIONS.has(path.extname(file).toLowerCase()) || !this.inFolders(file)) return;
    await this.indexFile(uri, file, true);
  }

  remove(uri: string): void {
    if (this.disk.delete(uri)) this.changed();
  }

  /** Tells the index that an open document changed (its registry entry is rebuilt on the next question). */
  touch(): void {
    this.generation++;
  }

  private inFolders(file: string): boolean {
    return this.folders.some((f) => file === f || file.startsWith(f.endsWith(path.sep) ? f : f + path.sep));
  }

  private async indexFile(uri: string, file: string, notify: boolean): Promise<void> {
    try {
      const stat = await fs.stat(file);
      if (!stat.isFile() || stat.size > MAX_FILE_BYTES) return;
      const known = this.disk.get(uri);
      if (known && known.mtimeMs === stat.mtimeMs && known.size === stat.size) return;
      const text = await fs.readFile(file, 'utf8');
      // A paper open in the editor with the same text is analysed already: the index shares it.
      const open = this.options.openPaper(uri);
      const paper = open && open.text === text ? open : analysePaper(text);
      // Work out organisations and concepts now, in the background, not on the first request that needs them;
      // requests get in between the steps.
      await nextTurn();
      void paper.organisations.length;
      await nextTurn();
      void paper.concepts.length;
      await nextTurn();
      this.disk.set(uri, { paper, mtimeMs: stat.mtimeMs, size: stat.size });
      if (notify) this.changed();
    } catch (error) {
      if (this.disk.delete(uri) && notify) this.changed();
      this.options.log?.(`Scholarly Lens could not index ${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  private changed(): void {
    this.generation++;
    this.options.onChange?.();
  }

  /** Every paper: open documents in their editor version, the rest as last read from disk. */
  refs(): PaperRef[] {
    const out: PaperRef[] = [];
    const seen = new Set<string>();
    for (const uri of this.options.openUris()) {
      const paper = this.options.openPaper(uri);
      if (!paper || !PAPER_EXTENSIONS.has(path.extname(uri.split('?')[0]).toLowerCase()) && !uri.startsWith('untitled:')) continue;
      seen.add(uri);
      out.push({ uri, name: fileName(uri), paper });
    }
    for (const [uri, entry] of this.disk) if (!seen.has(uri)) out.push({ uri, name: fileName(uri), paper: entry.paper });
    return out.sort((a, b) => a.name.localeCompare(b.name) || a.uri.localeCompare(b.uri));
  }

  /** What the workspace knows together, rebuilt only when a paper changed. */
  registry(): WorkspaceRegistry {
    const refs = this.refs();
    const key = refs.map((r) => r.uri).join('\n');
    const papersSame = this.cached && this.cached.key === key && this.cached.registry.refs.every((r, i) => r.paper === refs[i].paper);
    if (this.cached && this.cached.generation === this.generation && papersSame) return this.cached.registry;
    if (this.cached && papersSame) {
      this.cached.generation = this.generation;
      return this.cached.registry;
    }
    const registry = new WorkspaceRegistry(refs);
    this.cached = { generation: this.generation, key, registry };
    return registry;
  }
}

/** Lets the event loop run (requests, file events) before going on. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

async function listPapers(folder: string, out: string[]): Promise<void> {
  let entries: import('fs').Dirent[];
  try {
    entries = await fs.readdir(folder, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    if (out.length >= MAX_FILES) return;
    const full = path.join(folder, e.name);
    if (e.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(e.name) && !e.name.startsWith('.')) await listPapers(full, out);
    } else if (e.isFile() && PAPER_EXTENSIONS.has(path.extname(e.name).toLowerCase())) {
      out.push(full);
    }
  }
}
