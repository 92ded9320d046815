import * as assert from 'node:assert';
import * as path from 'path';
import { microF1 } from '../styleMatrix/fieldAccuracy';
import { devFieldAccuracy } from './devFieldAccuracy';
import { skipWithout } from '../unit/sharedFolder';

const DEV = path.resolve(__dirname, '../../../../shared/eval/dev');

describe('reference entries of the dev set read into CSL-JSON fields', function () {
  skipWithout(DEV, 'the shared evaluation set');

  it('match the publisher’s element-citation records: micro-F1 0.89, authors 0.95, years 0.99', () => {
    const { counts, matched } = devFieldAccuracy(DEV);
    assert.ok(matched >= 150, `only ${matched} entries matched to element-citation records`);
    assert.ok(microF1(counts).f1 >= 0.89, `micro-F1 ${microF1(counts).f1.toFixed(3)}`);
    assert.ok(microF1(counts, ['author']).f1 >= 0.95, `authors ${microF1(counts, ['author']).f1.toFixed(3)}`);
    assert.ok(microF1(counts, ['issued']).f1 >= 0.99, `years ${microF1(counts, ['issued']).f1.toFixed(3)}`);
  });
});
