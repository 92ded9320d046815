import { CodeAction, CodeActionKind, Diagnostic, Range } from 'vscode-languageserver';
import { CitedContext } from './context';
import { citationAt } from './lookup';
import { toOffset, toRange } from './positions';

/** Quick fixes that rewrite an unresolved, ambiguous or misdated citation to a listed entry. */
export function codeActions({ uri, paper }: CitedContext, range: Range, context: Diagnostic[]): CodeAction[] {
  const citation = citationAt(paper, toOffset(paper, range.start));
  if (!citation || citation.kind === 'footnote' || citation.status === 'resolved') return [];
  const diagnostic = context.find((d) => d.range.start.line === range.start.line) ?? context[0];
  return citation.suggestions
    .filter((s) => s.replacement !== citation.text)
    .map((s, i) => ({
      title: `Replace with '${s.replacement}' (${s.label})`,
      kind: CodeActionKind.QuickFix,
      // Preferred only when it can be trusted: the year alone differs, or the name is a near spelling of the entry's.
      isPreferred: i === 0 && s.preferred,
      diagnostics: diagnostic ? [diagnostic] : undefined,
      edit: { changes: { [uri]: [{ range: toRange(paper, citation.span), newText: s.replacement }] } },
    }));
}
