import { Location } from 'vscode-languageserver';
import { targetsAt } from '../analysis';
import { PaperContext } from './context';
import { citationAt } from './lookup';
import { toRange } from './positions';
import { termDefinition } from './termDefinition';
import { termAt } from './termLookup';

/**
 * From a citation to its reference entry (every candidate when ambiguous; from a number of a numeric range, that
 * number's entry), from a note call to its note,
 * from an organisation or abbreviation to its expansion, from a term to its defining sentence.
 */
export function definition(ctx: PaperContext, offset: number): Location[] | null {
  const { uri, paper } = ctx;
  const c = citationAt(paper, offset);
  const targets = c ? targetsAt(paper, c, offset) : [];
  if (targets.length === 0) {
    const term = termAt(ctx, offset);
    return term ? termDefinition(ctx, term) : null;
  }
  return targets.map((t) => ({ uri, range: toRange(paper, t.span) }));
}
