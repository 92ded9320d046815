import * as assert from 'node:assert';
import { CancellationToken, Hover, Location, MarkupContent } from 'vscode-languageserver';
import { analysePaper, sameWork } from '../../server/src/analysis';
import { createLanguageService, IScholarlyLanguageService } from '../../server/src/service/languageService';
import { InMemoryWorkspace } from '../../server/src/workspace/inMemoryWorkspace';
import { defaultSettings } from '../../server/src/service/settings';
import { LogLevel } from '../../server/src/logging';
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

const FOLDER = 'file:///papers';
const A = `${FOLDER}/a.txt`;
const B = `${FOLDER}/more/b.md`;
const none = CancellationToken.None;

/** The position of the `nth` occurrence of `needle`, one character in. */
function positionOf(text: string, needle: string, nth = 1) {
  let at = -1;
  for (let i = 0; i < nth; i++) at = text.indexOf(needle, at + 1);
  if (at === -1) throw new Error(`"${needle}" not in the paper`);
  const before = text.slice(0, at + 1).split('\n');
  return { line: before.length - 1, character: before[before.length - 1].length };
}

const valueOf = (h: Hover | null) => (h!.contents as MarkupContent).value;
const where = (locations: Location[] | null) => locations!.map((l) => `${l.uri.slice(l.uri.lastIndexOf('/') + 1)}:${l.range.start.line}`);

describe('the workspace index', () => {
  let workspace: InMemoryWorkspace;
  let service: IScholarlyLanguageService;
  let errors: string[];

  beforeEach(async () => {
    workspace = new InMemoryWorkspace([FOLDER], { [A]: PAPER_A, [B]: PAPER_B, 'file:///elsewhere/c.txt': PAPER_A, [`${FOLDER}/data.json`]: '{}' });
    errors = [];
    const logger = { log: (level: LogLevel, message: string) => void (level === LogLevel.Error && errors.push(message)) };
    // The papers here are a few lines each: features show in every document.
    service = createLanguageService({ workspace, settings: { settingsFor: async () => ({ ...defaultSettings(), showIn: 'everyDocument' }) }, logger });
    await service.indexWorkspace();
  });

  afterEach(() => {
    service.dispose();
    assert.deepStrictEqual(errors, []);
  });

  const hoverAt = (uri: string, text: string, needle: string, nth = 1) => service.getHover(workspace.openDocument(uri, text), positionOf(text, needle, nth), none);

  it('indexes the papers of the folders only, and reports progress from first file to last', async () => {
    const seen: string[] = [];
    workspace.writeFile(`${FOLDER}/c.txt`, 'The Baltic Grain Union (BGU) meets in spring.');
    await service.indexWorkspace({ begin: (n) => seen.push(`begin ${n}`), report: (d, n) => seen.push(`${d}/${n}`), done: () => seen.push('done') });
    assert.deepStrictEqual(seen, ['begin 3', '1/3', '2/3', '3/3', 'done']);
    const symbols = await service.getWorkspaceSymbols('', none);
    assert.deepStrictEqual([...new Set(symbols.map((s) => s.containerName))].sort(), ['a.txt', 'b.md', 'c.txt']);
  });

  it('resolves a short form that a paper never expands to its expansion in another paper, and says so', async () => {
    const value = valueOf(await hoverAt(B, PAPER_B, 'AFC'));
    assert.match(value, /Arctic Fisheries Council/);
    assert.match(value, /Not expanded in this paper; AFC is expanded in a\.txt \(line 1\)/);
    assert.match(value, /intergovernmental body founded in 1961/);
    const doc = workspace.openDocument(B, PAPER_B);
    assert.deepStrictEqual(where(await service.getDefinition(doc, positionOf(PAPER_B, 'AFC'), none)), ['a.txt:0']);
  });

  it('says when a paper uses a short form before it expands it', async () => {
    const early = 'The AFC sets quotas.\n\nThe Arctic Fisheries Council (AFC) was founded in 1961.';
    assert.match(valueOf(await hoverAt('file:///early.txt', early, 'AFC')), /Used here before this paper expands it on line 3 \(a\.txt expands it on line 1\)/);
  });

  it('finds every mention of an organisation and every use of a term across the workspace', async () => {
    const doc = workspace.openDocument(A, PAPER_A);
    const mentions = await service.getReferences(doc, positionOf(PAPER_A, 'AFC', 2), { includeDeclaration: false }, none);
    assert.deepStrictEqual(where(mentions), ['a.txt:0', 'a.txt:0', 'a.txt:2', 'b.md:0']);
    const uses = await service.getReferences(doc, positionOf(PAPER_A, 'Tidal bargaining'), { includeDeclaration: false }, none);
    assert.deepStrictEqual(where(uses), ['a.txt:4', 'a.txt:4', 'b.md:2']);
  });

  it('recognises a term defined in another paper and points to both places', async () => {
    const value = valueOf(await hoverAt(B, PAPER_B, 'Tidal'));
    assert.match(value, /each fleet gives up a season to gain a harbour/);
    assert.match(value, /defined in a\.txt, line 5/);
    const doc = workspace.openDocument(B, PAPER_B);
    assert.deepStrictEqual(where(await service.getDefinition(doc, positionOf(PAPER_B, 'Tidal'), none)), ['b.md:2', 'a.txt:4']);
  });

  it('says where else the same work is cited (same authors, year, similar title)', async () => {
    assert.match(valueOf(await hoverAt(A, PAPER_A, 'Brenner & Osei')), /Also cited in b\.md\./);
    assert.doesNotMatch(valueOf(await hoverAt(A, PAPER_A, 'Lindqvist, 2011')), /Also cited in/);
  });

  it('updates one file when it changes and forgets it when it is deleted', async () => {
    workspace.writeFile(B, 'The Baltic Grain Union (BGU) now sets the quotas.');
    await service.indexWorkspace();
    assert.ok((await service.getWorkspaceSymbols('BGU', none)).some((s) => s.name === 'Baltic Grain Union (BGU)'));
    workspace.deleteFile(B);
    const left = await service.getWorkspaceSymbols('', none);
    assert.deepStrictEqual([...new Set(left.map((s) => s.containerName))], ['a.txt']);
  });

  it('prefers an open document in its editor version to the file on disk, and goes back to the file once it is closed', async () => {
    workspace.openDocument(A, 'The Salt Road Board (SRB) has replaced everything.');
    assert.ok((await service.getWorkspaceSymbols('SRB', none)).some((s) => s.containerName === 'a.txt'));
    const afcIn = async () => (await service.getWorkspaceSymbols('AFC', none)).map((s) => s.containerName);
    assert.deepStrictEqual(await afcIn(), ['b.md']);
    workspace.closeDocument(A);
    assert.deepStrictEqual(await service.getWorkspaceSymbols('SRB', none), []);
    assert.deepStrictEqual(await afcIn(), ['a.txt', 'b.md']);
  });

  it('answers workspace symbols for terms, organisations and reference entries', async () => {
    const names = async (q: string) => (await service.getWorkspaceSymbols(q, none)).map((s) => `${s.name} @ ${s.containerName}`);
    assert.ok((await names('tidal')).includes('tidal bargaining @ a.txt'));
    assert.ok((await names('AFC')).some((n) => n.startsWith('Arctic Fisheries Council (AFC) @ a.txt')));
    assert.ok((await names('Lindqvist')).some((n) => n.endsWith('@ a.txt')));
    assert.deepStrictEqual(await names('zzzq'), []);
  });

  it('writes a glossary with each term and abbreviation, its definition and links to where it stands', async () => {
    const md = await service.getGlossary(none);
    assert.match(md, /^# Glossary of the workspace/);
    assert.match(md, /### tidal bargaining\n\n> each fleet gives up a season to gain a harbour/);
    assert.match(md, /### AFC — Arctic Fisheries Council/);
    assert.ok(md.includes(`](${A}#L5)`), 'links to the defining line');
    assert.ok(md.includes(`[b.md](${B}#L`), 'links to the uses in another paper');
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

  it('goes by the DOI when both entries print one, whatever the styles make of the names and titles', () => {
    const a = entry('- Brenner, K. & Osei, P. (2019). River treaties and their keepers. *Journal of Basin Studies*. https://doi.org/10.5555/basin.2019.4');
    const b = entry('- K. Brenner-Osei, "River treaties," J. Basin Stud., 2019, doi:10.5555/BASIN.2019.4.');
    const c = entry('- Brenner, K., & Osei, P. (2019). River treaties and their keepers. Journal of Basin Studies. https://doi.org/10.5555/basin.2019.5');
    assert.ok(a && b && c);
    assert.ok(sameWork(a, b), 'one DOI, in two cases');
    assert.ok(!sameWork(a, c), 'two DOIs are two works, however alike the rest');
  });
});
