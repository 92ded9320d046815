/**
 * A CSL-JSON file (an array of records, as Zotero and Better BibTeX export them) read into library items. A
 * file that is no JSON is a problem at the line of the first error; a record without an id is one at its line.
 */
import { getNodeValue, parseTree, ParseError, printParseErrorCode } from 'jsonc-parser';
import { computeLineStarts, lineAt } from '../analysis/text';
import type { CslItem, CslName } from '../analysis/entryFields';
import { LibraryFile, LibraryItem, LibraryProblem } from './libraryItem';

export function readCslJsonFile(uri: string, text: string): LibraryFile {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  const starts = computeLineStarts(text);
  const lineOf = (offset: number) => lineAt(starts, offset);
  if (errors.length > 0 || !tree) {
    const first = errors[0];
    const where = first ? lineOf(first.offset) : 0;
    return { items: [], problems: [{ line: where, message: `This CSL-JSON file is not valid JSON (${first ? printParseErrorCode(first.error) : 'it is empty'}): no work of it is read until it is fixed.` }] };
  }
  if (tree.type !== 'array') return { items: [], problems: [{ line: 0, message: 'A CSL-JSON file holds an array of records ([{ "id": ..., "type": ..., "title": ... }, ...]): this one does not.' }] };
  const items: LibraryItem[] = [];
  const problems: LibraryProblem[] = [];
  const seen = new Map<string, number>();
  for (const node of tree.children ?? []) {
    const line = lineOf(node.offset);
    const record = getNodeValue(node) as CslRecord | null;
    const key = record && typeof record === 'object' ? (record as { 'citation-key'?: unknown })['citation-key'] ?? record.id : undefined;
    if (typeof key !== 'string' && typeof key !== 'number') {
      problems.push({ line, message: 'This record has no "id": it is left out. Give it the key you cite it by.' });
      continue;
    }
    const first = seen.get(String(key));
    if (first !== undefined) {
      problems.push({ line, message: `The id '${key}' is given twice (first on line ${first + 1}): this record is left out.` });
      continue;
    }
    seen.set(String(key), line);
    items.push(itemOf(uri, String(key), record!, line));
  }
  return { items, problems };
}

/** A record as the file may hold it: more fields than the entries of a paper give. */
type CslRecord = Omit<CslItem, 'issued'> & { editor?: CslName[]; abstract?: string; issued?: { 'date-parts'?: number[][]; raw?: string } };

function itemOf(uri: string, key: string, record: CslRecord, line: number): LibraryItem {
  const names: CslName[] = Array.isArray(record.author) ? record.author : Array.isArray(record.editor) ? record.editor : [];
  const year = record.issued?.['date-parts']?.[0]?.[0] ?? record.issued?.raw?.match(/\d{4}/)?.[0];
  return {
    key,
    uri,
    line,
    families: names.map((n) => n.literal ?? [n['non-dropping-particle'], n.family].filter(Boolean).join(' ')).filter(Boolean),
    year: year === undefined ? null : String(year),
    title: typeof record.title === 'string' ? record.title : null,
    doi: typeof record.DOI === 'string' ? record.DOI : null,
    abstract: typeof record.abstract === 'string' ? record.abstract : null,
  };
}
