/**
 * A lock file beside a store, so that two windows (or a window and the CLI) never interleave their
 * read-merge-write of the same store. A lock left by a process that died is taken over.
 */
import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import * as path from 'node:path';
import { NotRegularFileError, readRegularFile } from './regularFile';

const RETRY_MS = 20;
const GIVE_UP_MS = 10_000;
/** A lock older than this is taken over even if its owner cannot be checked (another machine). */
const STALE_MS = 30_000;
/** A lock file still without its owner after this long was left by a process that died creating it. */
const UNWRITTEN_MS = 1_000;

export async function withStoreLock<T>(store: string, work: () => Promise<T>): Promise<T> {
  const lock = `${store}.lock`;
  await mkdir(path.dirname(lock), { recursive: true });
  await acquire(lock);
  try {
    return await work();
  } finally {
    await rm(lock, { force: true });
  }
}

async function acquire(lock: string): Promise<void> {
  const owner = `${process.pid}@${hostname()}`;
  const deadline = Date.now() + GIVE_UP_MS;
  for (;;) {
    try {
      await writeFile(lock, owner, { flag: 'wx' });
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = await readHolder(lock);
    if (holder !== null && (await isAbandoned(lock, holder))) {
      // Re-read so that a lock another process has just taken over is not removed.
      if ((await readHolder(lock)) === holder) await rm(lock, { force: true });
      continue;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `${lock} has been held by process ${holder ?? 'unknown'} for more than ${GIVE_UP_MS / 1000} s. ` +
          'If no Scholarly Lens window or command is saving annotations, delete that file and try again.',
      );
    }
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
  }
}

/** Who holds the lock; null while its owner is still being written or once it is gone. A lock that is no file is an error. */
async function readHolder(lock: string): Promise<string | null> {
  try {
    return (await readRegularFile(lock)).toString('utf8');
  } catch (error) {
    if (error instanceof NotRegularFileError) throw error;
    return null;
  }
}

async function isAbandoned(lock: string, holder: string): Promise<boolean> {
  const owner = /^(\d+)@(.+)$/.exec(holder);
  if (owner && owner[2] === hostname()) return !isRunning(Number(owner[1]));
  const info = await stat(lock).catch(() => null);
  return info !== null && Date.now() - info.mtimeMs > (owner ? STALE_MS : UNWRITTEN_MS);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
