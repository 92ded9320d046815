import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiskPapers } from '../../server/src/workspace/diskPapers';

describe('paper files on disk', () => {
  let dir: string;
  const uriOf = (...parts: string[]) => pathToFileURL(path.join(dir, ...parts)).href;
  const disk = new DiskPapers();

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scholarly-disk-'));
    fs.writeFileSync(path.join(dir, 'a.txt'), 'First paper.');
    fs.mkdirSync(path.join(dir, 'more'));
    fs.writeFileSync(path.join(dir, 'more', 'b.md'), 'Second paper.');
    for (const skipped of ['node_modules', '.git']) {
      fs.mkdirSync(path.join(dir, skipped));
      fs.writeFileSync(path.join(dir, skipped, 'skip.txt'), 'Not a paper of the workspace.');
    }
    fs.writeFileSync(path.join(dir, 'data.json'), '{}');
  });

  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('lists the .txt and .md files of the folders, skipping dependency and hidden folders and other files', async () => {
    const listed = await disk.list([pathToFileURL(dir).href], 100);
    assert.deepStrictEqual(listed.sort(), [uriOf('a.txt'), uriOf('more', 'b.md')]);
    assert.strictEqual((await disk.list([pathToFileURL(dir).href], 1)).length, 1);
  });

  it('reads a paper with a stamp that changes when the file does, and nothing for a missing file or another kind', async () => {
    const first = await disk.read(uriOf('a.txt'));
    assert.strictEqual(first?.text, 'First paper.');
    fs.writeFileSync(path.join(dir, 'a.txt'), 'First paper, revised.');
    const future = new Date(Date.now() + 5000);
    fs.utimesSync(path.join(dir, 'a.txt'), future, future);
    assert.notStrictEqual(await disk.stampOf(uriOf('a.txt')), first?.stamp);
    assert.strictEqual(await disk.read(uriOf('gone.txt')), undefined);
    assert.strictEqual(await disk.read(uriOf('data.json')), undefined);
  });
});
