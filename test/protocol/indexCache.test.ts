import * as assert from 'node:assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { LspClient, TEST_SETTINGS } from './lspClient';

const PAPERS: Record<string, string> = {
  'dunes.txt': 'The Dune Grazing Compact (DGC) shares the spring pastures between three villages.',
  'marsh.txt': 'Cattle of the marsh follow the DGC, which reached the salt meadows in 1912.',
};

/** Starts the bundled server on the folder with the storage folder, and resolves once it has indexed the workspace. */
async function indexedServer(dir: string, storagePath: string, logs: string[]): Promise<LspClient> {
  const client = await LspClient.start(pathToFileURL(dir).href, TEST_SETTINGS, { initializationOptions: { storagePath }, workDoneProgress: true });
  client.connection.onNotification('window/logMessage', (p: { message: string }) => void logs.push(p.message));
  await new Promise<void>((resolve) => client.connection.onNotification('$/progress', (p: { value: { kind: string } }) => p.value.kind === 'end' && resolve()));
  return client;
}

describe('the bundled server: index worker threads and the index cache in the client\'s storage', function () {
  this.timeout(20_000);
  let dir: string;
  let storage: string;

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scholarly-cache-ws-'));
    storage = fs.mkdtempSync(path.join(os.tmpdir(), 'scholarly-storage-'));
    for (const [name, text] of Object.entries(PAPERS)) fs.writeFileSync(path.join(dir, name), text);
  });

  after(() => {
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(storage, { recursive: true, force: true });
  });

  it('indexes in its workers, caches each paper in the storage folder, and reads the cache on the next start', async () => {
    const logs: string[] = [];
    const first = await indexedServer(dir, storage, logs);
    await first.stop();
    const [cacheFolder] = fs.readdirSync(storage);
    assert.match(cacheFolder, /^paper-summaries-/);
    const cached = fs.readdirSync(path.join(storage, cacheFolder));
    assert.strictEqual(cached.length, 2);
    const written = cached.map((f) => fs.statSync(path.join(storage, cacheFolder, f)).mtimeMs);
    const next = await indexedServer(dir, storage, logs);
    try {
      const uri = pathToFileURL(path.join(dir, 'marsh.txt')).href;
      next.open(uri, PAPERS['marsh.txt']);
      const hover = await next.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: PAPERS['marsh.txt'].indexOf('DGC') + 1 } });
      assert.match(hover!.contents.value, /Dune Grazing Compact/);
    } finally {
      await next.stop();
    }
    assert.deepStrictEqual(cached.map((f) => fs.statSync(path.join(storage, cacheFolder, f)).mtimeMs), written, 'the next start rewrote no cache file');
    assert.deepStrictEqual(logs.filter((m) => /worker|cache/i.test(m)), []);
  });
});
