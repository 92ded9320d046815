import { Hover, MarkupContent, MarkupKind } from 'vscode-languageserver';

/** One hover from two: the paper's own (citation, note, term) first, then the reader's annotation. */
export function mergeHovers(first: Hover | null, second: Hover | null): Hover | null {
  if (!first || !second) return first ?? second;
  const value = (h: Hover) => (h.contents as MarkupContent).value;
  return { contents: { kind: MarkupKind.Markdown, value: `${value(first)}\n\n---\n\n${value(second)}` }, range: first.range };
}
