/** Finding a passage that a reader typed (on the command line) in a paper's text. */
import { Span } from './model';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Every occurrence of `quote` in `text`. Where it does not occur as typed, whitespace in the quote
 * matches any run of whitespace, so that a sentence typed on one line is found across the line
 * breaks of a hard-wrapped paper.
 */
export function findQuote(text: string, quote: string): Span[] {
  const exact: Span[] = [];
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) exact.push({ start: i, end: i + quote.length });
  const words = quote.trim().split(/\s+/).filter((word) => word !== '');
  if (exact.length > 0 || words.length === 0) return exact;
  const pattern = new RegExp(words.map(escapeRegExp).join('\\s+'), 'g');
  return [...text.matchAll(pattern)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}
