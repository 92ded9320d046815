/** What an entry's hover says of the same work in the reader's library: its key and file, its DOI and abstract. */
import { LibraryItem } from '../library/libraryItem';
import { fileName } from '../workspace/fileName';
import { escapeMarkdown } from './markdown';

/** Abstracts are cut here, at a word. */
const ABSTRACT_CHARS = 400;

export function libraryNote(item: LibraryItem): string {
  const where = `[${escapeMarkdown(fileName(item.uri))}](${item.uri}#L${item.line + 1})`;
  const doi = item.doi ? ` · DOI [${escapeMarkdown(item.doi)}](https://doi.org/${encodeURI(item.doi)})` : '';
  const head = `In your library: key \`${item.key.replace(/`/g, '')}\` (${where})${doi}`;
  if (!item.abstract) return head;
  const abstract = item.abstract.length > ABSTRACT_CHARS ? `${item.abstract.slice(0, item.abstract.lastIndexOf(' ', ABSTRACT_CHARS))} …` : item.abstract;
  return `${head}\n\n> ${escapeMarkdown(abstract)}`;
}
