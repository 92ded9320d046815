import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { MalformedStoreError, PaperLocation, locatePaper, readStore, saveChanges } from '../../../server/src/protocol/annotations';
import { NotRegularFileError, readRegularFile } from '../../../server/src/protocol/annotations/regularFile';
import { AnchoredAnnotations } from '../../../server/src/features/annotationCache';
import { fixtureAnnotations } from './storeFixtures';

const CLI = path.resolve(__dirname, '../../../../dist/cli.js');
const PAPER = 'Water rights were traded between the two valleys for a century.\n';

/** Runs the built CLI in a child process, so that a read that blocks fails the test instead of hanging it. */
function cli(...args: string[]) {
  const run = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', timeout: 20_000 });
  assert.notEqual(run.status, null, `the CLI did not finish: ${run.error?.message ?? run.signal}`);
  return run;
}

const mkfifo = (file: string) => execFileSync('mkfifo', [file]);

describe('annotation store files that are not ordinary writable files', () => {
  let workspace: string;
  let location: PaperLocation;

  beforeEach(() => {
    workspace = mkdtempSync(path.join(tmpdir(), 'scholarly-store-files-'));
    writeFileSync(path.join(workspace, 'valleys.txt'), PAPER);
    location = locatePaper(workspace, path.join(workspace, 'valleys.txt'));
    mkdirSync(path.dirname(location.sidecar), { recursive: true });
  });

  afterEach(() => rmSync(workspace, { recursive: true, force: true }));

  describe('a FIFO where the store is', () => {
    beforeEach(() => mkfifo(location.sidecar));

    it('is refused by the store loader as unreadable, without reading from it', async () => {
      await assert.rejects(readStore(location.sidecar), (error: unknown) => {
        assert.ok(error instanceof MalformedStoreError);
        assert.match(error.message, /is a FIFO \(named pipe\), not a regular file/);
        return true;
      });
    });

    it('is never replaced by a save', async () => {
      await assert.rejects(saveChanges(location, { upsert: fixtureAnnotations(1, 1) }), MalformedStoreError);
      assert.ok(lstatSync(location.sidecar).isFIFO());
    });

    it('makes annotate and annotations fail with a message naming it', () => {
      for (const run of [cli('annotate', location.paper, '--quote', 'Water rights', '--workspace', workspace), cli('annotations', location.paper, '--workspace', workspace)]) {
        assert.equal(run.status, 1);
        assert.match(run.stderr, /valleys\.txt\.jsonld:1:1: it is a FIFO \(named pipe\), not a regular file/);
      }
    });

    it('is shown by the server as a broken store of the paper', async () => {
      const anchored = await new AnchoredAnnotations().of(pathToFileURL(location.paper).href, PAPER, pathToFileURL(workspace).href);
      assert.match(anchored.storeError?.message ?? '', /FIFO/);
      assert.deepEqual(anchored.statuses, []);
    });
  });

  it('refuses a FIFO given as the paper to annotate', () => {
    const fifo = path.join(workspace, 'pipe.txt');
    mkfifo(fifo);
    const run = cli('annotate', fifo, '--quote', 'Water rights', '--workspace', workspace);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /pipe\.txt: not a regular file \(a pipe, socket or device\)/);
  });

  it('refuses a FIFO where the store lock is, saying so rather than waiting for it', async () => {
    mkfifo(`${location.sidecar}.lock`);
    await assert.rejects(saveChanges(location, { upsert: fixtureAnnotations(1, 1) }), /valleys\.txt\.jsonld\.lock is a FIFO/);
  });

  it('reads a regular file and refuses a device or a folder', async () => {
    assert.equal((await readRegularFile(location.paper)).toString('utf8'), PAPER);
    await assert.rejects(readRegularFile('/dev/null'), (error: unknown) => error instanceof NotRegularFileError && /is a device/.test(error.message));
    await assert.rejects(readRegularFile(workspace), /is a folder, not a regular file/);
  });

  it('leaves a read-only store as it is and says how to save into it', async () => {
    await saveChanges(location, { upsert: fixtureAnnotations(1, 1) });
    chmodSync(location.sidecar, 0o444);
    const before = readFileSync(location.sidecar, 'utf8');
    await assert.rejects(saveChanges(location, { upsert: fixtureAnnotations(2, 1) }), /valleys\.txt\.jsonld is read-only, so the annotations were not saved.*make the file writable/);
    assert.equal(readFileSync(location.sidecar, 'utf8'), before);
    assert.equal(statSync(location.sidecar).mode & 0o777, 0o444);
    const run = cli('annotate', location.paper, '--quote', 'two valleys', '--workspace', workspace);
    assert.equal(run.status, 1);
    assert.match(run.stderr, /is read-only/);
    chmodSync(location.sidecar, 0o644);
    assert.equal((await saveChanges(location, { upsert: fixtureAnnotations(2, 1) })).length, 2);
  });

  it('stores a paper whose name starts with two dots, as it lies inside the workspace', async () => {
    const dotted = locatePaper(workspace, path.join(workspace, '..notes.txt'));
    assert.equal(dotted.relativePath, '..notes.txt');
    assert.equal(dotted.sidecar, path.join(workspace, '.annotations', '..notes.txt.jsonld'));
    assert.throws(() => locatePaper(workspace, path.join(workspace, '..', 'outside.txt')), /not inside the workspace folder/);
    writeFileSync(path.join(workspace, '..notes.txt'), PAPER);
    const run = cli('annotate', path.join(workspace, '..notes.txt'), '--quote', 'a century', '--workspace', workspace);
    assert.equal(run.status, 0, run.stderr);
  });
});
