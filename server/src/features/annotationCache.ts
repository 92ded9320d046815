import { promises as fs } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnnotationStatus, anchoredAnnotationsOf, locatePaper } from '../annotations';

interface Anchored {
  text: string;
  storeModified: number;
  statuses: AnnotationStatus[] | null;
  document: TextDocument;
}

const cache = new Map<string, Anchored>();

async function storeModified(workspaceFolder: string, paper: string): Promise<number> {
  try {
    return (await fs.stat(locatePaper(workspaceFolder, paper).sidecar)).mtimeMs;
  } catch {
    return -1;
  }
}

/**
 * A paper's annotations anchored in `text`, re-read only when the text or its store changed, so
 * hovers stay fast. `documentUri` and `workspaceFolderUri` are file URIs.
 */
export async function anchoredAnnotations(documentUri: string, text: string, workspaceFolderUri: string): Promise<Anchored> {
  const folder = fileURLToPath(workspaceFolderUri);
  const paper = fileURLToPath(documentUri);
  const modified = await storeModified(folder, paper);
  const key = `${workspaceFolderUri}\n${documentUri}`;
  const hit = cache.get(key);
  if (hit && hit.text === text && hit.storeModified === modified) return hit;
  const statuses = modified === -1 ? [] : await anchoredAnnotationsOf(folder, paper, text);
  const fresh = { text, storeModified: modified, statuses, document: TextDocument.create(documentUri, 'plaintext', 0, text) };
  cache.set(key, fresh);
  return fresh;
}

export function forgetAnnotations(documentUri: string): void {
  for (const key of cache.keys()) if (key.endsWith(`\n${documentUri}`)) cache.delete(key);
}
