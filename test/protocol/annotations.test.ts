import * as assert from 'node:assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { LspClient } from './lspClient';

const CLI = path.resolve(__dirname, '../../../dist/cli.js');
const PAPER_TEXT = 'Rivers unite basins (Smith, 2010).\n\nThe notion of hydraulic trust is central here.\n\nReferences\n\nSmith, J. (2010). Shared water. River Press.\n';

describe('reader annotations through the language server (for editors other than VS Code)', function () {
  this.timeout(20_000);
  let client: LspClient;
  let workspace: string;
  let paperUri: string;

  before(async () => {
    workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'sl-annot-lsp-'));
    const paper = path.join(workspace, 'paper.txt');
    fs.writeFileSync(paper, PAPER_TEXT);
    const added = spawnSync(process.execPath, [CLI, 'annotate', paper, '--quote', 'hydraulic trust', '--note', 'Compare with basin citizenship', '--tag', 'theory', '--workspace', workspace], { encoding: 'utf8' });
    assert.strictEqual(added.status, 0, added.stderr);
    paperUri = pathToFileURL(paper).href;
    client = await LspClient.start(pathToFileURL(workspace).href);
    client.open(paperUri, PAPER_TEXT);
  });
  after(() => client.stop());

  it('shows the note and tags on hover over the annotated passage', async () => {
    const hover = await client.request<{ contents: { value: string } }>('textDocument/hover', {
      textDocument: { uri: paperUri },
      position: { line: 2, character: 20 },
    });
    assert.match(hover.contents.value, /Compare with basin citizenship/);
    assert.match(hover.contents.value, /theory/);
  });

  it('lists the annotation in the outline', async () => {
    const symbols = await client.request<Array<{ name: string; children?: Array<{ name: string }> }>>('textDocument/documentSymbol', {
      textDocument: { uri: paperUri },
    });
    const group = symbols.find((s) => s.name === 'Annotations');
    assert.deepStrictEqual(group?.children?.map((c) => c.name), ['Compare with basin citizenship']);
  });

  it('warns, with the store file, line and column, when a paper\'s annotation store is broken', async () => {
    const other = path.join(workspace, 'other.txt');
    fs.writeFileSync(other, PAPER_TEXT);
    fs.writeFileSync(path.join(workspace, '.annotations', 'other.txt.jsonld'), '{\n  "type": "AnnotationCollection",,\n}\n');
    const uri = pathToFileURL(other).href;
    client.open(uri, PAPER_TEXT);
    const diagnostics = await client.diagnosticsFor(uri);
    const broken = diagnostics.find((d) => d.code === 'annotation-store-unreadable');
    assert.ok(broken, JSON.stringify(diagnostics));
    assert.match(broken.message, /other\.txt\.jsonld:2:\d+: invalid JSON/);
    assert.match(broken.message, /read-only/);
  });
});
