import * as assert from 'node:assert';
import { CompletionItem } from 'vscode-languageserver';
import { findKeyCitations } from '../../../server/src/analysis/citations/keyCitations';
import { notCancelled, useFixtures } from '../fixture';
import { diagnosticMessages, LIBRARY_BIB as BIB } from './libraryFixtures';

describe('citations by key (Pandoc)', () => {
  const open = useFixtures();

  it('reads bracketed, in-text, author-suppressed and braced keys, with their locators, and no e-mail address', () => {
    const text = 'As [see @marsh2016, pp. 12-14; -@lee2020] and @lee2020 [p. 3] show, write to ann@example.org or @{odd key}.';
    assert.deepStrictEqual(
      findKeyCitations(text).map((k) => [text.slice(k.span.start, k.span.end), k.key, k.bracketed, k.locator]),
      [
        ['@marsh2016', 'marsh2016', true, 'pp. 12-14'],
        ['-@lee2020', 'lee2020', true, null],
        ['@lee2020', 'lee2020', false, null],
        ['@{odd key}', 'odd key', false, null],
      ],
    );
  });

  it("hovers a key with its work in the reader's library, and goes to its line in the .bib", async () => {
    const s = await open(`
      %! draft.md
      Berths are shared [@marsh2016, p. 4].
                          |
      ${BIB}
    `);
    const hover = await s.service.getHover(s.document, s.position, notCancelled);
    const value = (hover?.contents as { value: string }).value;
    assert.match(value, /^\*\*Marsh, Tully \(2016\)\.\*\* \*Berths and Bargains\*\n\nKey `marsh2016` in \[refs\.bib\]/);
    assert.match(value, /Cited here: p\. 4/);
    const bibUri = s.fixture.files.find((f) => f.name.endsWith('refs.bib'))!.uri;
    assert.deepStrictEqual(await s.service.getDefinition(s.document, s.position, notCancelled), [{ uri: bibUri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }]);
  });

  it('flags a key the library lacks in a manuscript that cites it, with the closest key as the preferred fix', async () => {
    const s = await open(`
      %! draft.md
      Berths are shared [@marsh2016] and tides turn [@lee2002].
                                                      |
      ${BIB}
    `);
    const diagnostics = await s.service.computeDiagnostics(s.document, notCancelled);
    assert.deepStrictEqual(diagnostics.map((d) => [d.message, d.code, d.range.start.character]), [["No work in your library has the key 'lee2002' — did you mean 'lee2020'?", 'unresolved-citation', 47]]);
    const range = { start: s.position, end: s.position };
    const [fix] = await s.service.getCodeActions(s.document, range, { diagnostics }, notCancelled);
    assert.strictEqual(fix.title, "Replace with 'lee2020'");
    assert.strictEqual(fix.isPreferred, true);
    assert.deepStrictEqual(fix.edit?.changes?.[s.document.uri], [{ range: { start: { line: 0, character: 48 }, end: { line: 0, character: 55 } }, newText: 'lee2020' }]);
  });

  it('flags every key in a manuscript whose front matter names a bibliography, though none is in the library', async () => {
    const s = await open(`
      %! draft.md
      ---
      bibliography: library/refs.bib
      ---
      Tides turn [@lee2002].
      ${BIB}
    `);
    assert.deepStrictEqual(await diagnosticMessages(s), ["No work in your library has the key 'lee2002' — did you mean 'lee2020'?"]);
  });

  it('says nothing of an "@" in a document that cites nothing of the library', async () => {
    const s = await open(`
      %! README.md
      Install @types/node and ask @octocat; see [@nobody].
      ${BIB}
    `);
    assert.deepStrictEqual(await s.service.computeDiagnostics(s.document, notCancelled), []);
  });

  it('completes keys of the library after "@"', async () => {
    const s = await open(`
      %! draft.md
      Berths are shared [@ma
                            |
      ${BIB}
    `);
    const items: CompletionItem[] = await s.service.getCompletionItems(s.document, s.position, notCancelled);
    assert.deepStrictEqual(items.map((i) => [i.label, i.detail]), [['marsh2016', 'Marsh, Tully 2016']]);
  });
});
