import * as assert from 'node:assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { LspClient, TEST_SETTINGS } from './lspClient';

const PAPER = path.resolve(__dirname, '../../../corpus/author-date-apa.txt');
const URI = pathToFileURL(PAPER).toString();
const TEXT = fs.readFileSync(PAPER, 'utf8');

describe('size limits and encodings over stdio', function () {
  this.timeout(20_000);

  it('leaves a paper over scholarlyLens.limits.maxAnalysedMB unanalysed and says so through scholarly/paperStatus', async () => {
    const client = await LspClient.start(null, { ...TEST_SETTINGS, limits: { maxAnalysedMB: 0.01 } });
    try {
      client.open(URI, TEXT);
      assert.deepStrictEqual(await client.diagnosticsFor(URI), []);
      assert.deepStrictEqual(await client.request('scholarly/citations', { textDocument: { uri: URI } }), []);
      assert.deepStrictEqual(await client.request('scholarly/paperStatus', { textDocument: { uri: URI } }), {
        notAnalysed: 'Scholarly Lens: paper too large to analyse (0.1 MB > 0.01 MB limit; raise scholarlyLens.limits.maxAnalysedMB)',
      });
    } finally {
      await client.stop();
    }
  });

  it('analyses the same paper within the default limit, with nothing to say about it', async () => {
    const client = await LspClient.start(null, null);
    try {
      client.open(URI, TEXT);
      assert.ok((await client.diagnosticsFor(URI)).length > 0);
      assert.deepStrictEqual(await client.request('scholarly/paperStatus', { textDocument: { uri: URI } }), {});
    } finally {
      await client.stop();
    }
  });

  it('indexes a workspace file in Windows-1252 with a logged warning that names it', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scholarly-1252-'));
    fs.writeFileSync(path.join(dir, 'vieux.txt'), Buffer.from('Its method has been called *p\xeache durable*: each boat rests a season.', 'latin1'));
    const client = await LspClient.start(pathToFileURL(dir).toString());
    const warnings: string[] = [];
    client.connection.onNotification('window/logMessage', (p: { type: number; message: string }) => void (p.type === 2 && warnings.push(p.message)));
    try {
      // The index works in the background; the warning, sent when the file is read, comes before the symbols.
      let symbols: Array<{ name: string }> = [];
      for (let tries = 0; symbols.length === 0 && tries < 200; tries++) {
        await new Promise((r) => setTimeout(r, 50));
        symbols = await client.request('workspace/symbol', { query: 'pêche' });
      }
      assert.deepStrictEqual(symbols.map((s) => s.name), ['pêche durable']);
      assert.deepStrictEqual(warnings, ['Scholarly Lens found that vieux.txt is not valid UTF-8; read it as Windows-1252. If its accents or quotes look wrong, save it as UTF-8.']);
    } finally {
      await client.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
