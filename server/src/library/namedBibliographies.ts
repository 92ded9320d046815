/**
 * The bibliographies the `scholarlyLens.bibliographies` setting names: files anywhere (a Zotero export in the
 * home folder), BibTeX or CSL-JSON by their extension (`.bib`, `.json`). The client watches only the
 * workspace, so these are watched here, each through its folder: an editor or an exporter often saves by
 * writing a new file and renaming it over the old one, which a watch on the file itself would lose.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Disposable } from 'vscode-languageserver';
import { readRegularFile } from '../protocol/annotations/regularFile';
import { decodeText } from '../workspace/decodeText';

/** A named file larger than this is not read (the library refuses more than `MAX_LIBRARY_BYTES` with a message). */
const MAX_NAMED_BYTES = 64 * 1024 * 1024;
/** Changes closer together than this are one change (an exporter writes a file in several steps). */
const SETTLE_MS = 150;
const READABLE = /\.(?:bib|json)$/i;

/** A named bibliography that cannot be read, with what to do about it. */
export class NamedBibliographyError extends Error {}

export class NamedBibliographies implements Disposable {
  private named = new Map<string, string>();
  private readonly watchers = new Map<string, fs.FSWatcher>();
  private readonly pending = new Map<string, NodeJS.Timeout>();

  /** `changed` hears the URI of a named file that changed on disk, appeared or went. */
  constructor(
    private readonly changed: (uri: string) => void,
    private readonly warn: (message: string) => void,
  ) {}

  /**
   * Names the files of the setting: absolute paths, "~/..." in the home folder, or paths relative to the
   * first workspace folder (a file: URI). Returns the URIs no longer named.
   */
  set(paths: readonly string[], folders: readonly string[]): { removed: string[] } {
    const base = folders.find((f) => f.startsWith('file:'));
    const next = new Map<string, string>();
    for (const written of paths) {
      const file = resolvedPath(written, base ? fileURLToPath(base) : null);
      if (file) next.set(pathToFileURL(file).href, written);
      else this.warn(`the bibliography "${written}" in scholarlyLens.bibliographies is a relative path and no workspace folder is open: give an absolute path`);
    }
    const removed = [...this.named.keys()].filter((uri) => !next.has(uri));
    this.named = next;
    this.watchFolders();
    return { removed };
  }

  has(uri: string): boolean {
    return this.named.has(uri);
  }

  uris(): string[] {
    return [...this.named.keys()];
  }

  /** Changes whenever the file does; undefined when it is gone. */
  async stampOf(uri: string): Promise<string | undefined> {
    try {
      const info = await fs.promises.stat(fileURLToPath(uri));
      return `${info.mtimeMs}-${info.size}`;
    } catch {
      return undefined;
    }
  }

  /** The file's text and stamp; throws NamedBibliographyError saying what is wrong and what to do. */
  async read(uri: string): Promise<{ text: string; stamp: string }> {
    const file = fileURLToPath(uri);
    const written = this.named.get(uri) ?? file;
    const fix = 'Correct the path in the setting scholarlyLens.bibliographies';
    if (!READABLE.test(file)) throw new NamedBibliographyError(`"${written}" (scholarlyLens.bibliographies) is neither BibTeX (.bib) nor CSL-JSON (.json), the formats Scholarly Lens reads. Export the library in one of them and name that file.`);
    let info: fs.Stats;
    try {
      info = await fs.promises.stat(file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new NamedBibliographyError(code === 'ENOENT' ? `The bibliography "${written}" named in scholarlyLens.bibliographies does not exist (looked for ${file}). ${fix}, or export the library there.` : `The bibliography "${written}" cannot be read (${code ?? String(error)}). ${fix}, or make the file readable.`);
    }
    if (info.isFile() && info.size > MAX_NAMED_BYTES) throw new NamedBibliographyError(`The bibliography "${written}" is ${Math.round(info.size / 1024 / 1024)} MB, over the ${MAX_NAMED_BYTES / 1024 / 1024} MB Scholarly Lens reads. Export only the collection you cite.`);
    try {
      const text = decodeText(await readRegularFile(file)).text;
      return { text, stamp: `${info.mtimeMs}-${info.size}` };
    } catch (error) {
      throw new NamedBibliographyError(`The bibliography "${written}" cannot be read: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  dispose(): void {
    for (const w of this.watchers.values()) w.close();
    this.watchers.clear();
    for (const t of this.pending.values()) clearTimeout(t);
    this.pending.clear();
  }

  /** One watcher per folder that holds a named file; folders no longer needed are let go. */
  private watchFolders(): void {
    const folders = new Set([...this.named.keys()].map((uri) => path.dirname(fileURLToPath(uri))));
    for (const [folder, watcher] of this.watchers) {
      if (folders.has(folder)) continue;
      watcher.close();
      this.watchers.delete(folder);
    }
    for (const folder of folders) {
      if (this.watchers.has(folder)) continue;
      try {
        const watcher = fs.watch(folder, { persistent: false }, (_, name) => name && this.touched(path.join(folder, name.toString())));
        watcher.on('error', (error) => this.warn(`stopped watching ${folder} for changes to bibliographies: ${error.message}`));
        this.watchers.set(folder, watcher);
      } catch (error) {
        this.warn(`cannot watch ${folder} for changes to the bibliographies named in scholarlyLens.bibliographies (${(error as Error).message}); they are read again when the setting changes`);
      }
    }
  }

  private touched(file: string): void {
    const uri = pathToFileURL(file).href;
    if (!this.named.has(uri)) return;
    clearTimeout(this.pending.get(uri));
    this.pending.set(
      uri,
      setTimeout(() => {
        this.pending.delete(uri);
        this.changed(uri);
      }, SETTLE_MS),
    );
  }
}

/** The absolute path a setting's entry names, or null for a relative one with no folder to resolve it in. */
export function resolvedPath(written: string, folder: string | null): string | null {
  const trimmed = written.trim();
  if (trimmed === '~' || trimmed.startsWith('~/') || trimmed.startsWith('~\\')) return path.join(os.homedir(), trimmed.slice(1));
  if (path.isAbsolute(trimmed)) return path.normalize(trimmed);
  return folder ? path.resolve(folder, trimmed) : null;
}
