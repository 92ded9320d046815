import * as assert from 'node:assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'dist', 'cli.js');

function run(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('scholarly-lens CLI', () => {
  it('check prints path:line:col: severity: message [code] and exits 1 on warnings', () => {
    const r = run('check', 'corpus/author-date-apa.txt');
    assert.strictEqual(r.code, 1);
    assert.match(r.stdout, /^corpus\/author-date-apa\.txt:32:407: warning: No entry for Hadad 2017 — did you mean Haddad, R\. \(2017\)\? \[unresolved-citation\]$/m);
  });

  it('check exits 0 on a clean paper', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sl-cli-'));
    const file = path.join(dir, 'clean.txt');
    fs.writeFileSync(file, 'Rivers unite (Smith, 2010).\n\nReferences\n\nSmith, J. (2010). Water. Press.\n');
    assert.strictEqual(run('check', file).code, 0);
  });

  it('summary --json gives counts per paper for a whole folder', () => {
    const r = run('summary', 'corpus', '--json');
    assert.strictEqual(r.code, 0);
    const rows = JSON.parse(r.stdout) as Array<{ paper: string; citations: number; unresolved: number; notes: number }>;
    assert.deepStrictEqual(rows.map((x) => path.basename(x.paper)).sort(), [
      'author-date-apa.txt',
      'numbered-notes.txt',
      'numeric-brackets.md',
      'surname-year-page.txt',
    ]);
    const notes = rows.find((x) => x.paper.endsWith('numbered-notes.txt'))!;
    assert.strictEqual(notes.notes, 26);
  });

  it('says clearly what is wrong with a missing path, a binary file and an unknown command', () => {
    const missing = run('check', 'no/such/paper.txt');
    assert.strictEqual(missing.code, 2);
    assert.match(missing.stderr, /no\/such\/paper\.txt: no such file or folder/);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sl-cli-'));
    const binary = path.join(dir, 'scan.txt');
    fs.writeFileSync(binary, Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3]));
    const b = run('summary', binary);
    assert.strictEqual(b.code, 2);
    assert.match(b.stderr, /binary file, not a text paper/);
    assert.doesNotMatch(b.stderr, /\n\s+at /);
    assert.match(run('frobnicate', 'corpus').stderr, /unknown command 'frobnicate'/);
  });
});
