import { Location } from 'vscode-languageserver';
import { conceptUsesElsewhere } from './conceptHover';
import { organisationElsewhere } from './organisationHover';
import { TermHit, WorkspaceScope } from './termLookup';
import { toRange } from './positions';
import { Paper } from '../analysis';
import { wordIndexOf } from '../analysis/concepts/elsewhere';
import { termForms } from '../analysis/concepts/mentions';

/** Every mention of the organisation or use of the term, in this paper and in the other papers of the workspace. */
export function termReferences(paper: Paper, hit: TermHit, scope: WorkspaceScope, includeDeclaration: boolean): Location[] {
  const out: Location[] = [];
  const seen = new Set<string>();
  const add = (uri: string, p: Paper, span: { start: number; end: number }): void => {
    const id = `${uri}#${span.start}`;
    if (seen.has(id)) return;
    seen.add(id);
    out.push({ uri, range: toRange(p, span) });
  };
  if (hit.kind === 'organisation') {
    if (includeDeclaration && hit.org.definition) add(scope.uri, paper, hit.org.definition);
    for (const m of hit.org.mentions) add(scope.uri, paper, m);
    for (const u of organisationElsewhere(hit.org, scope)) for (const m of u.org.mentions) add(u.ref.uri, u.ref.paper, m);
    return out;
  }
  if (includeDeclaration) add(scope.uri, paper, hit.concept.definition);
  for (const m of hit.concept.mentions) add(scope.uri, paper, m);
  const forms = termForms(hit.concept.term);
  for (const e of conceptUsesElsewhere(hit.concept, scope)) {
    const words = wordIndexOf(e.paper);
    for (const keys of forms) for (const s of words.find(keys)) add(e.uri, e.paper, s);
  }
  return out;
}
