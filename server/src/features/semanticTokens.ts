import { SemanticTokens, SemanticTokensBuilder, SemanticTokensLegend } from 'vscode-languageserver';
import { CitedPaper } from '../analysis';
import { CitedContext } from './context';
import { toPosition } from './positions';

/** Token types declared in package.json (`semanticTokenTypes`), each with a standard super type. */
export const SEMANTIC_LEGEND: SemanticTokensLegend = {
  tokenTypes: ['citation', 'noteCall'],
  tokenModifiers: ['unresolved'],
};

/** Built once per model: editors ask again after every change and on every refresh. */
const built = new WeakMap<CitedPaper, SemanticTokens>();

/** Citations and note calls, marked unresolved where they point nowhere. */
export function semanticTokens({ paper }: CitedContext): SemanticTokens {
  let tokens = built.get(paper);
  if (!tokens) built.set(paper, (tokens = build(paper)));
  return tokens;
}

function build(paper: CitedPaper): SemanticTokens {
  const builder = new SemanticTokensBuilder();
  for (const c of paper.citations) {
    const start = toPosition(paper, c.span.start);
    const end = toPosition(paper, c.span.end);
    if (start.line !== end.line) continue;
    const type = c.kind === 'footnote' ? 1 : 0;
    const modifiers = c.status === 'resolved' ? 0 : 1;
    builder.push(start.line, start.character, end.character - start.character, type, modifiers);
  }
  return builder.build();
}
