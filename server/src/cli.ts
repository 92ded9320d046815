#!/usr/bin/env node
import * as path from 'node:path';
import { collectPaths, readPaper, UsageError } from './cli/files';
import { runCheck } from './cli/check';
import { runAnnotate, runAnnotations } from './cli/annotations';
import { runSummary } from './cli/summary';
import { takeCacheOption } from './cli/parallel';

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
  --cache DIR          (check, summary) keep each file's result in DIR; an unchanged file is not analysed again`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    console.log(USAGE);
    return command ? 0 : 2;
  }
  if (command === 'annotate') return runAnnotate(rest);
  if (command === 'annotations') return runAnnotations(rest);
  const { cacheDir, rest: args } = takeCacheOption(rest);
  // The worker is bundled next to this file (dist/workers/cliWorker.js).
  const parallel = { workerScript: path.join(__dirname, 'workers', 'cliWorker.js'), cacheDir };
  const json = args.includes('--json');
  const hints = args.includes('--hints');
  const exitZero = args.includes('--exit-zero');
  const unknown = args.find((a) => a.startsWith('--') && !['--json', '--hints', '--exit-zero'].includes(a));
  if (unknown) throw new UsageError(`unknown option ${unknown}.\n\n${USAGE}`);
  const paths = args.filter((a) => !a.startsWith('--'));
  if (command !== 'check' && command !== 'summary') throw new UsageError(`unknown command '${command}'.\n\n${USAGE}`);
  if (paths.length === 0) throw new UsageError(`'${command}' needs at least one file or folder.\n\n${USAGE}`);
  const files = collectPaths(paths);
  if (files.length === 0) throw new UsageError(`no .txt or .md papers found in ${paths.join(', ')}.`);
  const papers = files.map(readPaper);
  if (command === 'summary') return runSummary(papers, json, parallel);
  const code = await runCheck(papers, json, hints, parallel);
  return exitZero ? 0 : code;
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
