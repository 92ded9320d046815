/**
 * Results of analysing a paper, kept on disk between runs: one file per paper content, named by the SHA-1 of
 * the paper's bytes, in a folder per kind of result and analysis version (`<dir>/<kind>-<version>/<sha1>.bin`),
 * so a paper that did not change is never analysed again and a new analysis version starts afresh.
 */
import { createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import { SUMMARY_VERSION } from './paperSummary';

interface Entry {
  version: string;
  key: string;
  value: unknown;
}

export class ResultCache<T> {
  private readonly folder: string;
  private made = false;
  private writeFailed = false;

  constructor(
    private readonly dir: string,
    private readonly kind: string,
    /** Told about a cache file that could not be read or written (the run goes on without it). */
    private readonly warn: (message: string) => void,
    /** What made the results: a result of another version is never read. */
    private readonly version = SUMMARY_VERSION,
  ) {
    this.folder = path.join(dir, `${kind}-${version}`);
  }

  static keyOf(bytes: Uint8Array | string): string {
    return createHash('sha1').update(bytes).digest('hex');
  }

  async get(key: string): Promise<T | undefined> {
    const file = this.fileOf(key);
    let bytes: Buffer;
    try {
      bytes = await fs.readFile(file);
    } catch {
      return undefined; // not cached yet
    }
    try {
      const entry = v8.deserialize(bytes) as Entry;
      if (entry.version === this.version && entry.key === key) return entry.value as T;
    } catch {
      // reported below
    }
    this.warn(`ignored the damaged cache file ${file}; it will be written again`);
    return undefined;
  }

  async put(key: string, value: T): Promise<void> {
    const file = this.fileOf(key);
    // Not the annotation store's durable write: a cache file lost in a crash is only analysed again.
    const temp = `${file}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
    try {
      if (!this.made) await fs.mkdir(this.folder, { recursive: true });
      this.made = true;
      await fs.writeFile(temp, v8.serialize({ version: this.version, key, value } satisfies Entry));
      await fs.rename(temp, file);
    } catch (error) {
      await fs.rm(temp, { force: true }).catch(() => undefined);
      if (this.writeFailed) return; // said once
      this.writeFailed = true;
      this.warn(`could not write the cache file ${file} (${error instanceof Error ? error.message : String(error)}); check that the folder is writable`);
    }
  }

  /** Removes the folders of this kind of result that other analysis versions left (they are never read again). */
  async removeOtherVersions(): Promise<void> {
    let names: string[];
    try {
      names = await fs.readdir(this.dir);
    } catch {
      return; // no cache yet
    }
    const stale = names.filter((name) => name.startsWith(`${this.kind}-`) && path.join(this.dir, name) !== this.folder);
    await Promise.all(stale.map((name) => fs.rm(path.join(this.dir, name), { recursive: true, force: true }).catch(() => undefined)));
  }

  private fileOf(key: string): string {
    return path.join(this.folder, `${key}.bin`);
  }
}
