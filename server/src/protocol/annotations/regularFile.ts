/**
 * Reading a file that must be a regular file. A FIFO, device or socket where a store or a paper is expected
 * would block a read forever, and with it one of the few threads of Node's file pool (four by default), so
 * other reads of the server stall too: those are refused before a byte is read. Every read also has a time
 * limit, so that a file that does not answer (a hung network mount) fails the request instead of stalling it.
 */
import { constants, promises as fs, Stats } from 'node:fs';

/** A read of one store or paper file that takes longer than this fails. */
export const READ_TIME_LIMIT_MS = 10_000;

/** Opening a FIFO without O_NONBLOCK waits for a writer; Windows has no FIFOs and no such flag. */
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

export class NotRegularFileError extends Error {
  constructor(
    readonly file: string,
    /** What the file is instead ("a FIFO (named pipe)", "a folder", ...). */
    readonly kind: string,
  ) {
    super(`${file} is ${kind}, not a regular file, so Scholarly Lens does not read it. Put a regular file there or remove it.`);
    this.name = 'NotRegularFileError';
  }
}

/** The file's bytes; throws NotRegularFileError for anything but a regular file, and an error after `limitMs`. */
export function readRegularFile(file: string, limitMs = READ_TIME_LIMIT_MS): Promise<Buffer> {
  return withTimeLimit(readChecked(file), limitMs, file);
}

async function readChecked(file: string): Promise<Buffer> {
  assertRegularFile(file, await fs.stat(file));
  const handle = await fs.open(file, OPEN_FLAGS);
  try {
    // Checked again on the open file: the name may have been given to a FIFO since the first look.
    assertRegularFile(file, await handle.stat());
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/** Throws NotRegularFileError unless `info` (of `file`) is a regular file's. */
export function assertRegularFile(file: string, info: Stats): void {
  if (!info.isFile()) throw new NotRegularFileError(file, kindOf(info));
}

function kindOf(info: Stats): string {
  if (info.isFIFO()) return 'a FIFO (named pipe)';
  if (info.isDirectory()) return 'a folder';
  if (info.isSocket()) return 'a socket';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
  return 'a special file';
}

function withTimeLimit<T>(work: Promise<T>, limitMs: number, file: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`reading ${file} took more than ${limitMs / 1000} s; check that the file's disk or network share answers, then try again.`)),
      limitMs,
    );
  });
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}
