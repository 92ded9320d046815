import { SymbolInformation, SymbolKind } from 'vscode-languageserver';
import { entryLabel, PaperRef, WorkspaceRegistry } from '../analysis';
import { toRange } from './positions';

/** More would drown the picker. */
const LIMIT = 500;

/** True when every character of the query appears in order in the name (how editors filter symbols). */
function matches(name: string, query: string): boolean {
  if (!query) return true;
  const n = name.toLowerCase();
  let i = 0;
  for (const ch of query.toLowerCase()) {
    if (ch === ' ') continue;
    i = n.indexOf(ch, i);
    if (i === -1) return false;
    i++;
  }
  return true;
}

/** Concepts, organisations (with their short forms) and reference entries of every paper. */
export function workspaceSymbols(registry: WorkspaceRegistry, query: string): SymbolInformation[] {
  const refs = registry.refs;
  const out: SymbolInformation[] = [];
  const push = (name: string, kind: SymbolKind, ref: PaperRef, span: { start: number; end: number }): boolean => {
    if (!matches(name, query)) return true;
    out.push({ name, kind, location: { uri: ref.uri, range: toRange(ref.paper, span) }, containerName: ref.name });
    return out.length < LIMIT;
  };
  for (const ref of refs) {
    for (const c of ref.paper.concepts) if (!push(c.term, SymbolKind.Key, ref, c.definition)) return out;
    for (const o of ref.paper.organisations) {
      const span = o.definition ?? o.mentions[0];
      if (!span) continue;
      // A short form this paper never expands is named as the paper that expands it does.
      const full = (o.abbreviation && o.abbreviation === o.name && registry.nameFor(o.abbreviation)?.org) || o;
      const name = o.abbreviation && full.name !== o.abbreviation ? `${full.name} (${o.abbreviation})` : o.name;
      if (!push(name, full.kind === 'organisation' ? SymbolKind.Class : SymbolKind.Constant, ref, span)) return out;
    }
  }
  for (const ref of refs) for (const e of ref.paper.references) if (!push(entryLabel(e), SymbolKind.Field, ref, e.span)) return out;
  return out;
}

