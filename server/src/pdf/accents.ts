/**
 * Accents set as glyphs of their own, as TeX sets them: "caf´e" is "café". A spacing accent
 * right before a letter becomes its combining mark on that letter, where the two make one letter of
 * their own in Unicode (so "´t" in "don´t" stays).
 */
const COMBINING: Record<string, string> = {
  '\u00b4': '\u0301',
  '\u02dd': '\u030b',
  '\u00a8': '\u0308',
  '\u02c6': '\u0302',
  '\u02dc': '\u0303',
  '\u00b8': '\u0327',
  '\u02c7': '\u030c',
  '\u02d8': '\u0306',
  '\u02da': '\u030a',
  '\u02db': '\u0328',
  '\u00af': '\u0304',
  '\u02d9': '\u0307',
};
const ACCENT_BEFORE_LETTER = /([\u00b4\u02dd\u00a8\u02c6\u02dc\u00b8\u02c7\u02d8\u02da\u02db\u00af\u02d9])(\p{L})/gu;

export function withAccentsJoined(text: string): string {
  return text.replace(ACCENT_BEFORE_LETTER, (whole, accent: string, letter: string) => {
    const joined = (letter + COMBINING[accent]).normalize('NFC');
    return joined.length === 1 ? joined : whole;
  });
}
