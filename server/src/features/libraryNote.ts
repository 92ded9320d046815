/** What hovers say of a work of the reader's library: its key and file, its DOI and abstract. */
import { LibraryItem } from '../library/libraryItem';
import { fileName } from '../workspace/fileName';
import { escapeMarkdown } from './markdown';

/** Abstracts are cut here, at a word. */
const ABSTRACT_CHARS = 400;

function where(item: LibraryItem): string {
  return `[${escapeMarkdown(fileName(item.uri))}](${item.uri}#L${item.line + 1})`;
}

function doiOf(item: LibraryItem): string {
  return item.doi ? ` · DOI [${escapeMarkdown(item.doi)}](https://doi.org/${encodeURI(item.doi)})` : '';
}

function abstractOf(item: LibraryItem): string {
  if (!item.abstract) return '';
  const abstract = item.abstract.length > ABSTRACT_CHARS ? `${item.abstract.slice(0, item.abstract.lastIndexOf(' ', ABSTRACT_CHARS))} …` : item.abstract;
  return `\n\n> ${escapeMarkdown(abstract)}`;
}

const keyOf = (item: LibraryItem) => item.key.replace(/`/g, '');

/** Under a paper's entry: the same work is in the library. */
export function libraryNote(item: LibraryItem): string {
  return `In your library: key \`${keyOf(item)}\` (${where(item)})${doiOf(item)}${abstractOf(item)}`;
}

/** A work of the library on its own (a citation by its key): authors, year, title, then where it is. */
export function libraryItemText(item: LibraryItem): string {
  const names = item.families.length > 3 ? `${item.families[0]} et al.` : item.families.join(', ');
  const head = [names && `**${escapeMarkdown(names)}${item.year ? ` (${item.year})` : ''}.**`, item.title && `*${escapeMarkdown(item.title)}*`].filter(Boolean).join(' ');
  return `${head || `**${escapeMarkdown(item.key)}**`}\n\nKey \`${keyOf(item)}\` in ${where(item)}${doiOf(item)}${abstractOf(item)}`;
}
