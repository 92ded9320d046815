import * as assert from 'node:assert';
import { analysisMemo, fitMemosTo } from '../../server/src/analysis/memo';

describe('analysis memos', () => {
  it('compute a key once while it is kept, at most `limit` keys, and never keep a long one', () => {
    const computed: string[] = [];
    const memo = analysisMemo(2, 5, (key) => {
      computed.push(key);
      return key.length;
    });
    assert.deepStrictEqual([memo('ab'), memo('ab'), memo('cde')], [2, 2, 3]);
    assert.deepStrictEqual(computed, ['ab', 'cde']);
    memo('f');
    memo('ab');
    assert.deepStrictEqual(computed, ['ab', 'cde', 'f', 'ab'], 'the third key started the memo afresh');
    memo('longer than five');
    memo('longer than five');
    assert.strictEqual(computed.filter((k) => k === 'longer than five').length, 2);
  });

  it('keep more keys while a long paper is read, and their own number again after it', () => {
    const computed: string[] = [];
    const memo = analysisMemo(2, 5, (key) => {
      computed.push(key);
      return key.length;
    });
    try {
      fitMemosTo(1_000_000); // five times the characters of a paper the limit is set for
      for (const key of ['a', 'b', 'c', 'd', 'e', 'a', 'b', 'c', 'd', 'e']) memo(key);
      assert.deepStrictEqual(computed, ['a', 'b', 'c', 'd', 'e']);
      fitMemosTo(5_000);
      memo('f');
      memo('a');
      assert.deepStrictEqual(computed.slice(5), ['f', 'a'], 'back to two keys: the sixth key started the memo afresh');
    } finally {
      fitMemosTo(0);
    }
  });
});
