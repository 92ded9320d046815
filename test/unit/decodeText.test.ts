import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as assert from 'node:assert';
import { decodeText, UndecodableTextError } from '../../server/src/workspace/decodeText';
import { TEXT_PAPERS } from '../../server/src/workspace/paperSources';

const bytes = (...b: number[]) => Uint8Array.from(b);
/** "café" as Windows-1252 writes it: é is the single byte 0xE9, not valid UTF-8 on its own. */
const CAFE_1252 = bytes(0x63, 0x61, 0x66, 0xe9);

describe('decoding paper files', () => {
  it('reads UTF-8 as it is and drops a UTF-8 byte-order mark, with nothing to warn about', () => {
    assert.deepStrictEqual(decodeText(bytes(0x63, 0x61, 0x66, 0xc3, 0xa9)), { text: 'café' });
    assert.deepStrictEqual(decodeText(bytes(0xef, 0xbb, 0xbf, 0x63, 0x61, 0x66, 0xc3, 0xa9)), { text: 'café' });
  });

  it('reads bytes that are not UTF-8 as Windows-1252, curly quotes and the euro sign included', () => {
    assert.deepStrictEqual(decodeText(CAFE_1252), { text: 'café', assumed: 'Windows-1252' });
    // “5 €” in Windows-1252: 0x93 and 0x94 are the curly quotes, 0x80 the euro sign.
    assert.deepStrictEqual(decodeText(bytes(0x93, 0x35, 0x20, 0x80, 0x94)), { text: '\u201c5 \u20ac\u201d', assumed: 'Windows-1252' });
  });

  it('reads UTF-16 by its byte-order mark, little- and big-endian, the mark dropped', () => {
    assert.deepStrictEqual(decodeText(bytes(0xff, 0xfe, 0x63, 0x00, 0x61, 0x00, 0x66, 0x00, 0xe9, 0x00)), { text: 'café', assumed: 'UTF-16LE' });
    assert.deepStrictEqual(decodeText(bytes(0xfe, 0xff, 0x00, 0x63, 0x00, 0x61, 0x00, 0x66, 0x00, 0xe9)), { text: 'café', assumed: 'UTF-16BE' });
  });

  it('refuses binary data and UTF-16 that breaks off, saying what the file is', () => {
    assert.throws(() => decodeText(bytes(0x25, 0x50, 0x44, 0x46, 0x00, 0x01)), (e: Error) => e instanceof UndecodableTextError && /binary file/.test(e.message));
    // A mark, then a high surrogate with no low one after it.
    assert.throws(() => decodeText(bytes(0xff, 0xfe, 0x61, 0x00, 0x3d, 0xd8)), (e: Error) => e instanceof UndecodableTextError && /UTF-16LE byte-order mark but the rest is not UTF-16LE/.test(e.message));
  });

  it('the text paper source tells its caller the encoding it assumed', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sl-decode-'));
    try {
      fs.writeFileSync(path.join(dir, '1252.txt'), CAFE_1252);
      fs.writeFileSync(path.join(dir, 'utf8.txt'), bytes(0x63, 0x61, 0x66, 0xc3, 0xa9));
      const notes: string[] = [];
      assert.strictEqual(await TEXT_PAPERS.read(path.join(dir, '1252.txt'), (note) => notes.push(note)), 'café');
      assert.strictEqual(await TEXT_PAPERS.read(path.join(dir, 'utf8.txt'), (note) => notes.push(note)), 'café');
      assert.deepStrictEqual(notes, ['is not valid UTF-8; read it as Windows-1252. If its accents or quotes look wrong, save it as UTF-8.']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
