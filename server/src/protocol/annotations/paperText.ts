import { readRegularFile } from './regularFile';

/** A paper's text as editors see it: UTF-8 without the byte-order mark, so offsets agree with theirs. */
export async function readPaperText(file: string): Promise<string> {
  const text = (await readRegularFile(file)).toString('utf8');
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
