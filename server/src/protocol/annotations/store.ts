/**
 * Reading and saving a paper's annotation store. Saving re-reads the store under a lock and merges
 * by annotation id, so that two windows saving the same store keep each other's annotations; a
 * store that does not parse is never overwritten.
 */
import { access, constants, stat } from 'node:fs/promises';
import { removeAbandonedTempFiles, writeFileAtomic } from './atomicWrite';
import { StoreDocument, parseStore, serialiseStore } from './jsonld';
import { Annotation } from './model';
import { PaperLocation, describePaper } from './sidecar';
import { withStoreLock } from './storeLock';
import { NotRegularFileError, readRegularFile } from './regularFile';
import { MalformedStoreError } from './storeErrors';

/** The store's annotations; none when the paper has no sidecar yet. Throws MalformedStoreError for a sidecar that does not parse or is no regular file. */
export async function readStore(sidecar: string): Promise<StoreDocument> {
  const text = await readStoreText(sidecar);
  return text === null ? { annotations: [], collection: null } : parseStore(text, sidecar);
}

async function readStoreText(sidecar: string): Promise<string | null> {
  try {
    return (await readRegularFile(sidecar)).toString('utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    if (error instanceof NotRegularFileError) throw new MalformedStoreError(sidecar, 1, 1, `it is ${error.kind}, not a regular file; remove it, or put the paper's JSON-LD store there`);
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
    if (text === diskText) return annotations;
    if (diskText !== null) await assertWritable(location.sidecar);
    await removeAbandonedTempFiles(location.sidecar);
    await writeFileAtomic(location.sidecar, text);
    return annotations;
  });
}

/**
 * A store the reader made read-only stays as it is: renaming a new file over it would succeed (the folder is
 * writable) and quietly make it writable again. The mode bits are read too, as a root process may write anything.
 */
async function assertWritable(sidecar: string): Promise<void> {
  const writable = ((await stat(sidecar)).mode & 0o222) !== 0 && (await access(sidecar, constants.W_OK).then(() => true, () => false));
  if (!writable) {
    throw new Error(
      `${sidecar} is read-only, so the annotations were not saved and the file is left as it is. ` +
        'To save annotations for this paper, make the file writable (chmod u+w, or clear its read-only attribute) and try again.',
    );
  }
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
