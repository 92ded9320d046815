import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from './lspClient';

const PAPER = 'Harbour fees rose sharply (Ilunga, 2015).\n\nReferences\nIlunga, M. (2015). Dock accounts. Coastline Press.\n';
const AT_CITATION = { line: 0, character: 30 };
/** More papers than Node's file pool has threads (four), each with a FIFO for a store: reading them would stall every file read. */
const PIPED_PAPERS = 6;

describe('annotation stores that are FIFOs (over stdio)', function () {
  this.timeout(30_000);
  let folder: string;
  let client: LspClient;
  const uriOf = (name: string) => pathToFileURL(path.join(folder, name)).href;

  before(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'scholarly-fifo-'));
    fs.mkdirSync(path.join(folder, '.annotations'));
    for (let i = 0; i < PIPED_PAPERS; i++) {
      fs.writeFileSync(path.join(folder, `piped-${i}.txt`), PAPER);
      execFileSync('mkfifo', [path.join(folder, '.annotations', `piped-${i}.txt.jsonld`)]);
    }
    fs.writeFileSync(path.join(folder, 'plain.txt'), PAPER);
    client = await LspClient.start(uriOf(''));
    for (let i = 0; i < PIPED_PAPERS; i++) client.open(uriOf(`piped-${i}.txt`), PAPER);
  });

  after(async () => {
    await client.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('warns on each such paper that its store is no regular file', async () => {
    for (let i = 0; i < PIPED_PAPERS; i++) {
      const diagnostics = await client.diagnosticsFor(uriOf(`piped-${i}.txt`));
      const store = diagnostics.find((d) => d.code === 'annotation-store-unreadable');
      assert.match(store?.message ?? '', new RegExp(`piped-${i}\\.txt\\.jsonld:1:1: it is a FIFO \\(named pipe\\), not a regular file`));
    }
  });

  it('keeps answering requests on those papers and on others', async () => {
    for (let i = 0; i < PIPED_PAPERS; i++) {
      const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri: uriOf(`piped-${i}.txt`) }, position: AT_CITATION });
      assert.match(hover?.contents.value ?? '', /Dock accounts/);
    }
    client.open(uriOf('plain.txt'), PAPER);
    const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument: { uri: uriOf('plain.txt') }, position: AT_CITATION });
    assert.match(hover?.contents.value ?? '', /Dock accounts/);
    assert.deepEqual(await client.diagnosticsFor(uriOf('plain.txt')), []);
  });
});
