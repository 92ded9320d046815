/**
 * Citations by key ("[@marsh2016, p. 4]") against the reader's library: the work on hover, its entry in the
 * .bib on go-to-definition, keys on completion after "@", and, in a manuscript that cites the library, a key
 * the library does not have as an unresolved citation with the closest keys as fixes.
 */
import { CodeAction, CodeActionKind, CompletionItem, CompletionItemKind, Diagnostic, Location, Range } from 'vscode-languageserver';
import { CitedPaper, DiagnosticCode, KeyCitation, lastStartingAt, Severity } from '../analysis';
import { LibraryItem } from '../library/libraryItem';
import { ReaderLibrary } from '../library/readerLibrary';
import { CitedContext } from './context';
import { DIAGNOSTIC_SOURCE, LSP_SEVERITY } from './diagnostics';
import { libraryItemText } from './libraryNote';
import { escapeMarkdown } from './markdown';
import { toOffset, toPosition, toRange } from './positions';

/** Keys this alike (edit similarity) are offered for a key the library does not have. */
const NEAR_KEY = 0.7;
const MAX_SUGGESTIONS = 3;

export function keyCitationAt(paper: CitedPaper, offset: number): KeyCitation | undefined {
  const k = paper.keyCitations[lastStartingAt(paper.keyCitations, offset, (c) => c.span.start)];
  return k && k.span.start <= offset && offset < k.span.end ? k : undefined;
}

/** A document checked against the library: it names a bibliography, or cites a key the library has. */
export function citesTheLibrary(paper: CitedPaper, library: ReaderLibrary): boolean {
  return paper.namesBibliography || paper.keyCitations.some((k) => library.byKey(k.key));
}

function closestKeys(key: string, library: ReaderLibrary): LibraryItem[] {
  return library.closestKeys(key, NEAR_KEY, MAX_SUGGESTIONS);
}

export function keyCitationHover(paper: CitedPaper, library: ReaderLibrary, offset: number): { value: string; range: Range } | null {
  const k = keyCitationAt(paper, offset);
  if (!k) return null;
  const item = library.byKey(k.key);
  const range = toRange(paper, k.span);
  if (item) return { value: `${libraryItemText(item)}${k.locator ? `\n\nCited here: ${escapeMarkdown(k.locator)}` : ''}`, range };
  if (!citesTheLibrary(paper, library)) return null;
  const near = closestKeys(k.key, library);
  return { value: `**@${escapeMarkdown(k.key)}** · not in your library${near.length ? `\n\nClosest keys:\n\n${near.map(libraryItemText).join('\n\n---\n\n')}` : ''}`, range };
}

export function keyCitationDefinition(paper: CitedPaper, library: ReaderLibrary, offset: number): Location[] | null {
  const k = keyCitationAt(paper, offset);
  const item = k && library.byKey(k.key);
  return item ? [itemLocation(item)] : null;
}

/** The start of a work's record in its bibliography file. */
export function itemLocation(item: LibraryItem): Location {
  return { uri: item.uri, range: { start: { line: item.line, character: 0 }, end: { line: item.line, character: 0 } } };
}

export function keyCitationDiagnostics(paper: CitedPaper, library: ReaderLibrary, severities: Record<DiagnosticCode, Severity>): Diagnostic[] {
  const severity = severities[DiagnosticCode.UnresolvedCitation];
  if (severity === 'off' || !citesTheLibrary(paper, library)) return [];
  return paper.keyCitations
    .filter((k) => !library.byKey(k.key))
    .map((k) => {
      const near = closestKeys(k.key, library);
      return {
        range: toRange(paper, k.span),
        severity: LSP_SEVERITY[severity],
        code: DiagnosticCode.UnresolvedCitation,
        source: DIAGNOSTIC_SOURCE,
        message: `No work in your library has the key '${k.key}'${near.length ? ` — did you mean ${near.map((i) => `'${i.key}'`).join(' or ')}?` : '.'}`,
      };
    });
}

/** Quick fixes for a key the library does not have: the closest keys. */
export function keyCitationActions({ uri, paper }: CitedContext, library: ReaderLibrary, range: Range, diagnostics: Diagnostic[]): CodeAction[] {
  const k = keyCitationAt(paper, toOffset(paper, range.start));
  if (!k || library.byKey(k.key) || !citesTheLibrary(paper, library)) return [];
  const diagnostic = diagnostics.find((d) => d.range.start.line === range.start.line && d.code === DiagnosticCode.UnresolvedCitation);
  const keyStart = k.span.end - k.key.length - (paper.text[k.span.end - 1] === '}' ? 1 : 0);
  const keyRange = toRange(paper, { start: keyStart, end: keyStart + k.key.length });
  return closestKeys(k.key, library).map((item, i) => ({
    title: `Replace with '${item.key}'`,
    kind: CodeActionKind.QuickFix,
    isPreferred: i === 0,
    diagnostics: diagnostic ? [diagnostic] : undefined,
    edit: { changes: { [uri]: [{ range: keyRange, newText: item.key }] } },
  }));
}

/** After "@" (at a word's start), the library's keys. */
export function keyCompletions(paper: CitedPaper, library: ReaderLibrary, offset: number): CompletionItem[] {
  const lineStart = paper.lineStarts[toPosition(paper, offset).line];
  const typed = /(?:^|[\s[;(-])@([\p{L}\p{N}_:.#$%&+?<>~/-]*)$/u.exec(paper.text.slice(Math.max(lineStart, offset - 200), offset));
  if (!typed || library.items().length === 0) return [];
  const prefix = typed[1].toLowerCase();
  return library
    .items()
    .filter((item) => item.key.toLowerCase().startsWith(prefix))
    .map((item) => ({
      label: item.key,
      kind: CompletionItemKind.Reference,
      detail: [item.families.slice(0, 2).join(', '), item.year].filter(Boolean).join(' ') || undefined,
      documentation: item.title ?? undefined,
    }));
}
