/**
 * Reading and saving a paper's annotation store. Saving re-reads the store under a lock and merges
 * by annotation id, so that two windows saving the same store keep each other's annotations; a
 * store that does not parse is never overwritten.
 */
import { readFile } from 'node:fs/promises';
import { removeAbandonedTempFiles, writeFileAtomic } from './atomicWrite';
import { StoreDocument, parseStore, serialiseStore } from './jsonld';
import { Annotation } from './model';
import { PaperLocation, describePaper } from './sidecar';
import { withStoreLock } from './storeLock';

/** The store's annotations; none when the paper has no sidecar yet. Throws MalformedStoreError for a sidecar that does not parse. */
export async function readStore(sidecar: string): Promise<StoreDocument> {
  const text = await readStoreText(sidecar);
  return text === null ? { annotations: [], collection: null } : parseStore(text, sidecar);
}

async function readStoreText(sidecar: string): Promise<string | null> {
  try {
    return await readFile(sidecar, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

export interface StoreChanges {
  /** Annotations to add, or to put in place of the stored ones with the same id. */
  upsert?: Annotation[];
  /** Ids of annotations to delete. */
  remove?: string[];
}

/**
 * Applies `changes` to the store as it is on disk now and returns the annotations it then holds.
 * Where the disk holds a version of an upserted annotation modified later than the given one
 * (another window edited it meanwhile), the later version is kept.
 */
export async function saveChanges(location: PaperLocation, changes: StoreChanges): Promise<Annotation[]> {
  return withStoreLock(location.sidecar, async () => {
    const diskText = await readStoreText(location.sidecar);
    const disk = diskText === null ? { annotations: [], collection: null } : parseStore(diskText, location.sidecar);
    const annotations = merge(disk.annotations, changes);
    if (diskText === null && annotations.length === 0) return annotations;
    const text = serialiseStore(annotations, describePaper(location), disk.collection);
    await removeAbandonedTempFiles(location.sidecar);
    if (text !== diskText) await writeFileAtomic(location.sidecar, text);
    return annotations;
  });
}

function merge(stored: Annotation[], changes: StoreChanges): Annotation[] {
  const result = [...stored];
  const indexOf = new Map(result.map((annotation, index) => [annotation.id, index]));
  for (const incoming of changes.upsert ?? []) {
    const index = indexOf.get(incoming.id);
    if (index === undefined) indexOf.set(incoming.id, result.push(incoming) - 1);
    else if (!isNewer(result[index], incoming)) result[index] = incoming;
  }
  const removed = new Set(changes.remove ?? []);
  return result.filter((annotation) => !removed.has(annotation.id));
}

function isNewer(a: Annotation, b: Annotation): boolean {
  return a.modified !== null && b.modified !== null && Date.parse(a.modified) > Date.parse(b.modified);
}
