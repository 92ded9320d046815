import * as assert from 'node:assert';
import { analysePaper } from '../../server/src/analysis';
import { analysisMemo } from '../../server/src/analysis/memo';

describe('analysis memos', () => {
  it('are forgotten when the next analysis starts, so no earlier text is kept alive by them', () => {
    const memo = analysisMemo<string>(10);
    memo.set('Okafor', 'okafor');
    assert.strictEqual(memo.get('Okafor'), 'okafor');
    analysePaper('Wells ran dry (Okafor, 2004).\n\nReferences\n\nOkafor, B. (2004). Wells. Dune Press.\n');
    assert.strictEqual(memo.get('Okafor'), undefined);
  });

  it('hold at most their limit', () => {
    const memo = analysisMemo<number>(2);
    memo.set('a', 1);
    memo.set('b', 2);
    memo.set('c', 3);
    assert.strictEqual(memo.get('a'), undefined);
    assert.strictEqual(memo.get('c'), 3);
  });
});
