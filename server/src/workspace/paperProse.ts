/** The text the analysis reads of a paper file: a Markdown paper without its code (see `blankMarkdownCode`). */
import { blankMarkdownCode } from '../analysis/markdownCode';

const MARKDOWN = /\.(?:md|markdown)(?:[?#]|$)/i;

export function proseOf(uriOrPath: string, text: string): string {
  return MARKDOWN.test(uriOrPath) ? blankMarkdownCode(text) : text;
}
