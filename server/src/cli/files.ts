import * as fs from 'fs';
import * as path from 'path';

/** File endings read as papers when a folder is given. */
const PAPER_ENDINGS = new Set(['.txt', '.md', '.markdown', '.text']);

export class UsageError extends Error {}

export interface PaperFile {
  path: string;
  text: string;
}

/** Papers named on the command line: files as given, folders searched for .txt and .md files. */
export function collectPaths(args: string[]): string[] {
  const out: string[] = [];
  for (const arg of args) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(arg);
    } catch {
      throw new UsageError(`${arg}: no such file or folder. Give paths to .txt or .md papers, or folders holding them.`);
    }
    if (stat.isDirectory()) out.push(...walk(arg));
    else if (stat.isFile()) out.push(arg);
    // A FIFO or a device would block the read forever.
    else throw new UsageError(`${arg}: not a regular file (a FIFO, a device or a socket). Give paths to .txt or .md papers, or folders holding them.`);
  }
  return out;
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(full));
    else if (PAPER_ENDINGS.has(path.extname(entry.name).toLowerCase()) && !isSpecialFile(full)) out.push(full);
  }
  return out;
}

/** A FIFO, device or socket (also behind a link): reading one would block. A file that cannot be looked at is left for readPaper to report. */
function isSpecialFile(file: string): boolean {
  try {
    const stat = fs.statSync(file);
    return !stat.isFile() && !stat.isDirectory();
  } catch {
    return false;
  }
}

/** Reads a paper as UTF-8 text; a binary or unreadable file is an error that says so. */
export function readPaper(file: string): PaperFile {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`${file}: cannot read it (${code ?? 'unknown error'}). Check the path and its permissions.`);
  }
  if (bytes.subarray(0, 8192).includes(0)) {
    throw new UsageError(`${file}: this is a binary file, not a text paper. Extract its text first (e.g. pdftotext).`);
  }
  return { path: file, text: bytes.toString('utf8') };
}
