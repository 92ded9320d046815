import * as assert from 'node:assert';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pdfPaper } from './pdfPaper';
import { writePdf } from './pdfWriter';

const CLI = path.resolve(__dirname, '../../../dist/cli.js');

function run(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('scholarly-lens CLI on PDF papers', () => {
  let dir: string;
  let paper: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sl-pdf-'));
    paper = path.join(dir, 'estuary.pdf');
    fs.writeFileSync(paper, pdfPaper());
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('extract prints the text without the running header, with the superscript note call, and --json adds the page map', () => {
    const text = run('extract', paper);
    assert.strictEqual(text.code, 0, text.stderr);
    assert.match(text.stdout, /every tide¹, and the/);
    assert.doesNotMatch(text.stdout, /Journal of Estuary Studies/);
    assert.strictEqual(text.stderr, '');
    const json = JSON.parse(run('extract', '--json', paper).stdout) as { text: string; pages: Array<{ number: number; start: number; end: number }> };
    assert.strictEqual(json.text, text.stdout);
    assert.deepStrictEqual(json.pages.map((p) => p.number), [1, 2]);
    assert.ok(json.text.slice(json.pages[1].start).includes('References'));
  });

  it('summary and check read a folder with a PDF: its note call and numeric citations resolve', () => {
    const summary = JSON.parse(run('summary', '--json', dir).stdout) as Array<Record<string, number | string>>;
    assert.strictEqual(summary.length, 1);
    assert.strictEqual(summary[0].citations, 4);
    assert.strictEqual(summary[0].resolved, 4);
    assert.strictEqual(summary[0].notes, 1);
    assert.strictEqual(run('check', paper).code, 0);
  });

  it('says what is wrong with an HTML page saved as .pdf, a scan without text and an encrypted PDF, and exits 2', () => {
    const html = path.join(dir, 'bad', 'page.pdf');
    fs.mkdirSync(path.dirname(html));
    fs.writeFileSync(html, '<!DOCTYPE html><html><body>Not found</body></html>');
    fs.writeFileSync(path.join(dir, 'bad', 'scan.pdf'), writePdf([{ texts: [], drawing: '0 0 m 100 100 l S' }]));
    fs.writeFileSync(path.join(dir, 'bad', 'locked.pdf'), writePdf([{ texts: [{ text: 'Secret tides.', x: 72, y: 100 }] }], { encryptedWithPassword: true }));
    const r = run('check', path.join(dir, 'bad'));
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /page\.pdf: not a PDF \(it is HTML or XML\)\./);
    assert.match(r.stderr, /scan\.pdf: no text layer: run OCR first\./);
    assert.match(r.stderr, /locked\.pdf: encrypted PDF: open it with its password and save an unprotected copy\./);
    const missing = run('extract', path.join(dir, 'absent.pdf'));
    assert.strictEqual(missing.code, 2);
    assert.match(missing.stderr, /absent\.pdf: no such file or folder/);
  });
});

describe('the PDF paper fixture', () => {
  // The end-to-end suite opens this file in VS Code; it is what the test helper writes.
  it('is the PDF the test helper writes (regenerate test/fixtures/pdf/estuary.pdf from pdfPaper() when that changes)', () => {
    const committed = fs.readFileSync(path.resolve(__dirname, '../../../test/fixtures/pdf/estuary.pdf'));
    assert.ok(Buffer.from(pdfPaper()).equals(committed));
  });
});
