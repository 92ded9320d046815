import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Hover, Location, MarkupContent } from 'vscode-languageserver';
import { PDF_PAPER_SCHEME, PDF_TEXT_REQUEST, PdfTextResult } from '../../server/src/protocol';
import { pdfPaper } from '../unit/pdfPaper';
import { LspClient } from './lspClient';

describe('a PDF paper over the protocol: its text from the server, then every feature on it', () => {
  let dir: string;
  let client: LspClient;
  let fileUri: string;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sl-pdf-lsp-'));
    const file = path.join(dir, 'estuary.pdf');
    fs.writeFileSync(file, pdfPaper());
    fs.writeFileSync(path.join(dir, 'page.pdf'), '<html><body>Moved</body></html>');
    fileUri = pathToFileURL(file).href;
    client = await LspClient.start(null, null, { initializationOptions: { storagePath: path.join(dir, 'storage') } });
  });
  after(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const positionOf = (text: string, needle: string): { line: number; character: number } => {
    const at = text.indexOf(needle);
    const before = text.slice(0, at).split('\n');
    return { line: before.length - 1, character: before[before.length - 1].length };
  };
  const hoverText = (h: Hover | null): string => (h?.contents as MarkupContent | undefined)?.value ?? '';

  it('hovers the superscript note call with its note and the numeric citation with its entry, each naming the PDF page', async () => {
    const result = await client.request<PdfTextResult>(PDF_TEXT_REQUEST, { uri: fileUri });
    assert.ok(!('error' in result), JSON.stringify(result));
    const uri = fileUri.replace(/^file:/, `${PDF_PAPER_SCHEME}:`);
    client.open(uri, result.text);
    const call = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: positionOf(result.text, '¹') });
    assert.match(hoverText(call), /Measured at spring tides only/);
    assert.match(hoverText(call), /PDF page 1\*$/);
    const cited = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: positionOf(result.text, '[2]') });
    assert.match(hoverText(cited), /Okafor/);
    const entry = await client.request<Location[]>('textDocument/definition', { textDocument: { uri }, position: positionOf(result.text, '[2]') });
    assert.strictEqual(entry[0].uri, uri);
    const onPage2 = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: entry[0].range.start.line, character: 4 } });
    assert.match(hoverText(onPage2), /PDF page 2\*$/);
    assert.deepStrictEqual((await client.diagnosticsFor(uri)).filter((d) => d.severity !== undefined && d.severity <= 2), []);
    // Kept on disk by the PDF's content, so that the next start extracts nothing.
    const cached = fs.readdirSync(path.join(dir, 'storage')).filter((f) => f.startsWith('pdf-text-'));
    assert.strictEqual(cached.length, 1);
    assert.strictEqual(fs.readdirSync(path.join(dir, 'storage', cached[0])).filter((f) => f.endsWith('.bin')).length, 1);
  });

  it('says what is wrong with a file that is no PDF, and the server goes on', async () => {
    const result = await client.request<PdfTextResult>(PDF_TEXT_REQUEST, { uri: pathToFileURL(path.join(dir, 'page.pdf')).href });
    assert.deepStrictEqual(result, { error: 'not a PDF (it is HTML or XML)' });
    assert.ok(!('error' in (await client.request<PdfTextResult>(PDF_TEXT_REQUEST, { uri: fileUri }))));
  });
});
