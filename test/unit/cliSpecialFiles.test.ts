import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const CLI = path.resolve(__dirname, '../../../dist/cli.js');
const CLEAN = 'Canals carried grain (Varga, 2004).\n\nReferences\n\nVarga, E. (2004). Grain by water. Lowland Press.\n';

/** Runs the built CLI in a child process, so that a read that blocks fails the test instead of hanging it. */
function cli(...args: string[]) {
  const run = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 20_000 });
  assert.notEqual(run.status, null, `the CLI did not finish: ${run.error?.message ?? run.signal}`);
  return run;
}

describe('check and summary given files that are not regular', () => {
  let dir: string;

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scholarly-cli-special-'));
    fs.writeFileSync(path.join(dir, 'clean.txt'), CLEAN);
    execFileSync('mkfifo', [path.join(dir, 'pipe.txt')]);
  });

  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('refuses a FIFO named on the command line with a usage error', () => {
    const run = cli('check', path.join(dir, 'pipe.txt'));
    assert.equal(run.status, 2);
    assert.match(run.stderr, /pipe\.txt: not a regular file \(a pipe, socket or device\)/);
  });

  it('reports a FIFO in a folder as a bad file and reads the papers beside it, linked ones too', () => {
    fs.mkdirSync(path.join(dir, 'linked'));
    fs.symlinkSync(path.join(dir, 'clean.txt'), path.join(dir, 'linked', 'alias.txt'));
    fs.symlinkSync(path.join(dir, 'pipe.txt'), path.join(dir, 'linked', 'pipe-alias.txt'));
    const run = cli('summary', dir, '--json');
    assert.equal(run.status, 2, run.stderr);
    assert.match(run.stderr, /pipe-alias\.txt: not a regular file/);
    assert.match(run.stderr, /2 files could not be analysed/);
    const papers = (JSON.parse(run.stdout) as Array<{ paper: string; resolved: number }>).map((row) => `${path.basename(row.paper)} ${row.resolved}`);
    assert.deepEqual(papers.sort(), ['alias.txt 1', 'clean.txt 1']);
  });
});
