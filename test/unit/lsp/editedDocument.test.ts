import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { EditedDocument } from '../../../server/src/lsp/editedDocument';
import { randomInt } from '../annotations/randomPaper';
import { seededRandom } from '../../synthetic/seededRandom';

const URI = 'file:///papers/draft.txt';
const SEED = 20261202;
const EDITS = 1000;
const CHECK_EVERY = 50;
const PIECES = ['\r', '\n', '\r\n', 'x', 'yz', ' ', 'word ', '\n\r', ''];

/** The same text in a document built from scratch: the line table the edited one must match. */
function assertSameAsFresh(edited: EditedDocument, expected: string): void {
  assert.equal(edited.getText(), expected);
  const fresh = TextDocument.create(URI, 'plaintext', 1, expected);
  assert.equal(edited.lineCount, fresh.lineCount);
  for (let offset = 0; offset <= expected.length; offset++) assert.deepEqual(edited.positionAt(offset), fresh.positionAt(offset), `positionAt(${offset})`);
  for (let line = 0; line <= fresh.lineCount; line++) {
    for (let character = 0; character <= 12; character++) {
      assert.equal(edited.offsetAt({ line, character }), fresh.offsetAt({ line, character }), `offsetAt(${line}:${character})`);
    }
  }
}

describe('open documents under incremental edits (EditedDocument)', () => {
  it('keeps a "\\r" typed before a "\\n" in one line break, so the next edit lands where it was typed', () => {
    const doc = new EditedDocument(URI, 'plaintext', 1, 'Preface.\nAs argued (Ovando, 1999).\n');
    doc.update([{ range: { start: { line: 0, character: 8 }, end: { line: 0, character: 8 } }, text: '\r' }], 2);
    doc.update([{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, text: 'Q' }], 3);
    assert.equal(doc.getText(), 'Preface.\r\nQAs argued (Ovando, 1999).\n');
    assert.equal(doc.version, 3);
  });

  it('splits a "\\r\\n" into two line breaks when text goes between them', () => {
    const doc = new EditedDocument(URI, 'plaintext', 1, 'one\r\ntwo');
    doc.update([{ range: { start: { line: 0, character: 3 }, end: { line: 0, character: 3 } }, text: 'A' }], 2);
    assert.equal(doc.getText(), 'oneA\r\ntwo');
    const split = new EditedDocument(URI, 'plaintext', 1, 'one\rmid\ntwo');
    split.update([{ range: { start: { line: 1, character: 0 }, end: { line: 1, character: 3 } }, text: '' }], 2);
    assertSameAsFresh(split, 'one\r\ntwo');
  });

  it(`matches a freshly built document through ${EDITS} random edits mixing "\\r" and "\\n"`, () => {
    const random = seededRandom(SEED);
    let expected = 'Opening line.\r\nSecond\rthird\n\nlast';
    const doc = new EditedDocument(URI, 'plaintext', 1, expected);
    for (let i = 1; i <= EDITS; i++) {
      // Several changes per notification, each in the coordinates of the text the previous one left.
      const changes = [];
      for (let c = randomInt(random, 1, 3); c > 0; c--) {
        const fresh = TextDocument.create(URI, 'plaintext', 1, expected);
        const a = fresh.positionAt(randomInt(random, 0, expected.length));
        const b = fresh.positionAt(Math.min(expected.length, fresh.offsetAt(a) + randomInt(random, 0, 4)));
        const text = Array.from({ length: randomInt(random, 0, 3) }, () => PIECES[randomInt(random, 0, PIECES.length - 1)]).join('');
        const start = fresh.offsetAt(a);
        expected = expected.slice(0, start) + text + expected.slice(fresh.offsetAt(b));
        // Half the ranges come reversed (end before start), as some clients send them.
        changes.push({ range: random() < 0.5 ? { start: a, end: b } : { start: b, end: a }, text });
      }
      doc.update(changes, i + 1);
      if (i % CHECK_EVERY === 0) assertSameAsFresh(doc, expected);
    }
    assert.equal(doc.version, EDITS + 1);
  });

  it('replaces the whole text on a full change', () => {
    const doc = new EditedDocument(URI, 'plaintext', 1, 'old\r\ntext');
    doc.update([{ text: 'new\rtext\n' }], 2);
    assertSameAsFresh(doc, 'new\rtext\n');
  });
});
