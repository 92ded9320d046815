/** `scholarly-lens extract paper.pdf [--json]`: the text the analysis reads of a PDF, or with its page map. */
import { parseArgs } from 'node:util';
import { PdfError, readPdfFile } from '../pdf';
import { pathError, UsageError } from './files';

export async function runExtract(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n\nusage: scholarly-lens extract <paper.pdf> [--json]`);
  }
  const [file, ...more] = parsed.positionals;
  if (!file || more.length) throw new UsageError('extract takes one PDF: scholarly-lens extract <paper.pdf> [--json]');
  let extracted;
  try {
    extracted = await readPdfFile(file);
  } catch (error) {
    if (error instanceof PdfError) throw new UsageError(`${file}: ${error.message}.`);
    throw (error as NodeJS.ErrnoException).code ? pathError(file, error) : error;
  }
  process.stdout.write(parsed.values.json ? `${JSON.stringify(extracted)}\n` : extracted.text);
  return 0;
}
