import { SymbolInformation, SymbolKind } from 'vscode-languageserver';
import { entryLabel, initialsOf, Organisation, PaperRef, shortFormLetters } from '../analysis';
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
export function workspaceSymbols(refs: PaperRef[], query: string): SymbolInformation[] {
  const out: SymbolInformation[] = [];
  const push = (name: string, kind: SymbolKind, ref: PaperRef, span: { start: number; end: number }): boolean => {
    if (!matches(name, query)) return true;
    out.push({ name, kind, location: { uri: ref.uri, range: toRange(ref.paper, span) }, containerName: ref.name });
    return out.length < LIMIT;
  };
  const expansions = expansionsOf(refs);
  for (const ref of refs) {
    for (const c of ref.paper.concepts) if (!push(c.term, SymbolKind.Key, ref, c.definition)) return out;
    for (const o of ref.paper.organisations) {
      const span = o.definition ?? o.mentions[0];
      if (!span) continue;
      // A short form this paper never expands is named as the paper that expands it does.
      const full = (o.abbreviation && o.abbreviation === o.name && expansions.get(shortFormLetters(o.abbreviation))) || o;
      const name = o.abbreviation && full.name !== o.abbreviation ? `${full.name} (${o.abbreviation})` : o.name;
      if (!push(name, full.kind === 'organisation' ? SymbolKind.Class : SymbolKind.Constant, ref, span)) return out;
    }
  }
  for (const ref of refs) for (const e of ref.paper.references) if (!push(entryLabel(e), SymbolKind.Field, ref, e.span)) return out;
  return out;
}

/** The workspace's organisations with full names, by the letters of their short forms (or of their initials). */
function expansionsOf(refs: PaperRef[]): Map<string, Organisation> {
  const out = new Map<string, Organisation>();
  const add = (letters: string, o: Organisation) => {
    if (!out.has(letters)) out.set(letters, o);
  };
  for (const ref of refs) {
    for (const o of ref.paper.organisations) {
      if (o.abbreviation === o.name) continue;
      add(o.abbreviation ? shortFormLetters(o.abbreviation) : initialsOf(o.name), o);
    }
  }
  return out;
}
