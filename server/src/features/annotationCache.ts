import { promises as fs } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnnotationStatus, annotationStatuses, locatePaper, MalformedStoreError, readStore } from '../protocol/annotations';

interface Anchored {
  text: string;
  storeModified: number;
  statuses: AnnotationStatus[];
  /** Why the paper's store could not be read, when it could not. */
  storeError: MalformedStoreError | null;
  document: TextDocument;
}

async function storeModified(workspaceFolder: string, paper: string): Promise<number> {
  try {
    return (await fs.stat(locatePaper(workspaceFolder, paper).sidecar)).mtimeMs;
  } catch {
    return -1; // no store yet
  }
}

/**
 * Each paper's annotations anchored in its text, re-read only when the text or its store changed, so hovers
 * stay fast. Document and folder arguments are file URIs.
 */
export class AnchoredAnnotations {
  private readonly cache = new Map<string, Anchored>();

  async of(documentUri: string, text: string, workspaceFolderUri: string): Promise<Anchored> {
    const folder = fileURLToPath(workspaceFolderUri);
    const paper = fileURLToPath(documentUri);
    const modified = await storeModified(folder, paper);
    const key = `${workspaceFolderUri}\n${documentUri}`;
    const hit = this.cache.get(key);
    if (hit && hit.text === text && hit.storeModified === modified) return hit;
    let statuses: AnnotationStatus[] = [];
    let storeError: MalformedStoreError | null = null;
    if (modified !== -1) {
      try {
        statuses = annotationStatuses(text, (await readStore(locatePaper(folder, paper).sidecar)).annotations);
      } catch (error) {
        if (!(error instanceof MalformedStoreError)) throw error;
        storeError = error;
      }
    }
    const fresh = { text, storeModified: modified, statuses, storeError, document: TextDocument.create(documentUri, 'plaintext', 0, text) };
    this.cache.set(key, fresh);
    return fresh;
  }

  has(documentUri: string): boolean {
    for (const key of this.cache.keys()) if (key.endsWith(`\n${documentUri}`)) return true;
    return false;
  }

  forget(documentUri: string): void {
    for (const key of this.cache.keys()) if (key.endsWith(`\n${documentUri}`)) this.cache.delete(key);
  }
}
