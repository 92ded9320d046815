import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from './lspClient';

const PAPER = 'Opening remarks (Ferreira-Lund, 2011) and more.\n\nReferences\nFerreira-Lund, T. (2011). Tidal ledgers. Harbour Press.\n';
const AT_CITATION = { line: 0, character: 20 };

/** File URIs from which no local path can be made: fileURLToPath throws on each. */
const UNUSABLE = {
  'an escaped "/"': 'file:///papers/left%2Fright.txt',
  'a host': 'file://archive-host/papers/remote.txt',
  'a broken % escape': 'file:///papers/half%zz.txt',
  'a truncated UTF-8 escape': 'file:///papers/cut%E0%A4.txt',
};

const REQUESTS: Array<[string, object]> = [
  ['textDocument/hover', { position: AT_CITATION }],
  ['textDocument/definition', { position: AT_CITATION }],
  ['textDocument/references', { position: AT_CITATION, context: { includeDeclaration: true } }],
  ['textDocument/documentHighlight', { position: AT_CITATION }],
  ['textDocument/documentSymbol', {}],
  ['textDocument/codeAction', { range: { start: AT_CITATION, end: AT_CITATION }, context: { diagnostics: [] } }],
  ['textDocument/completion', { position: AT_CITATION }],
  ['textDocument/semanticTokens/full', {}],
  ['scholarly/citations', {}],
];

describe('file URIs that name no local path (over stdio)', function () {
  this.timeout(30_000);
  let folder: string;
  let client: LspClient;
  const goodUri = () => pathToFileURL(path.join(folder, 'fine.txt')).href;

  before(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'scholarly-uris-'));
    fs.writeFileSync(path.join(folder, 'fine.txt'), PAPER);
    client = await LspClient.start(pathToFileURL(folder).href);
    for (const uri of Object.values(UNUSABLE)) client.open(uri, PAPER);
    client.open(goodUri(), PAPER);
  });

  after(async () => {
    await client.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  for (const [what, uri] of Object.entries(UNUSABLE)) {
    it(`answers every request on a document whose URI has ${what}, from its text, without an internal error`, async () => {
      for (const [method, params] of REQUESTS) {
        await client.request(method, { textDocument: { uri }, ...params }).catch((error) => assert.fail(`${method} failed: ${error.message}`));
      }
      const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri }, position: AT_CITATION });
      assert.match(hover?.contents.value ?? '', /Tidal ledgers/);
      const symbols = await client.request<Array<{ name: string }>>('textDocument/documentSymbol', { textDocument: { uri } });
      assert.ok(symbols.some((s) => s.name === 'References'));
      assert.deepEqual(await client.diagnosticsFor(uri), []);
    });
  }

  it('still answers on a well-named paper while such documents are open', async () => {
    const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri: goodUri() }, position: AT_CITATION });
    assert.match(hover?.contents.value ?? '', /Tidal ledgers/);
  });
});
