import * as assert from 'node:assert';
import { WordIndex } from '../../server/src/analysis/wordIndex';
import { phraseKeys } from '../../server/src/analysis/words';
import { phraseTableOf } from '../../server/src/workspace/phraseTable';
import { CompactWords } from '../../server/src/workspace/compactWords';

const TEXT = [
  'Tide-pool farming differs from tide pool farming only in its spelling; tide, pool and farming are ordinary words.',
  'The Tide Pool Farmers met twice. Tide pools, farming co-operatives and Tide-Pool Farming: all recur.',
  'Ébène et ébène, naïve naïveté, and a tide\u00a0pool farmed at dawn.',
  // Keys beyond Latin-1 and beyond the Basic Multilingual Plane.
  'Kırşehir ve Iğdır, λόγος, \ufb01ne \uff21\uff22 and \u{20021}\u{2000b} farming.',
].join('\n');

const PHRASES = ['tide pool farming', 'tide pool', 'pool farming', 'farming', 'ébène', 'naïve', 'tide pools farming', 'co-operatives', 'farming co-operatives', 'dawn', 'kırşehir', 'ığdır', 'λόγος', '\uff21\uff22', '\u{20021}\u{2000b} farming', 'absent words'];

describe('a paper\'s word index without its text', () => {
  const words = new WordIndex(TEXT);
  const compact = new CompactWords(phraseTableOf(words, TEXT));

  it('finds every phrase where the word index finds it, with the same spans', () => {
    for (const phrase of PHRASES) {
      const keys = phraseKeys(phrase);
      assert.deepStrictEqual(compact.find(keys), words.find(keys), phrase);
    }
    assert.strictEqual(compact.find(phraseKeys('tide pool farming')).length, 3);
    assert.deepStrictEqual(compact.find(phraseKeys('absent words')), []);
    assert.strictEqual(compact.find(phraseKeys('λόγος')).length, 1);
    assert.strictEqual(compact.find(phraseKeys('\u{20021}\u{2000b} farming')).length, 1);
  });

  it('places phrases past the first 64 K characters of a long paper', () => {
    const long = Array.from({ length: 5000 }, (_, k) => `Line ${k}: a tide pool farming lease, renewed.`).join('\n');
    const index = new WordIndex(long);
    const keys = phraseKeys('tide pool farming');
    const found = new CompactWords(phraseTableOf(index, long)).find(keys);
    assert.ok(long.length > 3 * 0x10000);
    assert.strictEqual(found.length, 5000);
    assert.deepStrictEqual(found, index.find(keys));
    assert.strictEqual(long.slice(found[4999].start, found[4999].end), 'tide pool farming');
  });

  it('tells apart keys of the same hash (the table is ordered by hash)', () => {
    // Pairs of words whose 32-bit FNV-1a hashes are equal.
    const text = 'The costarring liquid, a declinate of macallums, and an altarage by zinke; liquid again.';
    const table = new CompactWords(phraseTableOf(new WordIndex(text), text));
    const index = new WordIndex(text);
    for (const word of ['costarring', 'liquid', 'declinate', 'macallums', 'altarage', 'zinke']) {
      assert.deepStrictEqual(table.find(phraseKeys(word)), index.find(phraseKeys(word)), word);
    }
    assert.strictEqual(table.find(phraseKeys('liquid')).length, 2);
    assert.deepStrictEqual(table.find(phraseKeys('solid')), []);
  });

  // UTF-16 puts U+20000 (a surrogate pair) before U+FA0E: the table must not depend on either order.
  it('finds keys beyond U+FFFF among keys from U+E000 on', () => {
    // The CJK ideographs of the compatibility block that stay as they are under NFKC.
    const compatibility = [0xfa0e, 0xfa0f, 0xfa11, 0xfa13, 0xfa14, 0xfa1f, 0xfa21, 0xfa23, 0xfa24, 0xfa27, 0xfa28, 0xfa29].map((c) => String.fromCodePoint(c, c));
    const beyond = Array.from({ length: 12 }, (_, k) => String.fromCodePoint(0x20000 + k, 0x20000 + k));
    const text = [...compatibility, ...beyond].join(' and ');
    const table = new CompactWords(phraseTableOf(new WordIndex(text), text));
    for (const word of [...compatibility, ...beyond]) assert.strictEqual(table.find(phraseKeys(word)).length, 1, word);
  });

  it('stops at the limit, as the word index does', () => {
    const keys = phraseKeys('tide pool');
    assert.deepStrictEqual(compact.find(keys, 2), words.find(keys, 2));
    assert.strictEqual(compact.find(keys, 2).length, 2);
  });
});
