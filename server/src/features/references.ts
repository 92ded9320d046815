import { Location } from 'vscode-languageserver';
import { Paper } from '../analysis';
import { citationAt, citationsOf, entryAt, noteAt } from './lookup';
import { toRange } from './positions';
import { termAt, WorkspaceScope } from './termLookup';
import { termReferences } from './termReferences';

/**
 * Every place that cites the entry or note under the cursor (or the work a citation points at); for an
 * organisation or a term, every mention of it in the workspace.
 */
export function references(uri: string, paper: Paper, offset: number, includeDeclaration: boolean, scope?: WorkspaceScope): Location[] | null {
  const c = citationAt(paper, offset);
  if (!c) {
    const term = termAt(paper, offset, scope);
    if (term) return termReferences(paper, term, scope ?? { uri, registry: null }, includeDeclaration);
  }
  const target =
    c && c.targets.length
      ? c.kind === 'footnote'
        ? paper.notes[c.targets[0]]
        : paper.references[c.targets[0]]
      : entryAt(paper, offset) ?? noteAt(paper, offset);
  if (!target) return null;
  const spans = citationsOf(paper, target).map((x) => x.span);
  if (includeDeclaration) spans.unshift(target.span);
  return spans.map((span) => ({ uri, range: toRange(paper, span) }));
}
