import * as assert from 'node:assert';
import * as fs from 'fs';
import * as path from 'path';
import { analysePaper, findDiagnostics, lineAt, Paper, targetsOf } from '../../server/src/analysis';

const CORPUS = path.resolve(__dirname, '../../../corpus');

function load(name: string): Paper {
  return analysePaper(fs.readFileSync(path.join(CORPUS, name), 'utf8'));
}

/** Warnings as "line:col code" (1-based, as test/fixtures/corpus-errata.md lists them). */
function warnings(p: Paper): string[] {
  return findDiagnostics(p)
    .filter((f) => f.code !== 'unused-reference' && f.code !== 'uncited-note')
    .map((f) => {
      const line = lineAt(p.lineStarts, f.span.start);
      return `${line + 1}:${f.span.start - p.lineStarts[line] + 1} ${f.code}`;
    })
    .sort();
}

function noteLineOfCall(p: Paper, callLine: number, text: string): number {
  const call = p.citations.find((c) => c.text === text && lineAt(p.lineStarts, c.span.start) + 1 === callLine);
  assert.ok(call, `no call ${text} on line ${callLine}`);
  const notes = targetsOf(p, call);
  assert.strictEqual(notes.length, 1, `call ${text} on line ${callLine} resolves to ${notes.length} notes`);
  return lineAt(p.lineStarts, notes[0].span.start) + 1;
}

// The expectations below are the deliberate errors written into each sample paper (test/fixtures/corpus-errata.md).
describe('embedded sample corpus', () => {
  it('author-date-apa.txt: the misspelt author, the wrong year, the missing entry and the ambiguous year, nothing else', () => {
    assert.deepStrictEqual(warnings(load('author-date-apa.txt')), [
      '32:407 unresolved-citation',
      '46:843 year-mismatch',
      '60:548 ambiguous-citation',
      '76:456 unresolved-citation',
    ]);
  });

  it('author-date-apa.txt: the misspelt author is offered its entry', () => {
    const p = load('author-date-apa.txt');
    const typo = p.citations.find((c) => c.text === 'Hadad, 2017');
    assert.strictEqual(typo?.suggestions[0]?.replacement, 'Haddad, 2017');
  });

  it('surname-year-page.txt: capitals, hyphens, en-dash co-authors, s. a. and title authors resolve; three errors remain', () => {
    assert.deepStrictEqual(warnings(load('surname-year-page.txt')), [
      '35:330 year-mismatch',
      '59:626 unresolved-citation',
      '69:496 unresolved-citation',
    ]);
  });

  it('numbered-notes.txt: the call without a note and the duplicated note number', () => {
    assert.deepStrictEqual(warnings(load('numbered-notes.txt')), ['104:1 duplicate-note-number', '50:266 missing-note']);
  });

  it('numbered-notes.txt: calls reach their page-bottom and end notes, bare digits included', () => {
    const p = load('numbered-notes.txt');
    assert.strictEqual(noteLineOfCall(p, 12, '¹'), 14);
    assert.strictEqual(noteLineOfCall(p, 32, '8'), 86);
    assert.strictEqual(noteLineOfCall(p, 44, '14'), 98);
    assert.strictEqual(noteLineOfCall(p, 62, '²⁴'), 120);
    assert.strictEqual(noteLineOfCall(p, 64, '²⁵'), 118);
  });

  it('numbered-notes.txt: the note nothing calls is a hint', () => {
    const hints = findDiagnostics(load('numbered-notes.txt')).filter((f) => f.code === 'uncited-note');
    assert.deepStrictEqual(hints.map((h) => h.message), ['No call in the text points to note 21.']);
  });

  it('numeric-brackets.md: only the number past the end of the list', () => {
    assert.deepStrictEqual(warnings(load('numeric-brackets.md')), ['55:707 unresolved-citation']);
  });
});
