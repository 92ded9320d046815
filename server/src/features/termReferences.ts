import { Location } from 'vscode-languageserver';
import { Span, WorkspacePaper } from '../analysis';
import { PaperContext } from './context';
import { TermHit } from './termLookup';
import { toRange } from './positions';
import { termUsesElsewhere } from './termUsesElsewhere';

/** Every mention of the organisation or use of the term, in this paper and in the other papers of the workspace. */
export function termReferences({ uri, paper, others }: PaperContext, hit: TermHit, includeDeclaration: boolean): Location[] {
  const out: Location[] = [];
  const seen = new Set<string>();
  const add = (at: string, p: WorkspacePaper, span: Span): void => {
    const id = `${at}#${span.start}`;
    if (seen.has(id)) return;
    seen.add(id);
    out.push({ uri: at, range: toRange(p, span) });
  };
  if (hit.kind === 'organisation') {
    if (includeDeclaration && hit.org.definition) add(uri, paper, hit.org.definition);
    for (const m of hit.org.mentions) add(uri, paper, m);
    for (const u of others.organisation(hit.org)) for (const m of u.org.mentions) add(u.ref.uri, u.ref.paper, m);
    return out;
  }
  if (includeDeclaration) add(uri, paper, hit.concept.definition);
  for (const m of hit.concept.mentions) add(uri, paper, m);
  for (const { ref, spans } of termUsesElsewhere(others, hit.concept.term)) for (const s of spans) add(ref.uri, ref.paper, s);
  return out;
}
