import * as assert from 'node:assert/strict';
import { LspClient } from './lspClient';

const URI = 'untitled:line-breaks.txt';
const TEXT = 'Preface.\nAs argued (Ovando, 1999).\n\nReferences\nOvando, L. (1999). Salt roads. Mesa Press.\n';

describe('incremental edits that make a "\\r\\n" (over stdio)', function () {
  this.timeout(20_000);
  let client: LspClient;

  before(async () => {
    client = await LspClient.start();
    client.open(URI, TEXT);
  });
  after(() => client.stop());

  it('puts the next edit where the editor made it, after a "\\r" typed before a "\\n"', async () => {
    const insert = (version: number, line: number, character: number, text: string) =>
      client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri: URI, version },
        contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text }],
      });
    await insert(2, 0, 8, '\r');
    await insert(3, 1, 0, 'Q');
    // The server's text is now "Preface.\r\nQAs argued (Ovando, 1999)...": the citation is on line 1, one column further in.
    const citations = await client.request<Array<{ text: string; range: { start: { line: number; character: number } } }>>('scholarly/citations', { textDocument: { uri: URI } });
    assert.deepEqual(
      citations.map((c) => [c.text, c.range.start]),
      [['Ovando, 1999', { line: 1, character: 12 }]],
    );
  });
});
