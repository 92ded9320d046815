import * as assert from 'node:assert';
import { WordIndex } from '../../server/src/analysis/wordIndex';
import { phraseKeys } from '../../server/src/analysis/words';
import { phraseTableOf } from '../../server/src/workspace/phraseTable';
import { CompactWords } from '../../server/src/workspace/compactWords';

const TEXT = [
  'Tide-pool farming differs from tide pool farming only in its spelling; tide, pool and farming are ordinary words.',
  'The Tide Pool Farmers met twice. Tide pools, farming co-operatives and Tide-Pool Farming: all recur.',
  'Ébène et ébène, naïve naïveté, and a tide\u00a0pool farmed at dawn.',
].join('\n');

const PHRASES = ['tide pool farming', 'tide pool', 'pool farming', 'farming', 'ébène', 'naïve', 'tide pools farming', 'co-operatives', 'farming co-operatives', 'dawn', 'absent words'];

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

  it('stops at the limit, as the word index does', () => {
    const keys = phraseKeys('tide pool');
    assert.deepStrictEqual(compact.find(keys, 2), words.find(keys, 2));
    assert.strictEqual(compact.find(keys, 2).length, 2);
  });
});
