import * as assert from 'node:assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const CLI = path.resolve(__dirname, '../../../dist/cli.js');

function run(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const NAMES = ['Arden', 'Bellamy', 'Corvin', 'Dunmore', 'Elster', 'Fairlie', 'Garrow', 'Hollis', 'Ingram', 'Jessop', 'Kerrow', 'Lathan', 'Marden'];

/** Paper n cites n works of which the last is missing from its list (n ≥ 2: a text with no list is no paper to check). */
function paper(n: number): string {
  const cited = NAMES.slice(0, n).map((name, k) => `Lanterns were kept on pier ${k + 1} (${name}, ${2000 + k}).`);
  const listed = NAMES.slice(0, n - 1).map((name, k) => `${name}, R. (${2000 + k}). Lantern keeping on pier ${k + 1}. Shore Press.`);
  return `${cited.join(' ')}\n\nReferences\n\n${listed.join('\n')}\n`;
}

describe('scholarly-lens check and summary over many files', () => {
  let folder: string;
  let cacheDir: string;
  const PAPERS = 12;

  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sl-cli-many-'));
    cacheDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sl-cli-cache-')), 'made-by-the-cli');
    for (let n = 1; n <= PAPERS; n++) fs.writeFileSync(path.join(folder, `p${String(n).padStart(2, '0')}.txt`), paper(n + 1));
  });

  afterEach(() => {
    fs.rmSync(folder, { recursive: true, force: true });
    fs.rmSync(path.dirname(cacheDir), { recursive: true, force: true });
  });

  it('gives one row per file in the order of the files, the same with the cache and from it', () => {
    const plain = run('summary', folder, '--json');
    assert.strictEqual(plain.code, 0, plain.stderr);
    const rows = JSON.parse(plain.stdout) as Array<{ paper: string; citations: number; unresolved: number }>;
    assert.deepStrictEqual(rows.map((r) => path.basename(r.paper)), Array.from({ length: PAPERS }, (_, k) => `p${String(k + 1).padStart(2, '0')}.txt`));
    assert.deepStrictEqual(rows.map((r) => r.unresolved), Array(PAPERS).fill(1));
    const filling = run('summary', folder, '--json', '--cache', cacheDir);
    const fromCache = run('summary', '--cache', cacheDir, folder, '--json');
    assert.strictEqual(filling.stdout, plain.stdout);
    assert.strictEqual(fromCache.stdout, plain.stdout);
    const [kind] = fs.readdirSync(cacheDir);
    assert.match(kind, /^cli-summary-/);
    assert.strictEqual(fs.readdirSync(path.join(cacheDir, kind)).length, PAPERS);
  });

  it('check reports the same problems from a damaged cache, with a warning about it', () => {
    const plain = run('check', folder);
    assert.strictEqual(plain.code, 1);
    assert.match(plain.stdout, new RegExp(`^${PAPERS} papers checked, ${PAPERS} problems found\\.$`, 'm'));
    run('check', folder, '--cache', cacheDir);
    const [kind] = fs.readdirSync(cacheDir);
    const [first] = fs.readdirSync(path.join(cacheDir, kind));
    fs.writeFileSync(path.join(cacheDir, kind, first), 'torn');
    const damaged = run('check', folder, '--cache', cacheDir);
    assert.strictEqual(damaged.stdout, plain.stdout);
    assert.match(damaged.stderr, /ignored the damaged cache file .*; it will be written again/);
  });

  it('goes on past bad files read by the workers, and lists them at the end with exit code 2', () => {
    fs.writeFileSync(path.join(folder, 'b-binary.txt'), Buffer.from([0x50, 0x00, 0x51, 0x00, 0x00, 0x01]));
    fs.writeFileSync(path.join(folder, 'c-large.txt'), 'x'.repeat(2 * 1024 * 1024));
    const r = run('summary', folder, '--json', '--max-mb', '1');
    assert.strictEqual(r.code, 2, r.stderr);
    const rows = JSON.parse(r.stdout) as Array<{ paper: string }>;
    assert.strictEqual(rows.length, PAPERS, 'every good paper has its row');
    assert.match(r.stderr, /b-binary\.txt: .*binary/);
    assert.match(r.stderr, /c-large\.txt: 2 MB, over the 1 MB limit/);
    assert.match(r.stderr, /2 files could not be analysed/);
  });

  it('says what --cache needs when it has no folder', () => {
    const r = run('summary', folder, '--cache');
    assert.strictEqual(r.code, 2);
    assert.match(r.stderr, /--cache needs a folder: --cache DIR/);
  });
});
