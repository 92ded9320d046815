import * as assert from 'node:assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { analysePaper, Paper } from '../../server/src/analysis';
import { sameWork } from '../../server/src/analysis/sameWork';
import { WorkspaceIndex } from '../../server/src/workspace/workspaceIndex';
import { definition } from '../../server/src/features/definition';
import { GLOSSARY_REQUEST, glossaryMarkdown } from '../../server/src/features/glossary';
import { hover } from '../../server/src/features/hover';
import { references } from '../../server/src/features/references';
import { workspaceSymbols } from '../../server/src/features/workspaceSymbols';

const REFERENCES = [
  '',
  'References',
  '',
  '- Brenner, K. & Osei, P. (2019). River treaties and their keepers. *Journal of Basin Studies*. 12 (2), 101-130.',
  '- Lindqvist, A. (2011). Ports of the north. Bergen: Fjord Press.',
];

/** Paper A expands AFC, defines a term and cites Brenner & Osei. */
const PAPER_A = [
  'Ferry quotas are set by the Arctic Fisheries Council (AFC) every spring (Brenner & Osei, 2019).',
  '',
  'The AFC is an intergovernmental body founded in 1961 to share fish stocks.',
  '',
  'Its method has been called *tidal bargaining*: each fleet gives up a season to gain a harbour. Tidal bargaining spread (Lindqvist, 2011).',
  ...REFERENCES,
].join('\n');

/** Paper B uses AFC without expanding it, uses the term, and cites the same work with a shortened title. */
const PAPER_B = [
  'Northern fleets answer to the AFC, as Brenner and Osei (2019) show.',
  '',
  'Tidal bargaining has reached the canals.',
  '',
  'References',
  '',
  '- Brenner, K., & Osei, P. (2019). River treaties and their keepers: Law on the water. Journal of Basin Studies, 12(2), 101–130.',
].join('\n');

function offsetOf(p: Paper, needle: string, nth = 1): number {
  let at = -1;
  for (let i = 0; i < nth; i++) at = p.text.indexOf(needle, at + 1);
  if (at === -1) throw new Error(`"${needle}" not in the paper`);
  return at + 1;
}

describe('the workspace index', function () {
  this.timeout(10_000);
  let dir: string;
  let index: WorkspaceIndex;
  let open: Map<string, Paper>;
  const uriOf = (name: string) => pathToFileURL(path.join(dir, name)).toString();

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scholarly-index-'));
    fs.writeFileSync(path.join(dir, 'a.txt'), PAPER_A);
    fs.mkdirSync(path.join(dir, 'more'));
    fs.writeFileSync(path.join(dir, 'more', 'b.md'), PAPER_B);
    fs.mkdirSync(path.join(dir, 'node_modules'));
    fs.writeFileSync(path.join(dir, 'node_modules', 'skip.txt'), PAPER_A);
    fs.writeFileSync(path.join(dir, 'data.json'), '{}');
    open = new Map();
    index = new WorkspaceIndex({ openPaper: (uri) => open.get(uri) ?? null, openUris: () => [...open.keys()] });
    index.setFolders({ workspaceFolders: [{ uri: pathToFileURL(dir).toString() }] });
    await index.indexAll();
  });

  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('indexes the .txt and .md papers of the folders and skips dependency folders and other files', () => {
    assert.deepStrictEqual(index.refs().map((r) => r.name), ['a.txt', 'b.md']);
  });

  it('reports progress from first file to last', async () => {
    const seen: string[] = [];
    fs.writeFileSync(path.join(dir, 'c.txt'), 'A third paper.');
    await index.indexAll({ begin: (n) => seen.push(`begin ${n}`), report: (d, n) => seen.push(`${d}/${n}`), done: () => seen.push('done') });
    assert.deepStrictEqual(seen, ['begin 3', '1/3', '2/3', '3/3', 'done']);
  });

  it('resolves a short form that a paper never expands to its expansion in another paper, and says so', () => {
    const b = index.refs().find((r) => r.name === 'b.md')!;
    const scope = { uri: b.uri, registry: index.registry() };
    const shown = hover(b.paper, offsetOf(b.paper, 'AFC'), scope)!;
    const value = (shown.contents as { value: string }).value;
    assert.match(value, /Arctic Fisheries Council/);
    assert.match(value, /Not expanded in this paper; AFC is expanded in a\.txt \(line 1\)/);
    assert.match(value, /intergovernmental body founded in 1961/);
    const target = definition(b.uri, b.paper, offsetOf(b.paper, 'AFC'), scope)!;
    assert.deepStrictEqual(target.map((l) => [path.basename(l.uri), l.range.start.line]), [['a.txt', 0]]);
  });

  it('says when a paper uses a short form before it expands it', () => {
    const p = analysePaper('The AFC sets quotas.\n\nThe Arctic Fisheries Council (AFC) was founded in 1961.');
    const value = (hover(p, 5, { uri: 'file:///early.txt', registry: index.registry() })!.contents as { value: string }).value;
    assert.match(value, /Used here before this paper expands it on line 3 \(a\.txt expands it on line 1\)/);
  });

  it('finds every mention of an organisation and every use of a term across the workspace', () => {
    const a = index.refs().find((r) => r.name === 'a.txt')!;
    const scope = { uri: a.uri, registry: index.registry() };
    const mentions = references(a.uri, a.paper, offsetOf(a.paper, 'AFC', 2), false, scope)!;
    assert.deepStrictEqual(mentions.map((l) => `${path.basename(l.uri)}:${l.range.start.line}`), ['a.txt:0', 'a.txt:0', 'a.txt:2', 'b.md:0']);
    const uses = references(a.uri, a.paper, offsetOf(a.paper, 'Tidal bargaining'), false, scope)!;
    assert.deepStrictEqual(uses.map((l) => `${path.basename(l.uri)}:${l.range.start.line}`), ['a.txt:4', 'a.txt:4', 'b.md:2']);
  });

  it('recognises a term defined in another paper and points to both places', () => {
    const b = index.refs().find((r) => r.name === 'b.md')!;
    const scope = { uri: b.uri, registry: index.registry() };
    const value = (hover(b.paper, offsetOf(b.paper, 'Tidal'), scope)!.contents as { value: string }).value;
    assert.match(value, /each fleet gives up a season to gain a harbour/);
    assert.match(value, /defined in a\.txt, line 5/);
    const targets = definition(b.uri, b.paper, offsetOf(b.paper, 'Tidal'), scope)!;
    assert.deepStrictEqual(targets.map((l) => `${path.basename(l.uri)}:${l.range.start.line}`), ['b.md:2', 'a.txt:4']);
  });

  it('says where else the same work is cited (same authors, year, similar title)', () => {
    const a = index.refs().find((r) => r.name === 'a.txt')!;
    const value = (hover(a.paper, offsetOf(a.paper, 'Brenner & Osei'), { uri: a.uri, registry: index.registry() })!.contents as { value: string }).value;
    assert.match(value, /Also cited in b\.md\./);
    const other = (hover(a.paper, offsetOf(a.paper, 'Lindqvist, 2011'), { uri: a.uri, registry: index.registry() })!.contents as { value: string }).value;
    assert.doesNotMatch(other, /Also cited in/);
  });

  it('updates one file when it changes and forgets it when it is deleted', async () => {
    const b = uriOf(path.join('more', 'b.md'));
    fs.writeFileSync(path.join(dir, 'more', 'b.md'), 'The Baltic Grain Union (BGU) now sets the quotas.');
    const future = new Date(Date.now() + 5000);
    fs.utimesSync(path.join(dir, 'more', 'b.md'), future, future);
    await index.update(b);
    const updated = index.refs().find((r) => r.uri === b)!;
    assert.ok(updated.paper.organisations.some((o) => o.abbreviation === 'BGU'));
    assert.strictEqual(index.registry().expansions('BGU').length, 1);
    index.remove(b);
    assert.deepStrictEqual(index.refs().map((r) => r.name), ['a.txt']);
  });

  it('prefers an open document in its editor version to the file on disk', () => {
    const a = uriOf('a.txt');
    open.set(a, analysePaper('The Salt Road Board (SRB) has replaced everything.'));
    const refs = index.refs();
    assert.strictEqual(refs.filter((r) => r.uri === a).length, 1);
    assert.ok(refs.find((r) => r.uri === a)!.paper.organisations.some((o) => o.abbreviation === 'SRB'));
    assert.strictEqual(index.registry().expansions('AFC').length, 0);
  });

  it('answers workspace symbols for terms, organisations and reference entries', () => {
    const names = (q: string) => workspaceSymbols(index.refs(), q).map((s) => `${s.name} @ ${s.containerName}`);
    assert.ok(names('tidal').includes('tidal bargaining @ a.txt'), names('tidal').join(' | '));
    assert.ok(names('AFC').some((n) => n.startsWith('Arctic Fisheries Council (AFC) @ a.txt')), names('AFC').join(' | '));
    assert.ok(names('Lindqvist').some((n) => n.endsWith('@ a.txt')), names('Lindqvist').join(' | '));
    assert.deepStrictEqual(names('zzzq'), []);
  });

  it('writes a glossary with each term and abbreviation, its definition and links to where it stands', () => {
    assert.strictEqual(GLOSSARY_REQUEST, 'scholarly/glossary');
    const md = glossaryMarkdown(index.registry());
    assert.match(md, /^# Glossary of the workspace/);
    assert.match(md, /### tidal bargaining\n\n> each fleet gives up a season to gain a harbour/);
    assert.match(md, /### AFC — Arctic Fisheries Council/);
    assert.ok(md.includes(`](${uriOf('a.txt')}#L5)`), 'links to the defining line');
    assert.ok(md.includes(`[b.md](${uriOf(path.join('more', 'b.md'))}#L`), 'links to the uses in another paper');
  });
});

describe('the same work in two reference lists', () => {
  const entry = (line: string) => analysePaper(['Text (Anon, 2000).', '', 'References', '', line].join('\n')).references[0];

  it('matches the same authors and year with a similar title, not a different work', () => {
    const a = entry('- Brenner, K. & Osei, P. (2019). River treaties and their keepers. *Journal of Basin Studies*.');
    const b = entry('- Brenner, K., & Osei, P. (2019). River treaties and their keepers: Law on the water. Journal of Basin Studies.');
    const c = entry('- Brenner, K. & Osei, P. (2019). Glaciers and their limits. *Ice Review*.');
    const d = entry('- Brenner, K. & Osei, P. (2020). River treaties and their keepers. *Journal of Basin Studies*.');
    assert.ok(a && b && c && d);
    assert.ok(sameWork(a, b));
    assert.ok(!sameWork(a, c));
    assert.ok(!sameWork(a, d));
  });
});
