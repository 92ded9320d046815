import * as path from 'node:path';
import { pathOfFileUri } from './folderOf';

/** The file name shown to a reader ("smith-2020.txt") for a file URI or any other URI, even one that does not decode. */
export function fileName(uri: string): string {
  const file = pathOfFileUri(uri);
  if (file !== null) return path.basename(file);
  const last = uri.slice(uri.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
