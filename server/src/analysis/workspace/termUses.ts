import { Span } from '../model';
import type { WordIndex } from '../wordIndex';
import { termForms } from '../concepts/mentions';

/** What finding a phrase needs of a word index (another paper's may be a compact copy without its text). */
export type PhraseFinder = Pick<WordIndex, 'find'>;

/** Every use of a term in a paper, in any of its spellings and inflections, in text order. */
export function termUses(paper: { words: PhraseFinder }, term: string): Span[] {
  const byStart = new Map<number, Span>();
  for (const keys of termForms(term)) for (const s of paper.words.find(keys)) if (!byStart.has(s.start)) byStart.set(s.start, s);
  return [...byStart.values()].sort((a, b) => a.start - b.start);
}
