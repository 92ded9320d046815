import * as assert from 'node:assert/strict';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { runAnnotate, runAnnotations } from '../../../server/src/cli/annotations';

const PAPER = [
  'Regional security in Central Asia',
  '',
  'The Shanghai Cooperation Organisation (SCO) was founded in 2001. The SCO charter',
  'commits members to mutual trust. Critics say the SCO does little.',
  '',
].join('\n');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs a subcommand in this process, capturing what it prints. */
async function capture(command: (args: string[]) => Promise<number>, args: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const { log, error } = console;
  console.log = (...parts: unknown[]) => void out.push(parts.join(' '));
  console.error = (...parts: unknown[]) => void err.push(parts.join(' '));
  try {
    const code = await command(args);
    return { code, stdout: out.join('\n'), stderr: err.join('\n') };
  } finally {
    console.log = log;
    console.error = error;
  }
}

describe('annotate and annotations subcommands', () => {
  let workspace: string;
  let paper: string;
  const annotate = (...args: string[]) => capture(runAnnotate, [paper, '--workspace', workspace, ...args]);
  const list = (...args: string[]) => capture(runAnnotations, [paper, '--workspace', workspace, ...args]);

  beforeEach(async () => {
    workspace = await mkdtemp(path.join(tmpdir(), 'scholarly-lens-cli-'));
    paper = path.join(workspace, 'papers', 'security.txt');
    await mkdir(path.dirname(paper));
    await writeFile(paper, PAPER);
  });

  afterEach(async () => {
    await rm(workspace, { recursive: true, force: true });
  });

  it('adds an annotation and lists it as anchored with its range', async () => {
    const added = await annotate('--quote', 'mutual trust', '--note', 'Core principle', '--tag', 'charter', '--tag', 'norms');
    assert.equal(added.code, 0, added.stderr);
    assert.match(added.stdout, /security\.txt:4:20 “mutual trust”/);

    const listed = await list('--json');
    assert.equal(listed.code, 0, listed.stderr);
    const json = JSON.parse(listed.stdout);
    assert.equal(json.paper, 'papers/security.txt');
    assert.equal(json.annotations.length, 1);
    const [annotation] = json.annotations;
    const start = PAPER.indexOf('mutual trust');
    assert.equal(annotation.status, 'anchored');
    assert.equal(annotation.quote, 'mutual trust');
    assert.equal(annotation.note, 'Core principle');
    assert.deepEqual(annotation.tags, ['charter', 'norms']);
    assert.deepEqual(annotation.range, { start, end: start + 12, startLine: 4, startColumn: 20, endLine: 4, endColumn: 32 });
    assert.ok(await readFile(path.join(workspace, '.annotations', 'papers', 'security.txt.jsonld'), 'utf8'));
  });

  it('fails clearly when the quote is absent or ambiguous, and --occurrence picks one', async () => {
    const absent = await annotate('--quote', 'NATO');
    assert.equal(absent.code, 1);
    assert.match(absent.stderr, /the quote “NATO” does not occur in/);

    const ambiguous = await annotate('--quote', 'SCO');
    assert.equal(ambiguous.code, 1);
    assert.match(ambiguous.stderr, /occurs 3 times .* \(at 3:40, 3:70, 4:50\)\. Add --occurrence <1-3>/);

    const outOfRange = await annotate('--quote', 'SCO', '--occurrence', '4');
    assert.equal(outOfRange.code, 2);
    assert.match(outOfRange.stderr, /give a number from 1 to 3/);

    assert.equal((await annotate('--quote', 'SCO', '--occurrence', '2', '--note', 'the charter')).code, 0);
    const [annotation] = JSON.parse((await list('--json')).stdout).annotations;
    assert.equal(annotation.range.start, PAPER.indexOf('SCO charter'));
  });

  it('finds a quote typed on one line across the line breaks of the paper', async () => {
    const added = await annotate('--quote', 'The SCO charter commits members', '--json');
    assert.equal(added.code, 0, added.stderr);
    const { range } = JSON.parse(added.stdout);
    assert.equal(PAPER.slice(range.start, range.end), 'The SCO charter\ncommits members');
  });

  it('lists an annotation whose passage was removed from the paper as orphaned', async () => {
    await annotate('--quote', 'Critics say the SCO does little.');
    await writeFile(paper, PAPER.replace('Critics say the SCO does little.', 'Later work disagrees.'));
    const listed = await list('--json');
    const [annotation] = JSON.parse(listed.stdout).annotations;
    assert.equal(annotation.status, 'orphaned');
    assert.equal(annotation.range, null);
    assert.equal(annotation.quote, 'Critics say the SCO does little.');
    const human = await list();
    assert.match(human.stdout, /1 annotation, 1 orphaned/);
    assert.match(human.stdout, /orphaned +“Critics say the SCO does little\.”/);
  });

  it('refuses to touch a malformed store and says where it is broken', async () => {
    const store = path.join(workspace, '.annotations', 'papers', 'security.txt.jsonld');
    await mkdir(path.dirname(store), { recursive: true });
    await writeFile(store, '{\n  "type": "AnnotationCollection",\n  "total": 1\n  "first": {}\n}\n');
    const added = await annotate('--quote', 'mutual trust');
    assert.equal(added.code, 1);
    assert.match(added.stderr, /security\.txt\.jsonld:4:3: invalid JSON: expected ',' or a closing bracket/);
    assert.ok(!added.stderr.includes('    at '), 'no stack trace');
    assert.equal((await list()).code, 1);
    assert.equal(await readFile(store, 'utf8'), '{\n  "type": "AnnotationCollection",\n  "total": 1\n  "first": {}\n}\n');
  });

  it('finds the workspace from an existing .annotations folder above the paper', async () => {
    await mkdir(path.join(workspace, '.annotations'));
    const added = await capture(runAnnotate, [paper, '--quote', 'mutual trust']);
    assert.equal(added.code, 0, added.stderr);
    assert.ok(await readFile(path.join(workspace, '.annotations', 'papers', 'security.txt.jsonld'), 'utf8'));
  });

  it('explains usage mistakes with exit code 2', async () => {
    const noQuote = await annotate();
    assert.equal(noQuote.code, 2);
    assert.match(noQuote.stderr, /--quote "<exact text>" is required/);
    const unknown = await annotate('--quote', 'SCO', '--colour', 'red');
    assert.equal(unknown.code, 2);
    const missing = await capture(runAnnotations, [path.join(workspace, 'missing.txt')]);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /missing\.txt: no such file or folder/);
  });
});
