/**
 * Words hyphenated at a line end, mended: "recog-⏎nition of" becomes "recognition⏎of". The hyphen stays
 * where the paper writes the word with one elsewhere and never without ("dog-⏎human" when "dog-human"
 * occurs and "doghuman" does not), and before a capital ("Smith-⏎Jones"). A blank line (a paragraph's
 * end) is never crossed.
 */
const LINE_END_HYPHEN = /(\p{L}+)([-\u00ad\u2010])$/u;
const FIRST_WORD = /^(\p{Ll}[\p{L}\p{M}]*)([^\s]*)\s*/u;

function wordsOf(lines: string[]): Set<string> {
  const words = new Set<string>();
  for (const line of lines) for (const w of line.toLowerCase().split(/[^\p{L}\p{M}-]+/u)) if (w) words.add(w);
  return words;
}

/** The lines with their line-end hyphenations mended (a line emptied by it is dropped). */
export function mendHyphenation(lines: string[]): string[] {
  const out = [...lines];
  let words: Set<string> | null = null;
  for (let i = 0; i + 1 < out.length; i++) {
    const end = LINE_END_HYPHEN.exec(out[i]);
    if (!end) continue;
    const next = out[i + 1].replace(/^\f/, '');
    const first = FIRST_WORD.exec(next);
    if (!first) continue;
    words ??= wordsOf(lines);
    const left = end[1].toLowerCase();
    const right = first[1].toLowerCase();
    const keep = end[2] !== '\u00ad' && words.has(`${left}-${right}`) && !words.has(left + right);
    out[i] = out[i].slice(0, keep ? out[i].length : -1) + first[1] + first[2];
    const rest = next.slice(first[0].length);
    out[i + 1] = (out[i + 1].startsWith('\f') ? '\f' : '') + rest;
  }
  return out.filter((line, i) => line !== '' || lines[i] === '');
}
