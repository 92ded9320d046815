import * as path from 'node:path';

/**
 * True when the absolute path `file` lies below the folder `folder`. Only a first segment that is exactly ".."
 * leads out: "..notes.txt" is a file of the folder.
 */
export function isInside(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== '' && !path.isAbsolute(relative) && relative.split(path.sep)[0] !== '..';
}
