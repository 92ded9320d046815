import * as assert from 'node:assert';
import { analysisMemo } from '../../server/src/analysis/memo';

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
});
