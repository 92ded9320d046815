/**
 * Turns a text file's bytes into text: UTF-8 (a byte-order mark dropped), UTF-16 when a byte-order mark says
 * so, else Windows-1252, the usual encoding of older Western text files. Whoever reads a file warns when the
 * encoding was not UTF-8 (see `encodingNote`), so accents read wrongly are never silent.
 */

/** Encodings other than UTF-8 that a paper may be read in. */
export type AssumedEncoding = 'UTF-16LE' | 'UTF-16BE' | 'Windows-1252';

export interface DecodedText {
  text: string;
  /** Set when the bytes were not UTF-8: the encoding they were read in. */
  assumed?: AssumedEncoding;
}

/** Bytes that are no text: binary data, or a byte-order mark the rest of the file does not follow. */
export class UndecodableTextError extends Error {}

/** How far into a file a NUL byte marks it as binary. */
const BINARY_PROBE_BYTES = 8192;

const BYTE_ORDER_MARKS: ReadonlyArray<{ bytes: readonly number[]; encoding: AssumedEncoding; label: string }> = [
  { bytes: [0xff, 0xfe], encoding: 'UTF-16LE', label: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'UTF-16BE', label: 'utf-16be' },
];

export function decodeText(bytes: Uint8Array): DecodedText {
  const mark = BYTE_ORDER_MARKS.find((m) => m.bytes.every((b, i) => bytes[i] === b));
  if (mark) {
    try {
      return { text: new TextDecoder(mark.label, { fatal: true }).decode(bytes), assumed: mark.encoding };
    } catch {
      throw new UndecodableTextError(`it starts with a ${mark.encoding} byte-order mark but the rest is not ${mark.encoding} text. Open it in an editor and save it again as UTF-8.`);
    }
  }
  if (bytes.subarray(0, BINARY_PROBE_BYTES).includes(0)) {
    throw new UndecodableTextError('this is a binary file, not a text paper (or UTF-16 text without a byte-order mark). Extract its text first (e.g. pdftotext), or save it as UTF-8.');
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { text: decodeWindows1252(bytes), assumed: 'Windows-1252' };
  }
}

/**
 * What Windows-1252 puts at 0x80–0x9F (curly quotes, dashes, the euro sign; five bytes are unassigned and keep
 * their code). Node's 'windows-1252' decoder reads these bytes as Latin-1 control characters, so they are mapped here.
 */
const WINDOWS_1252_80_9F = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  return new TextDecoder('windows-1252').decode(bytes).replace(/[\x80-\x9f]/g, (c) => WINDOWS_1252_80_9F[c.charCodeAt(0) - 0x80]);
}

/** What to say about a file read in an encoding other than UTF-8, to follow its name. */
export function encodingNote(assumed: AssumedEncoding): string {
  return assumed === 'Windows-1252'
    ? 'is not valid UTF-8; read it as Windows-1252. If its accents or quotes look wrong, save it as UTF-8.'
    : `is ${assumed} text (it starts with that byte-order mark); read it as such. Save it as UTF-8 to silence this.`;
}
