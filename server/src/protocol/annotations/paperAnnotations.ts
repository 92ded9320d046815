/** A paper's annotations anchored in its current text, for features that only show them. */
import { AnnotationStatus, annotationStatuses } from './annotationStatus';
import { locatePaper } from './sidecar';
import { readStore } from './store';
import { MalformedStoreError } from './storeErrors';

/**
 * The annotations of `paper` (inside `workspaceFolder`) against `text`, or null when the paper is
 * outside the folder or its store does not parse (whoever writes to the store reports that).
 */
export async function anchoredAnnotationsOf(workspaceFolder: string, paper: string, text: string): Promise<AnnotationStatus[] | null> {
  let location;
  try {
    location = locatePaper(workspaceFolder, paper);
  } catch {
    return null;
  }
  try {
    return annotationStatuses(text, (await readStore(location.sidecar)).annotations);
  } catch (error) {
    if (error instanceof MalformedStoreError) return null;
    throw error;
  }
}
