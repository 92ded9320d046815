import * as assert from 'node:assert';
import { cited, paper, targetLines } from './paperBuilder';

describe('note calls as plain digits and numbered note blocks', () => {
  const p = paper(
    'Harbours silted up within a generation1. The guilds kept their own ledgers2; nobody audited them.3 Later',
    'accounts disagree4.',
    '',
    '2 Sources',
    '',
    'Version 2.5 of the survey and 3.a of the annex are not calls.',
    '',
    'Anotações',
    '',
    '1 Maren Solvik, Silted Harbours (Tidewater Press, 1988), 14.',
    '2 On this, see Maren Solvik, Guild Ledgers (Tidewater Press, 1991).',
    '3 Solvik, Silted Harbours, 20.',
    '4 Tomas Berend, "Counting Ships," Sea History 3 (2001): 5.',
  );

  it('finds digits glued to a word before the sentence punctuation, and after it', () => {
    assert.deepStrictEqual(p.citations.filter((c) => c.kind === 'footnote').map((c) => c.text), ['1', '2', '3', '4']);
  });

  it('reads lines numbered 1, 2, 3, ... that the body calls as notes, whatever the heading says', () => {
    assert.strictEqual(p.notes.length, 4);
    assert.deepStrictEqual(targetLines(p, cited(p, '4')), ['4 Tomas Berend, "Counting Ships," Sea History 3 (2001): 5.']);
    assert.ok(!p.notes.some((n) => n.text.startsWith('Sources')));
  });

  it('leaves a numbered list that nothing calls a list', () => {
    const q = paper(
      'Install the tool and run it.',
      '',
      '1 Download the archive from the releases page.',
      '2 Unpack it somewhere on your path.',
      '3 Run the command with the --help flag.',
    );
    assert.strictEqual(q.notes.length, 0);
    assert.strictEqual(q.isPaper, false);
  });
});

describe('numbers opening wrapped lines of notes', () => {
  const p = paper(
    'Tolls rose.¹ Carters objected.² Bridges were sold.³',
    '',
    'Notes',
    '',
    '1. Tomas Berend, ‘Tolls’, Sea History <https://example.org/tolls> [accessed',
    '2 May 2024].',
    '2. Ada Moor, ‘Carters and Tolls’ (2019)',
    '7 Sea History 31.',
    '3. Kari Lund, Selling Bridges (Dock Press 2001).',
  );

  it('are no note labels where the line before goes on and the number breaks the sequence or repeats', () => {
    assert.deepStrictEqual(p.notes.map((n) => n.number), [1, 2, 3]);
    assert.deepStrictEqual(targetLines(p, cited(p, '²')), ['2. Ada Moor, ‘Carters and Tolls’ (2019)']);
  });
});
