/** `scholarly-lens references <paper>`: the paper's reference entries in a format reference managers import. */
import { parseArgs } from 'node:util';
import { analysePaper } from '../analysis';
import { exportEntries } from '../formats/referenceExport';
import { isReferenceFormat, REFERENCE_FORMATS } from '../protocol/requests';
import { DEFAULT_MAX_ANALYSED_MB } from '../workspace/sizeLimits';
import { BadFileError, UsageError } from './files';
import { readAnyPaper } from './readAnyPaper';

const USAGE = `usage: scholarly-lens references <paper> [--format ${REFERENCE_FORMATS.join('|')}] [--max-mb <n>]`;

export async function runReferences(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { 'max-mb': { type: 'string' }, format: { type: 'string', default: 'csl-json' } } });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n\n${USAGE}`);
  }
  const [file, ...more] = parsed.positionals;
  if (!file || more.length) throw new UsageError(`references takes one paper.\n\n${USAGE}`);
  const format = parsed.values.format;
  if (!isReferenceFormat(format)) throw new UsageError(`--format ${format}: give one of ${REFERENCE_FORMATS.join(', ')}.\n\n${USAGE}`);
  const maxMB = parsed.values['max-mb'] === undefined ? DEFAULT_MAX_ANALYSED_MB : Number(parsed.values['max-mb']);
  if (!Number.isFinite(maxMB) || maxMB <= 0) throw new UsageError(`--max-mb ${parsed.values['max-mb']}: give a size in MB greater than 0, as in --max-mb 50.`);
  let paper;
  try {
    paper = await readAnyPaper(file, maxMB);
  } catch (error) {
    if (error instanceof BadFileError) throw new UsageError(`${file}: ${error.problem}`);
    throw error;
  }
  process.stdout.write(exportEntries(analysePaper(paper.text).references, format));
  return 0;
}
