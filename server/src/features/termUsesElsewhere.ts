import { OtherPapers, TermUsesIn } from '../analysis';

/** Per view of the workspace (a new one is made whenever a paper changes), the uses of each term asked for. */
const asked = new WeakMap<OtherPapers, Map<string, TermUsesIn[]>>();

/** Where each other paper uses the term, most uses first; looked up in every paper only the first time a term is asked for. */
export function termUsesElsewhere(others: OtherPapers, term: string): TermUsesIn[] {
  let byTerm = asked.get(others);
  if (!byTerm) asked.set(others, (byTerm = new Map()));
  let uses = byTerm.get(term);
  if (!uses) byTerm.set(term, (uses = others.termUses(term)));
  return uses;
}
