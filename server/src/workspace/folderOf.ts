import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isInside } from '../protocol/annotations/pathInside';

/**
 * The local path of a file URI; null for other schemes and for file URIs no local path can be made of
 * (one with a host, an escaped "/" as %2F, a broken % escape), which the server treats as no file.
 */
export function pathOfFileUri(uri: string): string | null {
  if (!uri.startsWith('file:')) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

/** The innermost of `folders` holding a file URI, else the file's own folder; null for other schemes and unusable URIs. */
export function folderOf(folders: readonly string[], documentUri: string): string | null {
  const file = pathOfFileUri(documentUri);
  if (file === null) return null;
  const holding = folders
    .map(pathOfFileUri)
    .filter((dir): dir is string => dir !== null && isInside(dir, file))
    .sort((a, b) => b.length - a.length)[0];
  return pathToFileURL(holding ?? path.dirname(file)).href;
}

/** True when a URI lies inside one of the folders. */
export function inFolders(folders: readonly string[], uri: string): boolean {
  return folders.some((f) => uri.startsWith(f.endsWith('/') ? f : f + '/'));
}
