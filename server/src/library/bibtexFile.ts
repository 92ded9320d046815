/**
 * A BibTeX or biblatex file read into library items. citation-js reads it at once; a file it cannot read is
 * read again entry by entry (each with the file's @string definitions), so that a broken entry is a problem at
 * its own line and the others still load. A key given twice is a problem at the second entry, which is left out.
 */
import { RawBibtexEntry, readRawBibtex } from '../formats/citationJs';
import { bibtexFamilies, latexToText } from './latexText';
import { computeLineStarts, lineAt } from '../analysis/text';
import { LibraryFile, LibraryItem, LibraryProblem } from './libraryItem';

/** Where an entry starts: "@article{key," at the start of a line. */
const ENTRY_START = /^[ \t]*@([A-Za-z]+)[ \t]*[{(][ \t]*([^,\s{}()]*)/gm;
/** Entries that are no works. */
const NOT_WORKS = new Set(['string', 'comment', 'preamble']);

interface EntryStart {
  offset: number;
  line: number;
  type: string;
  key: string;
}

export function readBibtexFile(uri: string, text: string): LibraryFile {
  const starts = entryStarts(text);
  const problems: LibraryProblem[] = [];
  let raw: Array<{ entry: RawBibtexEntry; line: number }>;
  try {
    raw = placed(readRawBibtex(text), starts);
  } catch {
    raw = entryByEntry(text, starts, problems);
  }
  const items: LibraryItem[] = [];
  const firstLine = new Map<string, number>();
  for (const { entry, line } of raw) {
    const seen = firstLine.get(entry.label);
    if (seen !== undefined) {
      problems.push({ line, message: `The key '${entry.label}' is given twice (first on line ${seen + 1}): this entry is left out. Give it a key of its own.` });
      continue;
    }
    firstLine.set(entry.label, line);
    items.push(itemOf(uri, entry, line));
  }
  return { items, problems: problems.sort((a, b) => a.line - b.line) };
}

function entryStarts(text: string): EntryStart[] {
  const lineStarts = computeLineStarts(text);
  return [...text.matchAll(ENTRY_START)].map((m) => ({ offset: m.index, line: lineAt(lineStarts, m.index), type: m[1].toLowerCase(), key: m[2] }));
}

/** The line of each entry citation-js read: the next start with its key (entries come in the order of the file). */
function placed(entries: RawBibtexEntry[], starts: EntryStart[]): Array<{ entry: RawBibtexEntry; line: number }> {
  let next = 0;
  return entries.map((entry) => {
    let k = next;
    while (k < starts.length && starts[k].key !== entry.label) k++;
    if (k === starts.length) return { entry, line: starts[next]?.line ?? 0 };
    next = k + 1;
    return { entry, line: starts[k].line };
  });
}

function entryByEntry(text: string, starts: EntryStart[], problems: LibraryProblem[]): Array<{ entry: RawBibtexEntry; line: number }> {
  const pieces = starts.map((s, k) => ({ ...s, text: text.slice(s.offset, starts[k + 1]?.offset ?? text.length) }));
  const strings = pieces.filter((p) => p.type === 'string').map((p) => p.text).join('\n');
  const prelude = strings ? `${strings}\n` : '';
  const out: Array<{ entry: RawBibtexEntry; line: number }> = [];
  for (const piece of pieces) {
    if (NOT_WORKS.has(piece.type)) continue;
    try {
      for (const entry of readRawBibtex(prelude + piece.text)) out.push({ entry, line: piece.line });
    } catch (error) {
      problems.push(problemIn(piece, error));
    }
  }
  return out;
}

/**
 * citation-js's message, at the line the entry starts on: where it stops reading is often past the mistake (an
 * unclosed brace is found missing only at the end of the text).
 */
function problemIn(piece: EntryStart, error: unknown): LibraryProblem {
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  const what = message.replace(/\s*at line \d+ col \d+:?$/, '');
  return { line: piece.line, message: `The entry '${piece.key || piece.type}' cannot be read (${what}): check its braces, quotes and commas. The other entries are read.` };
}

function itemOf(uri: string, entry: RawBibtexEntry, line: number): LibraryItem {
  const value = (name: string): string | null => {
    const v = entry.properties[name];
    return v === undefined || v === '' ? null : latexToText(String(v));
  };
  const year = (value('year') ?? value('date'))?.match(/\d{4}/)?.[0] ?? null;
  return {
    key: entry.label,
    uri,
    line,
    families: bibtexFamilies(String(entry.properties.author ?? entry.properties.editor ?? '')),
    year,
    title: value('title'),
    doi: value('doi')?.replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i, '') ?? null,
    abstract: value('abstract'),
  };
}
