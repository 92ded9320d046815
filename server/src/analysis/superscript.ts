/** Unicode superscript digits, as PDF extraction writes note calls. */
const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

export const SUPERSCRIPT_RUN = /[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g;

export function isSuperscriptDigit(ch: string): boolean {
  return SUPERSCRIPT_DIGITS.includes(ch);
}

export function superscriptValue(run: string): number {
  let n = 0;
  for (const ch of run) n = n * 10 + SUPERSCRIPT_DIGITS.indexOf(ch);
  return n;
}
