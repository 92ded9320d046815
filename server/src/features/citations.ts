import { targetsOf } from '../analysis';
import { CitationInfo } from '../protocol/requests';
import { CitedContext } from './context';
import { toRange } from './positions';

/** The `scholarly/citations` request: every citation the server recognised in a document. */
export function citations({ uri, paper }: CitedContext): CitationInfo[] {
  return paper.citations.map((c) => ({
    range: toRange(paper, c.span),
    text: c.text,
    kind: c.kind,
    status: c.status,
    targets: targetsOf(paper, c).map((t) => ({ uri, range: toRange(paper, t.span) })),
    suggestions: c.suggestions.length ? c.suggestions.map((s) => s.replacement) : undefined,
  }));
}
