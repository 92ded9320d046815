import { CompletionItem, CompletionItemKind } from 'vscode-languageserver';
import { entryLabel } from '../analysis';
import { CitedContext } from './context';
import { toPosition } from './positions';

/** "(" then an optional capitalised word prefix, right before the cursor. */
const OPEN_CITATION = /\((\p{Lu}[\p{L}'’-]*)?$/u;

/** Inside "(" or "(Ambr", offers this paper's reference keys ("Ambrosio, 2008"). */
export function completion({ paper }: CitedContext, offset: number): CompletionItem[] {
  const lineStart = paper.lineStarts[toPosition(paper, offset).line];
  const before = paper.text.slice(Math.max(lineStart, offset - 200), offset);
  const open = OPEN_CITATION.exec(before);
  if (!open) return [];
  const prefix = (open[1] ?? '').toLowerCase();
  const items: CompletionItem[] = [];
  const seen = new Set<string>();
  for (const entry of paper.references) {
    const name = entry.surnames.length > 2 || entry.etAl ? `${entry.surnames[0]} et al.` : entry.surnames.join(' & ') || entry.authorText;
    const key = `${name}, ${entry.year}`;
    if (!name || seen.has(key) || !name.toLowerCase().startsWith(prefix)) continue;
    seen.add(key);
    items.push({ label: key, kind: CompletionItemKind.Reference, detail: entryLabel(entry), documentation: entry.text, filterText: key });
  }
  return items;
}
