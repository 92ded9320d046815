/**
 * Paper files on disk: listing the workspace folders, stamping and reading files through their `PaperSource`.
 * Only regular files whose real path (symbolic links resolved) lies in a workspace folder are stamped or read:
 * a file watcher reports links too, and one to a file elsewhere (/etc/passwd) must not be indexed.
 */
import { Dirent, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { PaperFile } from './workspace';
import { PAPER_SOURCES, PaperSource, sourceOf } from './paperSources';
import { BYTES_PER_MB, DEFAULT_MAX_INDEXED_MB } from './sizeLimits';
import { fileName } from './fileName';
import { pathOfFileUri } from './folderOf';
import { isInside } from '../protocol/annotations/pathInside';

/** Folders that hold no papers (dependencies, build output, version control). */
const SKIPPED_FOLDERS = new Set(['node_modules', 'out', 'dist', 'build', '__pycache__']);

export interface DiskPapersOptions {
  /** Files larger than this many bytes are not read (the `maxIndexedMB` setting); 8 MB when not given. */
  maxBytes?: () => Promise<number>;
  /** Hears what the reader should know about a file read all the same (one not in UTF-8). */
  warn?: (message: string) => void;
}

export class DiskPapers {
  /** `folders` gives the URIs of the workspace folders as they are at each call. */
  constructor(
    private readonly folders: () => readonly string[],
    private readonly sources: readonly PaperSource[] = PAPER_SOURCES,
    private readonly options: DiskPapersOptions = {},
  ) {}

  async list(folderUris: readonly string[], limit: number): Promise<string[]> {
    const out: string[] = [];
    for (const folder of folderUris) {
      const dir = pathOfFileUri(folder);
      if (dir !== null) await this.walk(dir, out, limit);
    }
    return out;
  }

  async stampOf(uri: string): Promise<string | undefined> {
    return (await this.locate(uri))?.stamp;
  }

  async read(uri: string): Promise<PaperFile | undefined> {
    const found = await this.locate(uri);
    if (!found) return undefined;
    const text = await found.source.read(found.realPath, (note) => this.options.warn?.(`${fileName(uri)} ${note}`));
    return { uri, text, stamp: found.stamp };
  }

  /** The paper file behind a URI: its source, real path and stamp; undefined when it is gone, too large, no paper or outside the folders. */
  private async locate(uri: string): Promise<{ source: PaperSource; realPath: string; stamp: string } | undefined> {
    const source = sourceOf(uri, this.sources);
    const file = pathOfFileUri(uri);
    if (!source || file === null) return undefined;
    try {
      const realPath = await fs.realpath(file);
      if (!(await this.inWorkspace(realPath))) return undefined;
      const stat = await fs.stat(realPath);
      return stat.isFile() && stat.size <= (source.maxBytes ?? (await this.maxBytes())) ? { source, realPath, stamp: `${stat.mtimeMs}:${stat.size}` } : undefined;
    } catch {
      return undefined; // gone since it was listed
    }
  }

  private maxBytes(): Promise<number> {
    return this.options.maxBytes?.() ?? Promise.resolve(DEFAULT_MAX_INDEXED_MB * BYTES_PER_MB);
  }

  private async inWorkspace(realPath: string): Promise<boolean> {
    for (const folder of this.folders()) {
      const dir = pathOfFileUri(folder);
      const realDir = dir === null ? null : await fs.realpath(dir).catch(() => null);
      if (realDir !== null && isInside(realDir, realPath)) return true;
    }
    return false;
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
