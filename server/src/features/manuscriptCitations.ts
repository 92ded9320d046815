/**
 * A manuscript with no reference list of its own (a Markdown draft that names a `bibliography:` or cites the
 * library by key) cites by author and year too: "(Marsh & Tully, 2016)", "Okafor et al. (2019)". Those
 * citations are read against the reader's library as a paper's are against its list, with the same
 * diagnostics and fixes, the work on hover and its record in the bibliography file on go-to-definition.
 */
import { CodeAction, Diagnostic, Location, Range } from 'vscode-languageserver';
import { citationMessage, CitedPaper, describeCitation, DiagnosticCode, READERS_LIBRARY, Severity, WorkCitation } from '../analysis';
import { ReaderLibrary } from '../library/readerLibrary';
import { LibraryItem } from '../library/libraryItem';
import { CitedContext } from './context';
import { codeActions } from './codeActions';
import { DIAGNOSTIC_SOURCE, LSP_SEVERITY } from './diagnostics';
import { citesTheLibrary, itemLocation } from './keyCitations';
import { libraryItemText } from './libraryNote';
import { citationAt } from './lookup';
import { escapeMarkdown } from './markdown';
import { toRange } from './positions';

/** The manuscript with its author-date citations read against the library, for the library it was read against. */
const views = new WeakMap<CitedPaper, { works: object; view: CitedPaper }>();

/** The paper with its citations read against the library; null unless it is a manuscript the library can answer. */
function manuscriptView(paper: CitedPaper, library: ReaderLibrary): CitedPaper | null {
  if (paper.references.length > 0 || library.size === 0 || !citesTheLibrary(paper, library)) return null;
  const works = library.outsideWorks();
  let held = views.get(paper);
  if (!held || held.works !== works) {
    held = { works, view: { ...paper, citations: works.citationsIn(paper.text) } };
    views.set(paper, held);
  }
  return held.view;
}

function citationOf(paper: CitedPaper, library: ReaderLibrary, offset: number): { citation: WorkCitation; view: CitedPaper } | null {
  const view = manuscriptView(paper, library);
  const citation = view && (citationAt(view, offset) as WorkCitation | undefined);
  return citation ? { citation, view } : null;
}

const itemsOf = (ids: number[], library: ReaderLibrary): LibraryItem[] => ids.map((id) => library.items()[id]);

export function manuscriptHover(paper: CitedPaper, library: ReaderLibrary, offset: number): { value: string; range: Range } | null {
  const found = citationOf(paper, library, offset);
  if (!found) return null;
  const { citation } = found;
  const range = toRange(paper, citation.span);
  const cited = citation.locator ? `\n\nCited here: ${escapeMarkdown(citation.locator)}` : '';
  if (citation.status === 'resolved') return { value: `${itemsOf(citation.entries, library).map(libraryItemText).join('\n\n---\n\n')}${cited}`, range };
  const near = itemsOf(citation.suggestions.map((s) => s.entry), library);
  return { value: `**${escapeMarkdown(describeCitation(citation))}** · not in your library${near.length ? `\n\nClosest works:\n\n${near.map(libraryItemText).join('\n\n---\n\n')}` : ''}`, range };
}

export function manuscriptDefinition(paper: CitedPaper, library: ReaderLibrary, offset: number): Location[] | null {
  const found = citationOf(paper, library, offset);
  if (!found || found.citation.status !== 'resolved') return null;
  return itemsOf(found.citation.entries, library).map(itemLocation);
}

export function manuscriptDiagnostics(paper: CitedPaper, library: ReaderLibrary, severities: Record<DiagnosticCode, Severity>): Diagnostic[] {
  const view = manuscriptView(paper, library);
  if (!view) return [];
  const out: Diagnostic[] = [];
  for (const c of view.citations) {
    const text = citationMessage(c, READERS_LIBRARY);
    const severity = c.problem && severities[c.problem];
    if (!text || !severity || severity === 'off') continue;
    out.push({ range: toRange(paper, c.span), severity: LSP_SEVERITY[severity], code: c.problem!, source: DIAGNOSTIC_SOURCE, message: text });
  }
  return out;
}

/** The same fixes as in a paper: each suggested work's citation in place of the one written. */
export function manuscriptActions({ uri, paper }: CitedContext, library: ReaderLibrary, range: Range, diagnostics: Diagnostic[]): CodeAction[] {
  const view = manuscriptView(paper, library);
  return view ? codeActions({ uri, paper: view }, range, diagnostics) : [];
}
