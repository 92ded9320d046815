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

  it('references prints the entries as CSL-JSON, and says what is wrong with a missing file', () => {
    const r = run('references', 'corpus/author-date-apa.txt');
    assert.strictEqual(r.code, 0, r.stderr);
    const items = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
    assert.strictEqual(items.length, 17, 'one item per entry of the reference list');
    assert.deepStrictEqual(items[0], {
      id: 'Adeyemi2015Trust',
      'citation-key': 'Adeyemi2015Trust',
      type: 'article-journal',
      author: [{ family: 'Adeyemi', given: 'T. O.' }],
      issued: { 'date-parts': [[2015]] },
      title: 'Trust without treaties: Technical cooperation in the Nile Basin Initiative',
      volume: '8',
      issue: '2',
      'container-title': 'Journal of African Environmental Policy',
      page: '101-124',
    });
    const missing = run('references', 'corpus/absent.txt');
    assert.strictEqual(missing.code, 2);
    assert.match(missing.stderr, /corpus\/absent\.txt: no such file/);
  });

  it('references --format bibtex and ris write the entries for reference managers, and a bad format says which there are', () => {
    const bib = run('references', 'corpus/author-date-apa.txt', '--format', 'bibtex');
    assert.strictEqual(bib.code, 0, bib.stderr);
    assert.strictEqual(bib.stdout.match(/^@\w+\{/gm)?.length, 17);
    assert.match(bib.stdout, /^@article\{Adeyemi2015Trust,\n\tauthor = \{Adeyemi, T\. O\.\},\n\tjournal = \{Journal of African Environmental Policy\},$/m);
    const ris = run('references', 'corpus/author-date-apa.txt', '--format', 'ris');
    assert.strictEqual(ris.stdout.match(/^TY {2}- /gm)?.length, 17);
    assert.match(ris.stdout, /^TI {2}- Trust without treaties: Technical cooperation in the Nile Basin Initiative$/m);
    const bad = run('references', 'corpus/author-date-apa.txt', '--format', 'endnote');
    assert.strictEqual(bad.code, 2);
    assert.match(bad.stderr, /--format endnote: give one of bibtex, csl-json, ris\./);
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

  describe('a folder with bad files in it', () => {
    let dir: string;
    const CITED = 'Dunes move inland (Ashworth, 2004).\n\nReferences\n\nAshworth, T. (2004). Sand. Shore Press.\n';

    beforeEach(() => {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sl-cli-bad-'));
      fs.writeFileSync(path.join(dir, 'good.txt'), CITED);
      // Windows-1252: è is the byte 0xE8; the citation names an author the list does not hold.
      fs.writeFileSync(path.join(dir, 'latin.txt'), Buffer.from('Rivers rise in spring (Lef\xe8vre, 2003).\n\nReferences\n\nBarre, C. (1999). Waters of the plain. Seuil.\n', 'latin1'));
      fs.writeFileSync(path.join(dir, 'scan.md'), Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x07]));
      // Just under 1.2 MB of text.
      fs.writeFileSync(path.join(dir, 'long.txt'), CITED.repeat(30_000).slice(0, Math.floor(1.2 * 1024 * 1024)));
      fs.symlinkSync('itself.txt', path.join(dir, 'itself.txt'));
      fs.mkdirSync(path.join(dir, 'inner'));
      fs.symlinkSync('..', path.join(dir, 'inner', 'back'));
    });

    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

    it('summary goes on past them, lists each with what to do on stderr, and exits 2', () => {
      const r = run('summary', dir, '--json', '--max-mb', '1');
      assert.strictEqual(r.code, 2);
      const rows = JSON.parse(r.stdout) as Array<{ paper: string; citations: number; resolved: number }>;
      assert.deepStrictEqual(rows.map((x) => [path.basename(x.paper), x.citations, x.resolved]), [
        ['good.txt', 1, 1],
        ['latin.txt', 1, 0],
      ]);
      const shown = (name: string) => path.join(dir, name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      assert.match(r.stderr, new RegExp(`^scholarly-lens: warning: ${shown('latin.txt')} is not valid UTF-8; read it as Windows-1252\\.`, 'm'));
      assert.match(r.stderr, new RegExp(`^scholarly-lens: ${shown('scan.md')}: this is a binary file, not a text paper`, 'm'));
      assert.match(r.stderr, new RegExp(`^scholarly-lens: ${shown('long.txt')}: 1\\.2 MB, over the 1 MB limit, so it is not analysed\\. If it is a paper, raise the limit with --max-mb 2\\.$`, 'm'));
      assert.match(r.stderr, new RegExp(`^scholarly-lens: ${shown('itself.txt')}: symlink loop: following its links leads back to itself\\.`, 'm'));
      assert.match(r.stderr, new RegExp(`^scholarly-lens: ${shown(path.join('inner', 'back'))}: symlink loop: this folder leads back to `, 'm'));
      assert.match(r.stderr, /^scholarly-lens: 4 files could not be analysed \(listed above\)\.$/m);
      assert.doesNotMatch(r.stderr, /no such file/);
    });

    it('check prints the problems of the good papers, decoded, and exits 2 even with --exit-zero', () => {
      const r = run('check', dir, '--exit-zero');
      assert.strictEqual(r.code, 2);
      assert.match(r.stdout, /latin\.txt:1:24: warning: No entry for Lefèvre 2003 in the reference list\. \[unresolved-citation\]$/m);
      // Within the default 20 MB, the long paper is checked too.
      assert.match(r.stdout, /^3 papers checked, 1 problem found\.$/m);
      assert.match(r.stderr, /scan\.md: this is a binary file/);
      assert.match(r.stderr, /^scholarly-lens: 3 files could not be analysed/m);
      assert.doesNotMatch(r.stderr, /long\.txt/);
    });

    it('names a symlink loop given on the command line as such, not as a missing file', () => {
      const r = run('check', path.join(dir, 'itself.txt'), path.join(dir, 'good.txt'));
      assert.strictEqual(r.code, 2);
      assert.match(r.stdout, /^1 paper checked, 0 problems found\.$/m);
      assert.match(r.stderr, /itself\.txt: symlink loop: following its links leads back to itself\. Fix or remove the link\.$/m);
      assert.doesNotMatch(r.stderr, /no such file/);
    });
  });

  it('refuses a size limit that is no positive number', () => {
    const r = run('check', 'corpus', '--max-mb', 'lots');
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /--max-mb lots: give a size in MB greater than 0/);
  });
});

