/** Conversion between UTF-16 offsets (JavaScript strings) and code-point offsets (W3C TextPositionSelector). */

const SURROGATE = /[\uD800-\uDFFF]/;

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

export function toCodePointOffset(text: string, utf16Offset: number): number {
  if (!SURROGATE.test(text)) return utf16Offset;
  let codePoints = 0;
  for (let i = 0; i < utf16Offset; i++) {
    if (!(isLowSurrogate(text.charCodeAt(i)) && i > 0 && isHighSurrogate(text.charCodeAt(i - 1)))) codePoints++;
  }
  return codePoints;
}

/** The UTF-16 offset of a code-point offset, or null when the text is shorter than that. */
export function toUtf16Offset(text: string, codePointOffset: number): number | null {
  if (!SURROGATE.test(text)) return codePointOffset <= text.length ? codePointOffset : null;
  let offset = 0;
  for (let seen = 0; seen < codePointOffset; seen++) {
    if (offset >= text.length) return null;
    offset += isHighSurrogate(text.charCodeAt(offset)) && isLowSurrogate(text.charCodeAt(offset + 1)) ? 2 : 1;
  }
  return offset;
}

/** Moves an offset that falls between the two halves of a surrogate pair to the pair's start. */
export function alignToCodePoint(text: string, offset: number): number {
  return offset > 0 && offset < text.length && isLowSurrogate(text.charCodeAt(offset)) && isHighSurrogate(text.charCodeAt(offset - 1))
    ? offset - 1
    : offset;
}
