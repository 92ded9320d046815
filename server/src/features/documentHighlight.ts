import { DocumentHighlight, DocumentHighlightKind } from 'vscode-languageserver';
import { Paper } from '../analysis';
import { citationAt, citationsOf } from './lookup';
import { toRange } from './positions';

/** Highlights every citation of the same work (or note) as the one under the cursor. */
export function documentHighlights(paper: Paper, offset: number): DocumentHighlight[] | null {
  const c = citationAt(paper, offset);
  if (!c || c.targets.length === 0) return null;
  const target = c.kind === 'footnote' ? paper.notes[c.targets[0]] : paper.references[c.targets[0]];
  return citationsOf(paper, target).map((x) => ({ range: toRange(paper, x.span), kind: DocumentHighlightKind.Read }));
}
