/** The `annotate` and `annotations` subcommands: add an annotation, list annotations with their anchoring. */
import { existsSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import {
  AnnotationStatus,
  PaperLocation,
  STORE_FOLDER,
  annotationStatuses,
  createAnnotation,
  findQuote,
  locatePaper,
  oneLine,
  readStore,
  saveChanges,
} from '../protocol/annotations';
import { lineColumnLookup } from '../protocol/annotations/lineColumn';
import { isInside } from '../protocol/annotations/pathInside';
import { UsageError, readPaper } from './files';

export const ANNOTATE_USAGE = `usage: scholarly-lens annotate <paper> --quote "<exact text>" [--note "<text>"] [--tag <tag>]... [--occurrence <n>] [--workspace <folder>] [--json]

Adds an annotation on the passage <exact text> of <paper>. Whitespace in the quote matches line breaks in the
paper. When the passage occurs more than once, --occurrence n (1 = first) says which one is meant.
The annotation is stored in <workspace>/${STORE_FOLDER}/<paper path relative to the workspace>.jsonld; the workspace
is --workspace, else the nearest folder above the paper that has a ${STORE_FOLDER} folder, else the current folder.`;

export const ANNOTATIONS_USAGE = `usage: scholarly-lens annotations <paper> [--workspace <folder>] [--json]

Lists the paper's annotations and where each is anchored in the paper's current text, or that it is orphaned
(its passage is no longer found). With --json, ranges are UTF-16 offsets into the text; lines and columns count from 1.`;

/** `annotate`: returns the exit code (0 added, 1 not added, 2 usage error). */
export async function runAnnotate(args: string[]): Promise<number> {
  return reportingErrors(ANNOTATE_USAGE, async () => {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        quote: { type: 'string' },
        note: { type: 'string', default: '' },
        tag: { type: 'string', multiple: true, default: [] },
        occurrence: { type: 'string' },
        workspace: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.help) return printUsage(ANNOTATE_USAGE);
    const paper = onePaper(positionals);
    if (!values.quote?.trim()) throw new UsageError('--quote "<exact text>" is required: the passage to annotate.');
    const { text, location } = openPaper(paper, values.workspace);
    const span = chooseOccurrence(text, values.quote, paper, values.occurrence);
    const annotation = createAnnotation(text, span, { note: values.note, tags: values.tag });
    await saveChanges(location, { upsert: [annotation] });

    const start = lineColumnLookup(text)(span.start);
    if (values.json) {
      console.log(JSON.stringify({ id: annotation.id, paper: location.relativePath, store: displayPath(location.sidecar), range: rangeJson(text, span) }, null, 2));
    } else {
      console.log(`Annotated ${paper}:${start.line}:${start.column} ${quoted(annotation.quote.exact)}`);
      console.log(`  ${annotation.id} in ${displayPath(location.sidecar)}`);
    }
    return 0;
  });
}

/** `annotations`: returns the exit code (0 listed, 1 store unreadable, 2 usage error). */
export async function runAnnotations(args: string[]): Promise<number> {
  return reportingErrors(ANNOTATIONS_USAGE, async () => {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        workspace: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    if (values.help) return printUsage(ANNOTATIONS_USAGE);
    const paper = onePaper(positionals);
    const { text, location } = openPaper(paper, values.workspace);
    const { annotations } = await readStore(location.sidecar);
    const statuses = annotationStatuses(text, annotations);
    if (values.json) {
      const listing = { paper: location.relativePath, store: displayPath(location.sidecar), annotations: statuses.map((s) => statusJson(text, s)) };
      console.log(JSON.stringify(listing, null, 2));
    } else {
      printStatuses(paper, location, statuses);
    }
    return 0;
  });
}

function printUsage(usage: string): number {
  console.log(usage);
  return 0;
}

async function reportingErrors(usage: string, command: () => Promise<number>): Promise<number> {
  try {
    return await command();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof UsageError || (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS')) {
      console.error(`scholarly-lens: ${message}\n${usage.split('\n')[0]}`);
      return 2;
    }
    // A malformed store, a quote not found, a store locked by another writer: the message says what to do.
    console.error(`scholarly-lens: ${message}`);
    return 1;
  }
}

function onePaper(positionals: string[]): string {
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'name the paper.' : `one paper at a time, not ${positionals.length}.`);
  return positionals[0];
}

function openPaper(paper: string, workspace: string | undefined): { text: string; location: PaperLocation } {
  const { text } = readPaper(paper);
  if (workspace !== undefined && !existsSync(workspace)) throw new UsageError(`--workspace ${workspace}: no such folder.`);
  try {
    return { text, location: locatePaper(workspace ?? workspaceFolderOf(paper), paper) };
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** The nearest folder above the paper holding a store folder, else the current folder if it holds the paper, else the paper's folder. */
function workspaceFolderOf(paper: string): string {
  const absolute = path.resolve(paper);
  for (let folder = path.dirname(absolute); ; folder = path.dirname(folder)) {
    const store = path.join(folder, STORE_FOLDER);
    if (existsSync(store) && statSync(store).isDirectory()) return folder;
    if (path.dirname(folder) === folder) break;
  }
  const cwd = process.cwd();
  return isInside(cwd, absolute) ? cwd : path.dirname(absolute);
}

function chooseOccurrence(text: string, quote: string, paper: string, occurrence: string | undefined) {
  const spans = findQuote(text, quote);
  if (spans.length === 0) {
    throw new Error(`the quote ${quoted(quote)} does not occur in ${paper}. Copy the passage exactly as the paper has it.`);
  }
  if (occurrence === undefined) {
    if (spans.length === 1) return spans[0];
    const lineColumn = lineColumnLookup(text);
    const places = spans.slice(0, 10).map((span) => `${lineColumn(span.start).line}:${lineColumn(span.start).column}`);
    throw new Error(
      `the quote ${quoted(quote)} occurs ${spans.length} times in ${paper} (at ${places.join(', ')}${spans.length > 10 ? ', …' : ''}). ` +
        `Add --occurrence <1-${spans.length}> to choose one, or quote a longer passage.`,
    );
  }
  const n = Number(occurrence);
  if (!Number.isInteger(n) || n < 1 || n > spans.length) {
    throw new UsageError(`--occurrence ${occurrence}: the quote occurs ${spans.length} time${spans.length === 1 ? '' : 's'}; give a number from 1 to ${spans.length}.`);
  }
  return spans[n - 1];
}

function rangeJson(text: string, span: { start: number; end: number }) {
  const lineColumn = lineColumnLookup(text);
  const start = lineColumn(span.start);
  const end = lineColumn(span.end);
  return { start: span.start, end: span.end, startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column };
}

function statusJson(text: string, status: AnnotationStatus) {
  const { id, quote, note, tags, created, modified } = status.annotation;
  const anchored = status.status === 'anchored';
  return {
    id,
    status: status.status,
    quote: quote.exact,
    note,
    tags,
    created,
    modified,
    anchoredBy: anchored ? status.method : null,
    range: anchored ? rangeJson(text, status.span) : null,
    text: anchored ? text.slice(status.span.start, status.span.end) : null,
  };
}

function printStatuses(paper: string, location: PaperLocation, statuses: AnnotationStatus[]): void {
  const orphaned = statuses.filter((s) => s.status === 'orphaned').length;
  console.log(
    `${paper}: ${statuses.length} annotation${statuses.length === 1 ? '' : 's'}${orphaned ? `, ${orphaned} orphaned` : ''} (${displayPath(location.sidecar)})`,
  );
  for (const status of statuses) {
    const where = status.status === 'anchored' ? `${status.start.line}:${status.start.column}` : 'orphaned';
    const { note, tags, quote } = status.annotation;
    const details = [note && `— ${note.replace(/\s+/g, ' ')}`, tags.length > 0 && `[${tags.join(', ')}]`].filter(Boolean).join(' ');
    console.log(`  ${where.padEnd(9)} ${quoted(quote.exact)}${details ? ` ${details}` : ''}`);
  }
}

function quoted(text: string): string {
  return `“${oneLine(text, 60)}”`;
}

function displayPath(file: string): string {
  return isInside(process.cwd(), file) ? path.relative(process.cwd(), file) : file;
}
