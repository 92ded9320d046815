import { DocumentHighlight, DocumentHighlightKind } from 'vscode-languageserver';
import { targetsOf } from '../analysis';
import { citing } from './citedIndex';
import { CitedContext } from './context';
import { citationAt } from './lookup';
import { toRange } from './positions';

/** Highlights every citation of the same work (or note) as the one under the cursor. */
export function documentHighlights({ paper }: CitedContext, offset: number): DocumentHighlight[] | null {
  const c = citationAt(paper, offset);
  const target = c && targetsOf(paper, c)[0];
  if (!target) return null;
  return citing(paper, target).map((x) => ({ range: toRange(paper, x.span), kind: DocumentHighlightKind.Read }));
}
