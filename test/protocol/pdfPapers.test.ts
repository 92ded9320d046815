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

  it('offers no edit on a PDF paper, which is read-only, and says the fix in the diagnostic instead', async () => {
    const result = await client.request<PdfTextResult>(PDF_TEXT_REQUEST, { uri: fileUri });
    assert.ok(!('error' in result));
    const uri = fileUri.replace(/^file:/, `${PDF_PAPER_SCHEME}:`).replace('estuary.pdf', 'estuary-copy.pdf');
    const text = result.text.replace('show [2].', 'show [2] (Okafr, 2019).');
    client.open(uri, text);
    const found = (await client.diagnosticsFor(uri)).find((d) => /Okafr/.test(d.message));
    assert.ok(found, 'no diagnostic on the misspelt citation');
    assert.match(found.message, /did you mean/);
    const actions = await client.request<unknown[]>('textDocument/codeAction', { textDocument: { uri }, range: found.range, context: { diagnostics: [found] } });
    assert.deepStrictEqual(actions, []);
  });

  it('says what is wrong with a file that is no PDF, and the server goes on', async () => {
    const result = await client.request<PdfTextResult>(PDF_TEXT_REQUEST, { uri: pathToFileURL(path.join(dir, 'page.pdf')).href });
    assert.deepStrictEqual(result, { error: 'not a PDF (it is HTML or XML)' });
    assert.ok(!('error' in (await client.request<PdfTextResult>(PDF_TEXT_REQUEST, { uri: fileUri }))));
  });
});

describe('PDF papers in the workspace index', () => {
  let dir: string;
  let client: LspClient;
  const NOTES = [
    'Reeds hold the bank where the current is slow [1], as dredging logs [2] and ferry accounts [3] agree.',
    '',
    'References',
    '',
    '1. Okafor B. Reeds of the lower river. Delta Notes. 2019;7:1-9.',
    '2. Aydin S. Dredging the inner bay. Port Studies. 2008;3:44-51.',
    '3. Moreau J. Ferries of the long shore. Coastal Letters. 2014;9:2-6.',
    '',
  ].join('\n');
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sl-pdf-index-'));
    fs.writeFileSync(path.join(dir, 'estuary.pdf'), pdfPaper());
    fs.writeFileSync(path.join(dir, 'notes.txt'), NOTES);
    client = await LspClient.start(pathToFileURL(dir).href, null, { initializationOptions: { storagePath: path.join(dir, '.storage') } });
  });
  after(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const hoverAt = async (uri: string, text: string, needle: string): Promise<string> => {
    const at = text.indexOf(needle);
    const before = text.slice(0, at).split('\n');
    const h = await client.request<Hover>('textDocument/hover', { textDocument: { uri }, position: { line: before.length - 1, character: before[before.length - 1].length } });
    return (h?.contents as MarkupContent | undefined)?.value ?? '';
  };

  it('reads a PDF of the folders like a text paper, and a PDF open as a paper stands in for it rather than beside it', async () => {
    const notesUri = pathToFileURL(path.join(dir, 'notes.txt')).href;
    client.open(notesUri, NOTES);
    const deadline = Date.now() + 20_000;
    let hover = '';
    while (!/Also cited in estuary\.pdf/.test(hover) && Date.now() < deadline) {
      hover = await hoverAt(notesUri, NOTES, '[1]');
      await new Promise((r) => setTimeout(r, 200));
    }
    assert.match(hover, /Also cited in estuary\.pdf\./);
    const pdfUri = pathToFileURL(path.join(dir, 'estuary.pdf')).href;
    const result = await client.request<PdfTextResult>(PDF_TEXT_REQUEST, { uri: pdfUri });
    assert.ok(!('error' in result));
    const docUri = pdfUri.replace(/^file:/, `${PDF_PAPER_SCHEME}:`);
    client.open(docUri, result.text);
    const own = await hoverAt(docUri, result.text, '[2]');
    assert.match(own, /Also cited in notes\.txt\./);
    assert.doesNotMatch(own, /estuary\.pdf/);
  });
});
