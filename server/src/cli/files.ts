import * as fs from 'fs';
import * as path from 'path';
import { decodeText, encodingNote, UndecodableTextError } from '../workspace/decodeText';
import { BYTES_PER_MB, formatMB } from '../workspace/sizeLimits';

/** File endings read as papers when a folder is given. */
const PAPER_ENDINGS = new Set(['.txt', '.md', '.markdown', '.text', '.pdf']);

export class UsageError extends Error {}

/** A path that could not be read as a paper: what was wrong with it and what to do. */
export class BadFileError extends UsageError {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
  }
}

export interface PaperFile {
  path: string;
  text: string;
}

export interface FoundPapers {
  files: string[];
  /** Paths given or met in a folder that are no readable papers; the others are read all the same. */
  bad: BadFileError[];
}

/** Papers named on the command line: files as given, folders searched (through symlinked folders too) for paper files. */
export function collectPaths(args: string[]): FoundPapers {
  const found: FoundPapers = { files: [], bad: [] };
  for (const arg of args) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(arg);
    } catch (error) {
      found.bad.push(pathError(arg, error));
      continue;
    }
    if (stat.isDirectory()) walk(arg, [fs.realpathSync(arg)], found);
    else found.files.push(arg);
  }
  return found;
}

/** `ancestors`: real paths of the folders being searched, this one last, to tell a symlinked folder that leads back into them. */
function walk(dir: string, ancestors: string[], found: FoundPapers): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    found.bad.push(new BadFileError(dir, `cannot list this folder (${codeOf(error)}). Check its permissions.`));
    return;
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    const named = PAPER_ENDINGS.has(path.extname(entry.name).toLowerCase());
    let stat: fs.Stats | fs.Dirent = entry;
    if (entry.isSymbolicLink()) {
      try {
        stat = fs.statSync(full);
      } catch (error) {
        if (named || codeOf(error) === 'ELOOP') found.bad.push(pathError(full, error));
        continue;
      }
    }
    if (stat.isDirectory()) {
      const real = fs.realpathSync(full);
      if (ancestors.includes(real)) {
        found.bad.push(new BadFileError(full, `symlink loop: this folder leads back to ${real}, which holds it. Remove the link, or give the folders one by one.`));
      } else walk(full, [...ancestors, real], found);
    } else if (named) found.files.push(full);
  }
}

/**
 * Reads a paper as text (see `decodeText`; a file not in UTF-8 gets a warning on stderr). A file over `maxMB`,
 * not a regular file, binary or unreadable is a `BadFileError` that says so.
 */
export function readPaper(file: string, maxMB = Infinity): PaperFile {
  let bytes: Buffer;
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) throw new BadFileError(file, 'not a regular file (a pipe, socket or device). Give files or folders of papers.');
    if (stat.size > maxMB * BYTES_PER_MB) {
      throw new BadFileError(
        file,
        `${formatMB(stat.size)}, over the ${maxMB} MB limit, so it is not analysed. If it is a paper, raise the limit with --max-mb ${Math.ceil(stat.size / BYTES_PER_MB)}.`,
      );
    }
    bytes = fs.readFileSync(file);
  } catch (error) {
    throw error instanceof BadFileError ? error : pathError(file, error);
  }
  try {
    const decoded = decodeText(bytes);
    if (decoded.assumed) console.error(`scholarly-lens: warning: ${file} ${encodingNote(decoded.assumed)}`);
    return { path: file, text: decoded.text };
  } catch (error) {
    throw error instanceof UndecodableTextError ? new BadFileError(file, error.message) : error;
  }
}

/** A path that stat or read refused, by the reason. */
export function pathError(file: string, error: unknown): BadFileError {
  const code = codeOf(error);
  if (code === 'ELOOP') return new BadFileError(file, 'symlink loop: following its links leads back to itself. Fix or remove the link.');
  if (code === 'ENOENT') {
    const target = linkTarget(file);
    return new BadFileError(
      file,
      target === undefined
        ? 'no such file or folder. Give paths to .txt, .md or .pdf papers, or folders holding them.'
        : `no such file: it is a symlink to ${target}, which does not exist. Fix or remove the link.`,
    );
  }
  return new BadFileError(file, `cannot read it (${code}). Check the path and its permissions.`);
}

function linkTarget(file: string): string | undefined {
  try {
    return fs.readlinkSync(file);
  } catch {
    return undefined;
  }
}

function codeOf(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? 'unknown error';
}
