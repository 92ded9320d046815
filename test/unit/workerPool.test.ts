import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { WorkerPool } from '../../server/src/workers/workerPool';

/** A worker that answers each job `{ spin }` after keeping its thread busy for `spin` ms (a job that never ends, if large). */
const SPINNER = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', ({ id, job }) => {
  const until = Date.now() + job.spin;
  while (Date.now() < until);
  parentPort.postMessage({ id, result: job.spin });
});
parentPort.postMessage({ ready: true });
`;

describe('worker pool limits', () => {
  let dir: string;
  let script: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pool-'));
    script = path.join(dir, 'spinner.js');
    fs.writeFileSync(script, SPINNER);
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('fails a job that runs past the time limit, replaces its worker, and still runs the jobs queued behind it', async () => {
    const pool = new WorkerPool<{ spin: number }, number>(script, 1, null, () => undefined, { jobTimeoutMs: 300 });
    try {
      const stuck = pool.run({ spin: 60_000 });
      const after = [pool.run({ spin: 5 }), pool.run({ spin: 10 })];
      await assert.rejects(stuck, /it took longer than 300 ms/);
      assert.deepStrictEqual(await Promise.all(after), [5, 10]);
      assert.strictEqual(pool.broken, null);
    } finally {
      await pool.close();
    }
  });
});
