import { Location, Range } from 'vscode-languageserver';
import { Citation, Paper } from '../analysis';
import { targetSpans } from './lookup';
import { toRange } from './positions';

/** The `scholarly/citations` request: every citation the server recognised in a document. */
export const CITATIONS_REQUEST = 'scholarly/citations';

export interface CitationInfo {
  range: Range;
  text: string;
  kind: 'author-date' | 'narrative' | 'footnote' | 'numeric';
  status: Citation['status'];
  targets: Location[];
  suggestions?: string[];
}

export function citationsInfo(uri: string, paper: Paper): CitationInfo[] {
  return paper.citations.map((c) => ({
    range: toRange(paper, c.span),
    text: c.text,
    kind: c.kind,
    status: c.status,
    targets: targetSpans(paper, c).map((span) => ({ uri, range: toRange(paper, span) })),
    suggestions: c.suggestions.length ? c.suggestions.map((s) => s.replacement) : undefined,
  }));
}
