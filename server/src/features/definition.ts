import { Location } from 'vscode-languageserver';
import { Paper } from '../analysis';
import { citationAt, targetSpans } from './lookup';
import { toRange } from './positions';
import { termDefinition } from './termDefinition';
import { termAt, WorkspaceScope } from './termLookup';

/**
 * From a citation to its reference entry (every candidate when ambiguous), from a note call to its note,
 * from an organisation or abbreviation to its expansion, from a term to its defining sentence.
 */
export function definition(uri: string, paper: Paper, offset: number, scope?: WorkspaceScope): Location[] | null {
  const c = citationAt(paper, offset);
  if (!c || c.targets.length === 0) {
    const term = termAt(paper, offset, scope);
    return term ? termDefinition(paper, term, scope ?? { uri, registry: null }) : null;
  }
  return targetSpans(paper, c).map((span) => ({ uri, range: toRange(paper, span) }));
}
