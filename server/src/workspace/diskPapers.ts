/** Paper files on disk: listing the workspace folders, stamping and reading files through their `PaperSource`. */
import { Dirent, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PaperFile } from './workspace';
import { PAPER_SOURCES, PaperSource, sourceOf } from './paperSources';
import { BYTES_PER_MB, DEFAULT_MAX_INDEXED_MB } from './sizeLimits';
import { fileName } from './fileName';

/** Folders that hold no papers (dependencies, build output, version control). */
const SKIPPED_FOLDERS = new Set(['node_modules', 'out', 'dist', 'build', '__pycache__']);

export interface DiskPapersOptions {
  /** Files larger than this many bytes are not read (the `maxIndexedMB` setting); 8 MB when not given. */
  maxBytes?: () => Promise<number>;
  /** Hears what the reader should know about a file read all the same (one not in UTF-8). */
  warn?: (message: string) => void;
}

export class DiskPapers {
  constructor(
    private readonly sources: readonly PaperSource[] = PAPER_SOURCES,
    private readonly options: DiskPapersOptions = {},
  ) {}

  async list(folderUris: readonly string[], limit: number): Promise<string[]> {
    const out: string[] = [];
    for (const folder of folderUris) if (folder.startsWith('file:')) await this.walk(fileURLToPath(folder), out, limit);
    return out;
  }

  async stampOf(uri: string): Promise<string | undefined> {
    const source = this.sourceFor(uri);
    if (!source) return undefined;
    try {
      const stat = await fs.stat(fileURLToPath(uri));
      return stat.isFile() && stat.size <= (await this.maxBytes()) ? `${stat.mtimeMs}:${stat.size}` : undefined;
    } catch {
      return undefined; // gone since it was listed
    }
  }

  async read(uri: string): Promise<PaperFile | undefined> {
    const source = this.sourceFor(uri);
    const stamp = await this.stampOf(uri);
    if (!source || stamp === undefined) return undefined;
    const text = source.read(await fs.readFile(fileURLToPath(uri)), (note) => this.options.warn?.(`${fileName(uri)} ${note}`));
    return { uri, text, stamp };
  }

  private maxBytes(): Promise<number> {
    return this.options.maxBytes?.() ?? Promise.resolve(DEFAULT_MAX_INDEXED_MB * BYTES_PER_MB);
  }

  private sourceFor(uri: string): PaperSource | undefined {
    return uri.startsWith('file:') ? sourceOf(uri, this.sources) : undefined;
  }

  private async walk(folder: string, out: string[], limit: number): Promise<void> {
    let entries: Dirent[];
    try {
      entries = await fs.readdir(folder, { withFileTypes: true });
    } catch {
      return; // a folder that vanished or may not be read holds no papers for us
    }
    for (const e of entries) {
      if (out.length >= limit) return;
      const full = path.join(folder, e.name);
      if (e.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(e.name) && !e.name.startsWith('.')) await this.walk(full, out, limit);
      } else if (e.isFile() && sourceOf(e.name, this.sources)) {
        out.push(pathToFileURL(full).href);
      }
    }
  }
}
