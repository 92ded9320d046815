/**
 * Replacing a file so that a crash at any moment leaves either the old or the new content:
 * write a temporary file beside it, flush it to disk, then rename it over the original.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, rename, rm } from 'node:fs/promises';
import * as path from 'node:path';

const TEMP_SUFFIX = '.tmp';

export async function writeFileAtomic(file: string, content: string): Promise<void> {
  const folder = path.dirname(file);
  await mkdir(folder, { recursive: true });
  const temp = `${file}.${process.pid}-${randomBytes(4).toString('hex')}${TEMP_SUFFIX}`;
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(content, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
  await syncFolder(folder);
}

/** Makes the rename itself durable. Some platforms (Windows) cannot open a folder for that; the rename is still atomic there. */
async function syncFolder(folder: string): Promise<void> {
  let handle;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch {
    return;
  } finally {
    await handle?.close();
  }
}

/**
 * Removes temporary files that a writer killed mid-write left beside `file`. Only safe while no
 * other writer of `file` is running, that is under the store's lock.
 */
export async function removeAbandonedTempFiles(file: string): Promise<void> {
  const prefix = `${path.basename(file)}.`;
  let names: string[];
  try {
    names = await readdir(path.dirname(file));
  } catch {
    return;
  }
  const abandoned = names.filter((name) => name.startsWith(prefix) && name.endsWith(TEMP_SUFFIX));
  await Promise.all(abandoned.map((name) => rm(path.join(path.dirname(file), name), { force: true })));
}
