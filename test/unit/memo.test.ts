import * as assert from 'node:assert';
import { analysisMemo } from '../../server/src/analysis/memo';

describe('analysis memos', () => {
  it('hold at most their limit, then start afresh', () => {
    const memo = analysisMemo<number>(2);
    memo.set('a', 1);
    memo.set('b', 2);
    assert.strictEqual(memo.get('b'), 2);
    memo.set('c', 3);
    assert.strictEqual(memo.get('a'), undefined);
    assert.strictEqual(memo.get('c'), 3);
  });
});
