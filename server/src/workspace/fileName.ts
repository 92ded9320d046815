import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The file name shown to a reader ("smith-2020.txt") for a file URI or any other URI. */
export function fileName(uri: string): string {
  try {
    return path.basename(fileURLToPath(uri));
  } catch {
    return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
  }
}
