import * as assert from 'node:assert';
import { SpanIndex } from '../../../server/src/features/spanIndex';

const at = (start: number, end: number, owner: number) => ({ span: { start, end }, owner });

describe('span index', () => {
  it('holds an offset from a span start up to, not including, its end', () => {
    const index = new SpanIndex([at(10, 14, 0), at(20, 25, 1)]);
    assert.deepStrictEqual([9, 10, 13, 14, 19, 20, 24, 25].map((o) => index.firstOwnerAt(o)), [-1, 0, 0, -1, -1, 1, 1, -1]);
  });

  it('finds a long span that starts well before shorter ones it covers', () => {
    // Owner 0 spans the whole paragraph; 1 and 2 are words inside it, and 3 starts after 0 has ended.
    const index = new SpanIndex([at(0, 100, 0), at(5, 9, 1), at(40, 48, 2), at(120, 130, 3)]);
    assert.deepStrictEqual(index.ownersAt(44), [0, 2]);
    assert.deepStrictEqual(index.ownersAt(9), [0]);
    assert.strictEqual(index.firstOwnerAt(8), 0);
    assert.deepStrictEqual(index.ownersAt(60), [0]);
    assert.deepStrictEqual(index.ownersAt(100), []);
    assert.deepStrictEqual(index.ownersAt(125), [3]);
  });

  it('gives the owners in ascending order, each once, whatever the order of their spans', () => {
    const index = new SpanIndex([at(30, 40, 5), at(32, 36, 2), at(31, 39, 5), at(0, 50, 7)]);
    assert.deepStrictEqual(index.ownersAt(33), [2, 5, 7]);
    assert.strictEqual(index.firstOwnerAt(33), 2);
    assert.strictEqual(index.firstOwnerAt(37), 5);
    assert.strictEqual(index.firstOwnerAt(36), 5);
  });

  it('counts an empty span as holding its own offset only when asked to', () => {
    const spans = [at(8, 8, 0), at(8, 12, 1)];
    assert.deepStrictEqual(new SpanIndex(spans).ownersAt(8), [1]);
    assert.deepStrictEqual(new SpanIndex(spans, 1).ownersAt(8), [0, 1]);
    assert.deepStrictEqual(new SpanIndex(spans, 1).ownersAt(9), [1]);
  });

  it('answers nothing when there are no spans', () => {
    assert.strictEqual(new SpanIndex([]).firstOwnerAt(0), -1);
    assert.deepStrictEqual(new SpanIndex([]).ownersAt(3), []);
  });
});
