import { DocumentSymbol, SymbolKind } from 'vscode-languageserver';
import { CitedPaper, entryLabel, Span } from '../analysis';
import { PaperContext } from './context';
import { plural } from './markdown';
import { toRange } from './positions';

function symbol(paper: CitedPaper, name: string, kind: SymbolKind, span: Span, detail?: string, children?: DocumentSymbol[]): DocumentSymbol {
  const range = toRange(paper, span);
  return { name: name || '(untitled)', kind, range, selectionRange: range, detail, children };
}

/** The outline: sections (the reference list holding its entries), notes, concepts. */
export function documentSymbols({ paper }: PaperContext): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  for (const section of paper.sections) {
    const entries = paper.references.filter((e) => e.span.start > section.span.end && isUnder(paper, section.span, e.span));
    const children = entries.map((e) => symbol(paper, entryLabel(e), SymbolKind.Field, e.span));
    const span = children.length ? { start: section.span.start, end: entries[entries.length - 1].span.end } : section.span;
    out.push(symbol(paper, section.title, SymbolKind.Namespace, span, children.length ? (children.length === 1 ? '1 entry' : `${children.length} entries`) : undefined, children));
  }
  if (paper.notes.length) {
    const notes = paper.notes.map((n) =>
      symbol(paper, n.number === null ? 'Unnumbered note' : `Note ${n.number}`, SymbolKind.String, n.span, n.text.slice(0, 60)),
    );
    const span = { start: paper.notes[0].span.start, end: paper.notes[paper.notes.length - 1].span.end };
    out.push(symbol(paper, 'Notes', SymbolKind.Package, span, plural(notes.length, 'note'), notes));
  }
  for (const concept of paper.concepts) out.push(symbol(paper, concept.term, SymbolKind.Key, concept.definition, concept.gist));
  return out.sort((a, b) => a.range.start.line - b.range.start.line);
}

/** True when `span` lies after `heading` and before the next section heading. */
function isUnder(paper: CitedPaper, heading: Span, span: Span): boolean {
  const next = paper.sections.find((s) => s.span.start > heading.start);
  return !next || span.start < next.span.start;
}
