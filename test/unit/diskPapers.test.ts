import * as assert from 'node:assert';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiskPapers } from '../../server/src/workspace/diskPapers';
import { DiskWorkspace } from '../../server/src/workspace/diskWorkspace';
import { folderOf } from '../../server/src/workspace/folderOf';
import { PaperCache } from '../../server/src/workspace/paperCache';
import { WorkspaceIndex } from '../../server/src/workspace/workspaceIndex';
import { Logger } from '../../server/src/logging';

describe('paper files on disk', () => {
  let dir: string;
  let outside: string;
  const uriOf = (...parts: string[]) => pathToFileURL(path.join(dir, ...parts)).href;
  const disk = new DiskPapers(() => [pathToFileURL(dir).href]);

  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scholarly-disk-'));
    outside = fs.mkdtempSync(path.join(os.tmpdir(), 'scholarly-outside-'));
    fs.writeFileSync(path.join(dir, 'a.txt'), 'First paper.');
    fs.mkdirSync(path.join(dir, 'more'));
    fs.writeFileSync(path.join(dir, 'more', 'b.md'), 'Second paper.');
    for (const skipped of ['node_modules', '.git']) {
      fs.mkdirSync(path.join(dir, skipped));
      fs.writeFileSync(path.join(dir, skipped, 'skip.txt'), 'Not a paper of the workspace.');
    }
    fs.writeFileSync(path.join(dir, 'data.json'), '{}');
    fs.writeFileSync(path.join(outside, 'private.txt'), 'Account list kept outside the workspace.');
  });

  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(outside, { recursive: true, force: true });
  });

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

  it('never stamps or reads through a link whose target lies outside the workspace folders', async () => {
    fs.symlinkSync(path.join(outside, 'private.txt'), path.join(dir, 'linked.txt'));
    fs.symlinkSync(outside, path.join(dir, 'linked-folder'));
    fs.symlinkSync(path.join(dir, 'a.txt'), path.join(dir, 'more', 'alias.txt'));
    for (const uri of [uriOf('linked.txt'), uriOf('linked-folder', 'private.txt'), pathToFileURL(path.join(outside, 'private.txt')).href]) {
      assert.strictEqual(await disk.stampOf(uri), undefined, uri);
      assert.strictEqual(await disk.read(uri), undefined, uri);
    }
    assert.strictEqual((await disk.read(uriOf('more', 'alias.txt')))?.text, 'First paper.');
  });

  it('does not index a linked file outside the folders when a file watcher reports it', async () => {
    fs.symlinkSync(path.join(outside, 'private.txt'), path.join(dir, 'linked.txt'));
    const warnings: string[] = [];
    const index = new WorkspaceIndex(new DiskWorkspace([pathToFileURL(dir).href]), new PaperCache(), new Logger({ log: (_, message) => void warnings.push(message) }));
    index.includeEveryFile(true); // a.txt is one sentence
    await index.update(uriOf('linked.txt'));
    await index.update(uriOf('a.txt'));
    assert.deepStrictEqual(index.refs().map((r) => r.name), ['a.txt']);
    assert.deepStrictEqual(warnings, []);
  });

  it('neither stamps nor reads a FIFO named like a paper', async () => {
    execFileSync('mkfifo', [path.join(dir, 'pipe.txt')]);
    assert.strictEqual(await disk.stampOf(uriOf('pipe.txt')), undefined);
    assert.strictEqual(await disk.read(uriOf('pipe.txt')), undefined);
  });

  it('takes a file whose name starts with two dots as one of the folder', async () => {
    fs.writeFileSync(path.join(dir, '..notes.txt'), 'Notes of the workspace.');
    assert.strictEqual((await disk.read(uriOf('..notes.txt')))?.text, 'Notes of the workspace.');
    assert.strictEqual(folderOf([pathToFileURL(dir).href], uriOf('..notes.txt')), pathToFileURL(dir).href);
  });

  it('treats file URIs that name no local path as no file', async () => {
    for (const uri of ['file:///papers/left%2Fright.txt', 'file://archive-host/papers/remote.txt', 'file:///papers/half%zz.txt']) {
      assert.strictEqual(await disk.stampOf(uri), undefined);
      assert.strictEqual(await disk.read(uri), undefined);
      assert.strictEqual(folderOf([pathToFileURL(dir).href], uri), null);
    }
    assert.deepStrictEqual(await disk.list(['file://archive-host/papers'], 10), []);
  });
});
