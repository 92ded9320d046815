import { BUNDLE } from './workers/bundle';
import { parseArgs } from 'node:util';
import { BadFileError, collectPaths, UsageError } from './cli/files';
import { reportsOf, runCheck } from './cli/check';
import { runAnnotate, runAnnotations } from './cli/annotations';
import { rowOf, runSummary } from './cli/summary';
import { FileOutcome, perFile } from './cli/parallel';
import { runExtract } from './cli/extract';
import { runReferences } from './cli/references';
import { DEFAULT_MAX_ANALYSED_MB } from './workspace/sizeLimits';

const USAGE = `usage: scholarly-lens <command> [options] <files|folders...>

commands (papers are .txt, .md and .pdf files, or folders holding them):
  check <paths...>     diagnostics as path:line:col: severity: message [code]; exit 1 on any warning or error
  summary <paths...>   a table of counts per paper (citations, resolved, unresolved, notes, concepts, organisations)
  annotate <paper> --quote "<exact text>" [--note "<text>"] [--tag t]... [--occurrence n]
                       add a reader annotation to the paper (scholarly-lens annotate --help for more)
  annotations <paper>  the paper's annotations, each anchored (with its range) or orphaned
  extract <paper.pdf>  the text the analysis reads of a PDF (--json: with its page map and fingerprint)
  references <paper>   the paper's reference entries for a reference manager: --format csl-json (default),
                       bibtex or ris (authors, year, title, journal, volume, pages, DOI, ...)

options:
  --json               machine-readable output
  --hints              (check) also list hints: uncited entries and notes
  --exit-zero          (check) exit 0 even when problems are found
  --max-mb <n>         papers larger than n MB are not analysed (default ${DEFAULT_MAX_ANALYSED_MB})
  --cache DIR          (check, summary) keep each file's result in DIR; an unchanged file is not analysed again

A file that cannot be analysed (unreadable, binary, too large, a symlink loop) is reported on stderr at the
end, the others are analysed all the same, and the exit code is 2.`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    console.log(USAGE);
    return command ? 0 : 2;
  }
  if (command === 'annotate') return runAnnotate(rest);
  if (command === 'annotations') return runAnnotations(rest);
  if (command === 'extract') return runExtract(rest);
  if (command === 'references') return runReferences(rest);
  const { values, positionals: paths } = parseOptions(rest);
  if (command !== 'check' && command !== 'summary') throw new UsageError(`unknown command '${command}'.\n\n${USAGE}`);
  if (paths.length === 0) throw new UsageError(`'${command}' needs at least one file or folder.\n\n${USAGE}`);
  const maxMB = maxMBOf(values['max-mb']);
  if (values.cache === '') throw new UsageError(VALUE_NEEDED.cache);
  const { files, bad } = collectPaths(paths);
  if (files.length === 0 && bad.length === 0) throw new UsageError(`no .txt, .md or .pdf papers found in ${paths.join(', ')}.`);
  const parallel = { workerScript: BUNDLE, cacheDir: values.cache };
  let code = 0;
  if (command === 'summary') code = runSummary(goodOnes(await perFile('summary', files, maxMB, rowOf, parallel), files, bad), values.json);
  else code = runCheck(goodOnes(await perFile('check', files, maxMB, reportsOf, parallel), files, bad), values.json, values.hints);
  if (bad.length > 0) {
    reportBadFiles(bad);
    return 2;
  }
  return values['exit-zero'] ? 0 : code;
}

/** The results of the files that could be analysed; the others are added to `bad`. */
function goodOnes<R>(outcomes: FileOutcome<R>[], files: string[], bad: BadFileError[]): R[] {
  const out: R[] = [];
  outcomes.forEach((o, i) => {
    if ('result' in o) out.push(o.result);
    else bad.push(new BadFileError(files[i], o.bad));
  });
  return out;
}

const OPTIONS = {
  json: { type: 'boolean', default: false },
  hints: { type: 'boolean', default: false },
  'exit-zero': { type: 'boolean', default: false },
  'max-mb': { type: 'string' },
  cache: { type: 'string' },
} as const;

function parseOptions(args: string[]) {
  const unknown = args.find((a) => a.startsWith('-') && !Object.hasOwn(OPTIONS, a.replace(/^--?/, '').split('=')[0]));
  if (unknown) throw new UsageError(`unknown option ${unknown}.\n\n${USAGE}`);
  try {
    return parseArgs({ args, allowPositionals: true, options: OPTIONS });
  } catch (error) {
    const hint = Object.entries(VALUE_NEEDED).find(([option]) => (error as Error).message.includes(`--${option} `))?.[1];
    throw new UsageError(hint ?? `${(error as Error).message}\n\n${USAGE}`);
  }
}

/** What an option that takes a value says when it was given none. */
const VALUE_NEEDED: Record<string, string> = {
  cache: '--cache needs a folder: --cache DIR (it is made if it does not exist).',
  'max-mb': '--max-mb needs a size in MB greater than 0, as in --max-mb 50.',
};

function maxMBOf(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_ANALYSED_MB;
  const mb = Number(value);
  if (!Number.isFinite(mb) || mb <= 0) throw new UsageError(`--max-mb ${value}: give a size in MB greater than 0, as in --max-mb 50.`);
  return mb;
}

function reportBadFiles(bad: readonly BadFileError[]): void {
  for (const b of [...bad].sort((x, y) => x.file.localeCompare(y.file))) console.error(`scholarly-lens: ${b.message}`);
  if (bad.length > 1) console.error(`scholarly-lens: ${bad.length} files could not be analysed (listed above).`);
}

main(process.argv.slice(2)).then(
  // Exits once the output is written: a pipe that is read slowly still holds part of a long table.
  (code) => process.stdout.write('', () => process.exit(code)),
  (error) => {
    if (error instanceof UsageError) console.error(`scholarly-lens: ${error.message}`);
    else console.error(`scholarly-lens: internal error: ${error instanceof Error ? error.message : String(error)}. Please report it with the file that caused it.`);
    process.exit(2);
  },
);
