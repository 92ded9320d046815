/** Where a paper's annotations live: `.annotations/<paper path relative to the workspace folder>.jsonld`. */
import { readdir } from 'node:fs/promises';
import * as path from 'node:path';
import { PaperDescription } from './jsonld';
import { isInside } from './pathInside';

export const STORE_FOLDER = '.annotations';
const STORE_EXTENSION = '.jsonld';

export interface PaperLocation {
  workspaceFolder: string;
  /** Absolute path of the paper. */
  paper: string;
  /** The paper's path relative to the workspace folder, with "/" separators. */
  relativePath: string;
  /** Absolute path of the sidecar file holding the paper's annotations. */
  sidecar: string;
}

export function locatePaper(workspaceFolder: string, paper: string): PaperLocation {
  const folder = path.resolve(workspaceFolder);
  const absolute = path.resolve(folder, paper);
  const relative = path.relative(folder, absolute);
  if (!isInside(folder, absolute)) {
    throw new Error(`${absolute} is not inside the workspace folder ${folder}; annotations are stored per workspace folder.`);
  }
  const relativePath = relative.split(path.sep).join('/');
  if (relativePath === STORE_FOLDER || relativePath.startsWith(`${STORE_FOLDER}/`)) {
    throw new Error(`${absolute} is an annotation store, not a paper.`);
  }
  return { workspaceFolder: folder, paper: absolute, relativePath, sidecar: path.join(folder, STORE_FOLDER, `${relative}${STORE_EXTENSION}`) };
}

export function describePaper(location: PaperLocation): PaperDescription {
  const fromSidecar = path.relative(path.dirname(location.sidecar), location.paper).split(path.sep);
  return { relativePath: location.relativePath, sourceIri: fromSidecar.map(encodeURIComponent).join('/') };
}

/** Every paper of the workspace folder that has a sidecar, whether or not the paper itself still exists. */
export async function listAnnotatedPapers(workspaceFolder: string): Promise<PaperLocation[]> {
  const storeFolder = path.join(path.resolve(workspaceFolder), STORE_FOLDER);
  let entries: string[];
  try {
    entries = await readdir(storeFolder, { recursive: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return entries
    .filter((entry) => entry.endsWith(STORE_EXTENSION))
    .sort()
    .map((entry) => locatePaper(workspaceFolder, entry.slice(0, -STORE_EXTENSION.length)));
}
