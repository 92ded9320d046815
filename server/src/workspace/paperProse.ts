/** The text the analysis reads of a paper file: a Markdown paper without its code (see `blankMarkdownCode`). */
import { blankMarkdownCode, namesBibliography } from '../analysis/markdownCode';

const MARKDOWN = /\.(?:md|markdown)(?:[?#]|$)/i;

export function proseOf(uriOrPath: string, text: string): string {
  return MARKDOWN.test(uriOrPath) ? blankMarkdownCode(text) : text;
}

/** What the analysis is told of a document besides its prose: whether its front matter names a bibliography. */
export function documentFacts(uriOrPath: string, text: string): { namesBibliography: boolean } {
  return { namesBibliography: MARKDOWN.test(uriOrPath) && namesBibliography(text) };
}
