/**
 * Markdown that is not prose, blanked so that it is never read as citations, notes or terms: front matter,
 * fenced and indented code blocks, HTML blocks (the block-level tags of CommonMark), inline code spans and
 * link targets (the destination of "[text](target)", a "[label]: target" definition, an autolink "<https://…>").
 * Each of their characters becomes a space and line breaks stay, so every offset is the document's.
 */
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const LIST_ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])\s/;
const HTML_BLOCK =
  /^ {0,3}<\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|pre|script|search|section|style|summary|table|tbody|td|textarea|tfoot|th|thead|title|tr|track|ul)(?:[\s/>]|$)|^ {0,3}<!--/i;
const INDENTED = /^(?: {4}|\t)/;
/** A code span: backticks, then text within its paragraph (no blank line), then as many backticks. */
const INLINE_CODE = /(`+)(?!`)((?:[^\n]|\n(?![ \t]*\n))*?[^`])\1(?!`)/g;

/** "](target "title")": the destination of an inline link or image, with its title; one level of brackets inside. */
const LINK_TARGET = /(?<=\])\((?:[^()\s]|\([^()\s]*\))*(?:\s+(?:"[^"\n]*"|'[^'\n]*'))?\)/g;
/** A link reference definition; "[^1]: ..." is a footnote, which is prose. */
const LINK_DEFINITION = /^ {0,3}\[(?!\^)[^\]\n]+\]:[ \t]+\S.*$/gm;
const AUTOLINK = /<(?:[a-z][a-z0-9+.-]{1,31}:[^\s<>]*|[^\s<>@]+@[^\s<>@]+)>/gi;

const blank = (s: string): string => s.replace(/[^\r\n]/g, ' ');

/** The line that closes the YAML front matter ("---" on the first line, to "---" or "..."); -1 when there is none. */
function frontMatterEnd(lines: readonly string[]): number {
  if (!/^---\s*$/.test(lines[0] ?? '')) return -1;
  return lines.findIndex((l, i) => i > 0 && /^(?:---|\.\.\.)\s*$/.test(l));
}

/** The front matter names a bibliography file (Pandoc's `bibliography:`): the document is a manuscript citing it. Reads only the front matter. */
export function namesBibliography(text: string): boolean {
  if (!/^---[ \t]*\r?\n/.test(text)) return false;
  const front = /^([\s\S]*?)^(?:---|\.\.\.)[ \t]*\r?$/m.exec(text.slice(text.indexOf('\n') + 1));
  return !!front && /^bibliography\s*:/m.test(front[1]);
}

export function blankMarkdownCode(text: string): string {
  const source = text.split('\n');
  const lines = [...source];
  let k = 0;
  const end = frontMatterEnd(lines);
  if (end > 0) for (; k <= end; k++) lines[k] = blank(lines[k]);
  /** The line that closes the open fence: as many backticks or tildes at least. */
  let fence: RegExp | null = null;
  let html = false;
  let indented = false;
  for (; k < lines.length; k++) {
    const line = lines[k];
    if (indented) {
      if (line.trim() === '' || INDENTED.test(line)) {
        lines[k] = blank(line);
        continue;
      }
      indented = false;
    }
    if (fence !== null) {
      if (fence.test(line)) fence = null;
      lines[k] = blank(line);
      continue;
    }
    if (html) {
      if (line.trim() === '') html = false;
      else lines[k] = blank(line);
      continue;
    }
    const opened = FENCE.exec(line);
    if (opened) {
      fence = new RegExp(`^ {0,3}${opened[1][0]}{${opened[1].length},}\\s*$`);
      lines[k] = blank(line);
    } else if (HTML_BLOCK.test(line)) {
      html = true;
      lines[k] = blank(line);
    } else if (INDENTED.test(line) && line.trim() !== '' && opensIndentedCode(source, lines, k)) {
      indented = true;
      lines[k] = blank(line);
    }
  }
  return lines.join('\n').replace(INLINE_CODE, blank).replace(LINK_TARGET, blank).replace(LINK_DEFINITION, blank).replace(AUTOLINK, blank);
}

/**
 * An indented line opens a code block after a blank line, unless the last text above is a list item or goes
 * on one (list items hold indented paragraphs). `source`: the lines before blanking, read as written.
 */
function opensIndentedCode(source: string[], lines: string[], k: number): boolean {
  if (k === 0) return true;
  if (lines[k - 1].trim() !== '') return false;
  let i = k - 1;
  while (i >= 0 && source[i].trim() === '') i--;
  return i < 0 || !(LIST_ITEM.test(source[i]) || /^(?: {2,}|\t)/.test(source[i]));
}
