import { Location } from 'vscode-languageserver';
import { targetsOf } from '../analysis';
import { citing } from './citedIndex';
import { PaperContext } from './context';
import { citationAt, entryAt, noteAt } from './lookup';
import { toRange } from './positions';
import { termAt } from './termLookup';
import { termReferences } from './termReferences';

/**
 * Every place that cites the entry or note under the cursor (or the work a citation points at); for an
 * organisation or a term, every mention of it in the workspace.
 */
export function references(ctx: PaperContext, offset: number, includeDeclaration: boolean): Location[] | null {
  const { uri, paper } = ctx;
  const c = citationAt(paper, offset);
  if (!c) {
    const term = termAt(ctx, offset);
    if (term) return termReferences(ctx, term, includeDeclaration);
  }
  const target = c ? targetsOf(paper, c)[0] : entryAt(paper, offset) ?? noteAt(paper, offset);
  if (!target) return null;
  const spans = citing(paper, target).map((x) => x.span);
  if (includeDeclaration) spans.unshift(target.span);
  return spans.map((span) => ({ uri, range: toRange(paper, span) }));
}
