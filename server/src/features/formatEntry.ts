import { ReferenceEntry } from '../analysis';
import { escapeMarkdown, withLinks } from './markdown';

/** A reference entry as Markdown: authors and year in bold, the title in italics, links clickable. */
export function formatEntry(entry: ReferenceEntry): string {
  const title = entry.title?.trim();
  const at = title ? entry.text.indexOf(title) : -1;
  if (at === -1 || !title) return withLinks(entry.text);
  const head = entry.text.slice(0, at).trim();
  const tail = entry.text.slice(at + title.length);
  return `**${escapeMarkdown(head)}** *${escapeMarkdown(title)}*${withLinks(tail)}`;
}
