import { Location } from 'vscode-languageserver';
import { Paper } from '../analysis';
import { citationAt, targetSpans } from './lookup';
import { toRange } from './positions';

/** From a citation to its reference entry (every candidate when ambiguous), from a note call to its note. */
export function definition(uri: string, paper: Paper, offset: number): Location[] | null {
  const c = citationAt(paper, offset);
  if (!c || c.targets.length === 0) return null;
  return targetSpans(paper, c).map((span) => ({ uri, range: toRange(paper, span) }));
}
