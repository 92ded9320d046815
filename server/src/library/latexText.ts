/**
 * A BibTeX value as plain text, near enough to compare names and titles (folded later): accent commands and
 * braces go ("M{\"u}ller" → "Muller"), the letters LaTeX writes as commands stay letters ("{\o}" → "o").
 * What the reader sees comes from citation-js, which decodes LaTeX in full.
 */
const LETTER_COMMANDS: Record<string, string> = { o: 'o', O: 'O', l: 'l', L: 'L', ss: 'ss', ae: 'ae', AE: 'AE', oe: 'oe', OE: 'OE', aa: 'a', AA: 'A', i: 'i', j: 'j' };

/** In one pass: a command (a letter one kept), an accent or escape, a brace, a tie, a run of blanks. */
const LATEX_PIECE = /\\([a-zA-Z]+)\s*|\\.|[{}]|[~\s]+/g;

export function latexToText(value: string): string {
  if (!/[\\{}~]/.test(value)) return value.replace(/\s+/g, ' ').trim();
  return value
    .replace(LATEX_PIECE, (piece: string, name: string | undefined) => (name !== undefined ? LETTER_COMMANDS[name] ?? '' : piece[0] === '\\' || piece === '{' || piece === '}' ? '' : ' '))
    .replace(/ {2,}/g, ' ')
    .trim();
}

/**
 * The family names of a BibTeX name list ("van der Berg, Piet and Anna M{\"u}ller and {Water Board}"):
 * before the comma of "Family, Given", else the last word, a braced corporate name whole.
 */
export function bibtexFamilies(names: string): string[] {
  return splitAtTopLevel(names, /\s+and\s+/i).map((name) => {
    const trimmed = name.trim();
    if (wholeBraced(trimmed)) return latexToText(trimmed);
    const parts = splitAtTopLevel(trimmed, /,/);
    if (parts.length > 1) return latexToText(parts[0]);
    const words = splitAtTopLevel(trimmed, /\s+/);
    return latexToText(words[words.length - 1] ?? '');
  }).filter(Boolean);
}

/** "{Water Board}": one pair of braces around the whole, as BibTeX keeps a corporate name from being split. */
function wholeBraced(s: string): boolean {
  if (!s.startsWith('{') || !s.endsWith('}')) return false;
  let depth = 0;
  for (let i = 0; i < s.length - 1; i++) {
    if (s[i] === '{') depth++;
    else if (s[i] === '}' && --depth === 0) return false;
  }
  return true;
}

/** `text` split where `separator` (no capture groups) matches outside braces. */
function splitAtTopLevel(text: string, separator: RegExp): string[] {
  if (!text.includes('{')) return text.split(separator).filter((p) => p.trim() !== '');
  const depth = new Int32Array(text.length + 1);
  for (let i = 0, d = 0; i < text.length; i++) {
    if (text[i] === '{') d++;
    else if (text[i] === '}') d = Math.max(0, d - 1);
    depth[i + 1] = d;
  }
  const parts: string[] = [];
  let start = 0;
  for (const m of text.matchAll(new RegExp(separator.source, `${separator.flags.replace('g', '')}g`))) {
    if (m[0].length === 0 || depth[m.index] !== 0) continue;
    parts.push(text.slice(start, m.index));
    start = m.index + m[0].length;
  }
  parts.push(text.slice(start));
  return parts.filter((p) => p.trim() !== '');
}
