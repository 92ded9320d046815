/** Paper files on disk: listing the workspace folders, stamping and reading files through their `PaperSource`. */
import { Dirent, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PaperFile } from './workspace';
import { PAPER_SOURCES, PaperSource, sourceOf } from './paperSources';

/** Folders that hold no papers (dependencies, build output, version control). */
const SKIPPED_FOLDERS = new Set(['node_modules', 'out', 'dist', 'build', '__pycache__']);

export class DiskPapers {
  constructor(private readonly sources: readonly PaperSource[] = PAPER_SOURCES) {}

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
      return stat.isFile() && stat.size <= source.maxBytes ? `${stat.mtimeMs}:${stat.size}` : undefined;
    } catch {
      return undefined; // gone since it was listed
    }
  }

  async read(uri: string): Promise<PaperFile | undefined> {
    const source = this.sourceFor(uri);
    const stamp = await this.stampOf(uri);
    if (!source || stamp === undefined) return undefined;
    return { uri, text: source.read(await fs.readFile(fileURLToPath(uri))), stamp };
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
