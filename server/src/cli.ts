#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { BadFileError, collectPaths, UsageError } from './cli/files';
import { analysedPapers } from './cli/analysedPapers';
import { runCheck } from './cli/check';
import { runAnnotate, runAnnotations } from './cli/annotations';
import { runSummary } from './cli/summary';
import { DEFAULT_MAX_ANALYSED_MB } from './workspace/sizeLimits';

const USAGE = `usage: scholarly-lens <command> [options] <files|folders...>

commands:
  check <paths...>     diagnostics as path:line:col: severity: message [code]; exit 1 on any warning or error
  summary <paths...>   a table of counts per paper (citations, resolved, unresolved, notes, concepts, organisations)
  annotate <paper> --quote "<exact text>" [--note "<text>"] [--tag t]... [--occurrence n]
                       add a reader annotation to the paper (scholarly-lens annotate --help for more)
  annotations <paper>  the paper's annotations, each anchored (with its range) or orphaned

options:
  --json               machine-readable output
  --hints              (check) also list hints: uncited entries and notes
  --exit-zero          (check) exit 0 even when problems are found
  --max-mb <n>         papers larger than n MB are not analysed (default ${DEFAULT_MAX_ANALYSED_MB})

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
  const { values, positionals: paths } = parseOptions(rest);
  if (command !== 'check' && command !== 'summary') throw new UsageError(`unknown command '${command}'.\n\n${USAGE}`);
  if (paths.length === 0) throw new UsageError(`'${command}' needs at least one file or folder.\n\n${USAGE}`);
  const maxMB = maxMBOf(values['max-mb']);
  const { files, bad } = collectPaths(paths);
  if (files.length === 0 && bad.length === 0) throw new UsageError(`no .txt or .md papers found in ${paths.join(', ')}.`);
  let code = 0;
  if (files.length > 0) {
    const papers = analysedPapers(files, maxMB, bad);
    code = command === 'summary' ? runSummary(papers, values.json) : runCheck(papers, values.json, values.hints);
  }
  if (bad.length > 0) {
    reportBadFiles(bad);
    return 2;
  }
  return values['exit-zero'] ? 0 : code;
}

const OPTIONS = {
  json: { type: 'boolean', default: false },
  hints: { type: 'boolean', default: false },
  'exit-zero': { type: 'boolean', default: false },
  'max-mb': { type: 'string' },
} as const;

function parseOptions(args: string[]) {
  const unknown = args.find((a) => a.startsWith('-') && !Object.hasOwn(OPTIONS, a.replace(/^--?/, '').split('=')[0]));
  if (unknown) throw new UsageError(`unknown option ${unknown}.\n\n${USAGE}`);
  try {
    return parseArgs({ args, allowPositionals: true, options: OPTIONS });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n\n${USAGE}`);
  }
}

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
  (code) => process.exit(code),
  (error) => {
    if (error instanceof UsageError) console.error(`scholarly-lens: ${error.message}`);
    else console.error(`scholarly-lens: internal error: ${error instanceof Error ? error.message : String(error)}. Please report it with the file that caused it.`);
    process.exit(2);
  },
);
