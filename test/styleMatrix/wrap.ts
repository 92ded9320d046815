/** Hard-wraps a line at spaces so that no line is longer than `width` (a longer word stands alone). */
export function wrapAtSpaces(line: string, width: number): string[] {
  const out: string[] = [];
  let current = '';
  for (const word of line.split(' ')) {
    if (current && current.length + 1 + word.length > width) {
      out.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  out.push(current);
  return out;
}

const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** "12,14" as "¹²,¹⁴": digits become superscript characters, each still one UTF-16 unit. */
export function superscript(text: string): string {
  return text.replace(/\d/g, (d) => SUPERSCRIPT_DIGITS[Number(d)]);
}

/** "¹²,¹⁴" flattened back to "12,14", as a PDF extractor leaves it. */
export function flattenSuperscripts(text: string): string {
  return text.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/g, (d) => String(SUPERSCRIPT_DIGITS.indexOf(d)));
}
