/**
 * A paper's reference entries for a reference manager: all of them ("Export references") or one ("Copy as
 * BibTeX" on an entry's hover and as a code action on its lines, in an editor that runs the client's commands).
 */
import { CodeAction, Range } from 'vscode-languageserver';
import { CitedPaper, ReferenceEntry } from '../analysis';
import { exportEntries } from '../formats/referenceExport';
import { COPY_ENTRY_COMMAND, CopyEntryArguments, ExportedReferences, REFERENCE_FORMAT_NAMES, REFERENCE_FORMATS, ReferenceFormat } from '../protocol/requests';
import { CitedContext } from './context';
import { entryAt } from './lookup';
import { toOffset } from './positions';

/** The entries `ids` of the paper (every entry without them) in the format. */
export function exportReferences(paper: CitedPaper, format: ReferenceFormat, ids?: readonly number[]): ExportedReferences {
  const entries = ids ? ids.map((id) => paper.references[id]).filter((e): e is ReferenceEntry => e !== undefined) : paper.references;
  return { text: entries.length ? exportEntries(entries, format) : '', count: entries.length };
}

function commandUri(args: CopyEntryArguments): string {
  return `command:${COPY_ENTRY_COMMAND}?${encodeURIComponent(JSON.stringify(args))}`;
}

/** "Copy as BibTeX · CSL-JSON · RIS", as links that run the client's copy command. */
export function copyEntryLinks(uri: string, entry: ReferenceEntry): string {
  return `Copy as ${REFERENCE_FORMATS.map((format) => `[${REFERENCE_FORMAT_NAMES[format]}](${commandUri([uri, entry.id, format])})`).join(' · ')}`;
}

/** On the lines of a reference entry: copy it in each format. */
export function copyEntryActions({ uri, paper }: CitedContext, range: Range): CodeAction[] {
  const entry = entryAt(paper, toOffset(paper, range.start));
  if (!entry) return [];
  return REFERENCE_FORMATS.map((format) => ({
    title: `Copy entry as ${REFERENCE_FORMAT_NAMES[format]}`,
    command: { title: `Copy entry as ${REFERENCE_FORMAT_NAMES[format]}`, command: COPY_ENTRY_COMMAND, arguments: [uri, entry.id, format] satisfies CopyEntryArguments },
  }));
}
