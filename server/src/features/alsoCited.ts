import { OtherPapers, ReferenceEntry } from '../analysis';
import { escapeMarkdown } from './markdown';

/** "Also cited in a.txt, b.txt." for a work other papers of the workspace list too (same authors, year, similar title). */
export function alsoCitedIn(entry: ReferenceEntry, others: OtherPapers): string {
  const names = [...new Set(others.sameWork(entry).map((u) => u.ref.name))];
  if (names.length === 0) return '';
  const shown = names.slice(0, 8).map(escapeMarkdown).join(', ');
  return `\n\nAlso cited in ${shown}${names.length > 8 ? `, and ${names.length - 8} more` : ''}.`;
}
