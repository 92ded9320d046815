import * as assert from 'node:assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { LspClient } from './lspClient';

interface SymbolInformation {
  name: string;
  containerName?: string;
  location: { uri: string; range: { start: { line: number } } };
}

const EXPANDS = [
  'Quotas are set by the Arctic Fisheries Council (AFC) every spring.',
  '',
  'Its method has been called *tidal bargaining*: each fleet gives up a season to gain a harbour.',
].join('\n');
const USES = 'Northern fleets answer to the AFC, and tidal bargaining reached the canals.';

/** Waits until `probe` gives a value that passes `ok` (the index works in the background). */
async function eventually<T>(probe: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (ok(v) || Date.now() > deadline) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('the workspace over stdio: index, workspace symbols, glossary, cross-paper hover', function () {
  this.timeout(20_000);
  let dir: string;
  let client: LspClient;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scholarly-ws-'));
    fs.writeFileSync(path.join(dir, 'expands.txt'), EXPANDS);
    fs.writeFileSync(path.join(dir, 'uses.txt'), USES);
    client = await LspClient.start(pathToFileURL(dir).toString());
  });

  after(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('finds terms and organisations of papers that are not open (Ctrl+T)', async () => {
    const symbols = await eventually(
      () => client.request<SymbolInformation[]>('workspace/symbol', { query: 'tidal' }),
      (s) => s.length > 0,
    );
    assert.deepStrictEqual(symbols.map((s) => [s.name, s.containerName, s.location.range.start.line]), [['tidal bargaining', 'expands.txt', 2]]);
    const orgs = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'AFC' });
    assert.ok(orgs.some((s) => s.name === 'Arctic Fisheries Council (AFC)' && s.containerName === 'expands.txt'), JSON.stringify(orgs));
  });

  it('answers scholarly/glossary with Markdown for the whole workspace', async () => {
    const md = await client.request<string>('scholarly/glossary', {});
    assert.match(md, /### tidal bargaining/);
    assert.match(md, /### AFC — Arctic Fisheries Council/);
  });

  it('hovers a short form that an open paper never expands with its expansion in another paper', async () => {
    const uri = pathToFileURL(path.join(dir, 'uses.txt')).toString();
    client.open(uri, USES);
    await client.diagnosticsFor(uri);
    const hover = await client.request<{ contents: { value: string } }>('textDocument/hover', {
      textDocument: { uri },
      position: { line: 0, character: USES.indexOf('AFC') + 1 },
    });
    assert.match(hover.contents.value, /Arctic Fisheries Council/);
    assert.match(hover.contents.value, /expanded in expands\.txt/);
    const term = await client.request<Array<{ uri: string; range: { start: { line: number } } }>>('textDocument/definition', {
      textDocument: { uri },
      position: { line: 0, character: USES.indexOf('tidal') + 1 },
    });
    assert.deepStrictEqual(term.map((l) => [path.basename(l.uri), l.range.start.line]), [['uses.txt', 0], ['expands.txt', 2]]);
  });
});
