import { Paper, Span } from '../model';
import { termForms } from '../concepts/mentions';

/** Every use of a term in a paper, in any of its spellings and inflections, in text order. */
export function termUses(paper: Pick<Paper, 'words'>, term: string): Span[] {
  const byStart = new Map<number, Span>();
  for (const keys of termForms(term)) for (const s of paper.words.find(keys)) if (!byStart.has(s.start)) byStart.set(s.start, s);
  return [...byStart.values()].sort((a, b) => a.start - b.start);
}
