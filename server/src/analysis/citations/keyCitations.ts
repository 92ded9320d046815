/**
 * Citations by key, as Pandoc writes them in Markdown: "[@marsh2016, p. 4; see also @lee2020]" in brackets,
 * "@marsh2016 [p. 4]" or "@marsh2016" in the sentence, "[-@marsh2016]" without the author. A key starts with a
 * letter, digit or underscore and goes on with those and single inner punctuation (":.#$%&-+?<>~/"), or is
 * written in braces ("@{marsh 2016}"). An "@" after a letter or digit is an e-mail address, not a citation.
 * They resolve against the reader's library, not the paper's own list (see `library/`).
 */
import { Span } from '../model';

export interface KeyCitation {
  /** The "@key" (with a "-" before it, if any). */
  span: Span;
  key: string;
  /** Inside square brackets: the citation Pandoc puts in brackets or notes. */
  bracketed: boolean;
  /** What follows the key in its bracket up to the next ";" or "]" (", p. 4"), else null. */
  locator: string | null;
}

const KEY = /(?<![\p{L}\p{N}_@.\\])-?@(?:\{([^{}\n]{1,200})\}|([\p{L}\p{N}_](?:[\p{L}\p{N}_]|[:.#$%&+?<>~/-](?=[\p{L}\p{N}_]))*))/gu;

export function findKeyCitations(text: string): KeyCitation[] {
  const out: KeyCitation[] = [];
  for (const m of text.matchAll(KEY)) {
    const start = m.index!;
    const end = start + m[0].length;
    const open = text.lastIndexOf('[', start);
    const bracketed = open !== -1 && !/[\]\n]/.test(text.slice(open + 1, start)) && /^[^[\]\n]*\]/.test(text.slice(end));
    const after = bracketed ? /^([^;\]\n]*)/.exec(text.slice(end))![1].trim() : '';
    out.push({ span: { start, end }, key: m[1] ?? m[2], bracketed, locator: after.replace(/^,\s*/, '') || null });
  }
  return out;
}
