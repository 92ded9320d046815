import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The innermost of `folders` holding a file URI, else the file's own folder; null for other schemes. */
export function folderOf(folders: readonly string[], documentUri: string): string | null {
  if (!documentUri.startsWith('file:')) return null;
  const file = fileURLToPath(documentUri);
  const holding = folders
    .filter((f) => f.startsWith('file:'))
    .map((f) => fileURLToPath(f))
    .filter((dir) => file.startsWith(dir.endsWith(path.sep) ? dir : dir + path.sep))
    .sort((a, b) => b.length - a.length)[0];
  return pathToFileURL(holding ?? path.dirname(file)).href;
}

/** True when a URI lies inside one of the folders. */
export function inFolders(folders: readonly string[], uri: string): boolean {
  return folders.some((f) => uri.startsWith(f.endsWith('/') ? f : f + '/'));
}
