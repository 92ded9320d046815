import * as assert from 'node:assert';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { notCancelled, useFixtures } from '../fixture';
import { hoverAtCursor, PAPER_WITH_LIST, waitUntil } from './libraryFixtures';

const BIB = `
  %! library/refs.bib
  @article{marsh2016,
    author = {Marsh, Delia and Tully, Eamon},
    title = {Berths and Bargains: Towns on the Water},
    journal = {Review of Coastal Towns}, year = 2016, doi = {10.5555/berths},
    abstract = {How harbour towns share their berths.}
  }

  @book{lee2020,
    title = {Tides,
    year = 2020
  }
`;

describe("the reader's library in the workspace", () => {
  const open = useFixtures();

  it("says on a citation's hover that its work is in the reader's .bib, with the key, the DOI and the abstract", async () => {
    const s = await open(`${PAPER_WITH_LIST}\n${BIB}`);
    const value = await hoverAtCursor(s);
    assert.match(value, /In your library: key `marsh2016` \(\[refs\.bib\]\(memory:\/\/\/papers\/library\/refs\.bib#L1\)\) · DOI \[10\.5555\/berths\]\(https:\/\/doi\.org\/10\.5555\/berths\)/);
    assert.match(value, /> How harbour towns share their berths\./);
  });

  it('gives the broken entry of an open .bib as a warning at its line, and drops the note when the file is fixed or gone', async () => {
    const s = await open(`${PAPER_WITH_LIST}\n${BIB}`);
    const bibUri = s.fixture.files.find((f) => f.name.endsWith('refs.bib'))!.uri;
    const bib = s.workspace.openDocument(bibUri, s.fixture.files.find((f) => f.uri === bibUri)!.text);
    const [problem, ...more] = await s.service.computeDiagnostics(bib, notCancelled);
    assert.deepStrictEqual(more, []);
    assert.strictEqual(problem.range.start.line, 7);
    assert.strictEqual(problem.severity, DiagnosticSeverity.Warning);
    assert.strictEqual(problem.code, 'bibliography-problem');
    assert.match(problem.message, /^The entry 'lee2020' cannot be read/);

    const changed: string[] = [];
    s.service.onDidChangeLibrary((uri) => changed.push(uri));
    s.workspace.writeFile(bibUri, '@book{lee2020,\n  author = {Lee, Ann},\n  title = {Tides},\n  year = 2020\n}\n');
    await waitUntil('the rewrite read', () => changed.length > 0);
    assert.deepStrictEqual(await s.service.getLibraryDiagnostics(bibUri), []);
    assert.doesNotMatch(await hoverAtCursor(s), /In your library/, 'marsh2016 left the library with the rewrite');
    s.workspace.deleteFile(bibUri);
    await waitUntil('the deletion seen', () => changed.length > 1);
    assert.deepStrictEqual(changed, [bibUri, bibUri]);
  });

  it('never shows a .bib file among the papers', async () => {
    const s = await open(`${PAPER_WITH_LIST}\n${BIB}`);
    const symbols = await s.service.getWorkspaceSymbols('', notCancelled);
    assert.ok(!symbols.some((sym) => sym.location.uri.endsWith('.bib')), symbols.map((sym) => sym.location.uri).join(', '));
  });
});
