import * as assert from 'node:assert/strict';
import { ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import {
  MalformedStoreError,
  PaperLocation,
  describePaper,
  listAnnotatedPapers,
  locatePaper,
  readStore,
  saveChanges,
  serialiseStore,
  withNoteAndTags,
} from '../../../server/src/protocol/annotations';
import { fixtureAnnotations } from './storeFixtures';

const WRITER = path.join(__dirname, 'storeWriterProcess.js');

function startWriter(mode: 'big' | 'add', location: PaperLocation, series: number, count: number): ChildProcess {
  return spawn(process.execPath, [WRITER, mode, location.workspaceFolder, location.paper, String(series), String(count)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function waitForLine(child: ChildProcess, line: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.split('\n').includes(line)) resolve();
    });
    child.on('exit', () => reject(new Error(`writer exited before printing "${line}"`)));
  });
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode);
    else child.on('exit', (code) => resolve(code));
  });
}

async function stderrOf(child: ChildProcess): Promise<string> {
  let text = '';
  child.stderr!.on('data', (chunk: Buffer) => (text += chunk.toString()));
  await exited(child);
  return text;
}

describe('annotation store', function () {
  this.timeout(120_000);
  let workspace: string;
  let location: PaperLocation;

  beforeEach(async () => {
    workspace = await mkdtemp(path.join(tmpdir(), 'scholarly-lens-store-'));
    location = locatePaper(workspace, path.join(workspace, 'corpus', 'paper one.md'));
  });

  afterEach(async () => {
    await rm(workspace, { recursive: true, force: true });
  });

  it('keeps each paper in .annotations/<path relative to the workspace folder>.jsonld', async () => {
    assert.equal(location.sidecar, path.join(workspace, '.annotations', 'corpus', 'paper one.md.jsonld'));
    assert.equal(location.relativePath, 'corpus/paper one.md');
    assert.equal(describePaper(location).sourceIri, '../../corpus/paper%20one.md');
    assert.throws(() => locatePaper(workspace, path.join(tmpdir(), 'elsewhere.md')), /not inside the workspace folder/);
    await saveChanges(location, { upsert: fixtureAnnotations(1, 1) });
    const listed = await listAnnotatedPapers(workspace);
    assert.deepEqual(listed, [location]);
  });

  it('reads a missing store as empty and does not create one for nothing', async () => {
    assert.deepEqual((await readStore(location.sidecar)).annotations, []);
    await saveChanges(location, { remove: ['urn:uuid:none'] });
    await assert.rejects(readFile(location.sidecar), { code: 'ENOENT' });
  });

  it('merges by id: two windows with stale copies keep each other’s annotations', async () => {
    const [a, b, c] = fixtureAnnotations(1, 3);
    await saveChanges(location, { upsert: [a] });
    // Window two never saw `a`; it adds `b`. Window one, unaware of `b`, adds `c` and edits `a`.
    await saveChanges(location, { upsert: [b] });
    const editedA = withNoteAndTags(a, { note: 'edited in window one', tags: [] }, new Date(Date.UTC(2025, 0, 1)));
    await saveChanges(location, { upsert: [c, editedA] });
    const stored = (await readStore(location.sidecar)).annotations;
    assert.deepEqual(stored.map((annotation) => annotation.id), [a.id, b.id, c.id]);
    assert.equal(stored[0].note, 'edited in window one');

    // A stale copy of `a` (modified earlier) does not undo the later edit; a removal does remove.
    await saveChanges(location, { upsert: [a], remove: [b.id] });
    const after = (await readStore(location.sidecar)).annotations;
    assert.deepEqual(after.map((annotation) => annotation.note), ['edited in window one', c.note]);
  });

  it('never overwrites a malformed store, and says where it is broken', async () => {
    await saveChanges(location, { upsert: fixtureAnnotations(1, 2) });
    const broken = (await readFile(location.sidecar, 'utf8')).replace('"type": "TextQuoteSelector",', '"type": "TextQuoteSelector"');
    await writeFile(location.sidecar, broken);
    const lineOfBreak = broken.slice(0, broken.indexOf('"type": "TextQuoteSelector"')).split('\n').length + 1;

    await assert.rejects(readStore(location.sidecar), (error: unknown) => {
      assert.ok(error instanceof MalformedStoreError);
      assert.equal(error.file, location.sidecar);
      assert.equal(error.line, lineOfBreak);
      return true;
    });
    await assert.rejects(saveChanges(location, { upsert: fixtureAnnotations(2, 1) }), MalformedStoreError);
    await assert.rejects(saveChanges(location, { remove: [fixtureAnnotations(1, 1)[0].id] }), MalformedStoreError);
    assert.equal(await readFile(location.sidecar, 'utf8'), broken);
    const leftovers = (await readdir(path.dirname(location.sidecar))).filter((name) => name !== path.basename(location.sidecar));
    assert.deepEqual(leftovers, [], 'no lock or temporary file left behind');
  });

  it('loses nothing when two processes add annotations to the same store at once', async () => {
    const writers = [startWriter('add', location, 1, 25), startWriter('add', location, 2, 25)];
    const errors = await Promise.all(writers.map(stderrOf));
    assert.deepEqual(errors, ['', '']);
    assert.deepEqual(await Promise.all(writers.map(exited)), [0, 0]);
    const ids = (await readStore(location.sidecar)).annotations.map((annotation) => annotation.id).sort();
    const expected = [...fixtureAnnotations(1, 25), ...fixtureAnnotations(2, 25)].map((annotation) => annotation.id).sort();
    assert.deepEqual(ids, expected);
  });

  it('leaves the old or the new store, never a broken one, when a process is killed while saving', async () => {
    const old = fixtureAnnotations(1, 200);
    await saveChanges(location, { upsert: old });
    const oldText = await readFile(location.sidecar, 'utf8');
    const added = fixtureAnnotations(2, 15_000);
    const newText = serialiseStore([...old, ...added], describePaper(location), (await readStore(location.sidecar)).collection);

    // Time one undisturbed save, then kill writers at moments spread over that time.
    const timed = startWriter('big', location, 2, added.length);
    await waitForLine(timed, 'ready');
    const started = Date.now();
    assert.equal(await exited(timed), 0);
    const saveMs = Date.now() - started;
    assert.equal(await readFile(location.sidecar, 'utf8'), newText);

    const outcomes = { old: 0, new: 0, killedWhileWritingTempFile: 0 };
    const runs = 16;
    for (let run = 0; run < runs; run++) {
      await writeFile(location.sidecar, oldText);
      const writer = startWriter('big', location, 2, added.length);
      await waitForLine(writer, 'ready');
      await new Promise((resolve) => setTimeout(resolve, (saveMs * 1.5 * run) / (runs - 1)));
      writer.kill('SIGKILL');
      await exited(writer);
      const text = await readFile(location.sidecar, 'utf8');
      assert.ok(text === oldText || text === newText, `run ${run}: the store is neither the old nor the new one`);
      outcomes[text === oldText ? 'old' : 'new']++;
      if ((await readdir(path.dirname(location.sidecar))).some((name) => name.endsWith('.tmp'))) outcomes.killedWhileWritingTempFile++;
      await readStore(location.sidecar);
    }
    console.log(`      saving took ${saveMs} ms; outcomes of the kills: ${JSON.stringify(outcomes)}`);
    assert.ok(outcomes.old > 0, `no writer was killed before it finished (saving took ${saveMs} ms)`);

    // A later save takes over the dead writers' lock and clears their temporary files.
    const before = (await readStore(location.sidecar)).annotations.length;
    await saveChanges(location, { upsert: fixtureAnnotations(3, 1) });
    const leftovers = (await readdir(path.dirname(location.sidecar))).filter((name) => name !== path.basename(location.sidecar));
    assert.deepEqual(leftovers, []);
    assert.equal((await readStore(location.sidecar)).annotations.length, before + 1);
  });
});
