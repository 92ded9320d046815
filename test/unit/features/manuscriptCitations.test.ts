import * as assert from 'node:assert';
import { notCancelled, useFixtures } from '../fixture';
import { diagnosticMessages, hoverAtCursor, LIBRARY_BIB as BIB } from './libraryFixtures';

const FRONT = '---\n      title: A draft on harbours\n      bibliography: library/refs.bib\n      ---\n';

describe('author-date citations of a manuscript without a reference list, read against the library', () => {
  const open = useFixtures();

  it('resolves parenthetical and narrative citations: the work on hover, its record in the .bib on go-to-definition', async () => {
    const s = await open(`
      %! draft.md
      ${FRONT}
      Tidal flats hold silt (Marsh & Tully, 2016, p. 4), as Okafor et al. (2019) found.
                                                              |
      ${BIB}
    `);
    assert.deepStrictEqual(await s.service.computeDiagnostics(s.document, notCancelled), []);
    assert.match(await hoverAtCursor(s), /^\*\*Okafor, Bell, Ng \(2019\)\.\*\* \*Silt and the City\*\n\nKey `okafor2019` in \[refs\.bib\]/);
    const bibUri = s.fixture.files.find((f) => f.name.endsWith('refs.bib'))!.uri;
    assert.deepStrictEqual(await s.service.getDefinition(s.document, s.position, notCancelled), [{ uri: bibUri, range: { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } } }]);
  });

  it('flags a citation the library lacks, with the work meant as the preferred fix, as in a paper', async () => {
    const s = await open(`
      %! draft.md
      ${FRONT}
      Berths are shared (Marsh & Tully, 2016) and tides turn (Lee, 2002).
                                                               |
      ${BIB}
    `);
    const diagnostics = await s.service.computeDiagnostics(s.document, notCancelled);
    assert.deepStrictEqual(diagnostics.map((d) => [d.message, d.code]), [['No work in your library by Lee 2002 — it has Lee (2020).', 'year-mismatch']]);
    const [fix] = await s.service.getCodeActions(s.document, { start: s.position, end: s.position }, { diagnostics }, notCancelled);
    assert.strictEqual(fix.title, "Replace with 'Lee, 2020' (Lee (2020))");
    assert.strictEqual(fix.isPreferred, true);
    assert.match(await hoverAtCursor(s), /^\*\*Lee 2002\*\* · not in your library\n\nClosest works:\n\n\*\*Lee \(2020\)\.\*\* \*Tides\*/);
  });

  it('offers a misspelt first author its listed spelling', async () => {
    const s = await open(`
      %! draft.md
      ${FRONT}
      Berths are shared (Marhs & Tully, 2016).
      ${BIB}
    `);
    assert.deepStrictEqual(await diagnosticMessages(s), ['No work in your library by Marhs & Tully 2016 — did you mean Marsh, Tully (2016)?']);
  });

  it('reads a manuscript citing the library by key alike, without front matter', async () => {
    const s = await open(`
      %! draft.md
      As [@lee2020] shows, berths are shared (Marsh and Tully 2017).
      ${BIB}
    `);
    assert.deepStrictEqual(await diagnosticMessages(s), ['No work in your library by Marsh & Tully 2017 — it has Marsh, Tully (2016).']);
  });

  it('leaves alone a paper with a reference list of its own, and a document that cites nothing of the library', async () => {
    const paper = await open(`
      %! paper.md
      ${FRONT}
      Berths are shared (Marsh & Tully, 2016) and tides turn (Lee, 2002).

      References

      Marsh, D., & Tully, E. (2016). Berths and bargains. Lane Press.
      ${BIB}
    `);
    const messages = await diagnosticMessages(paper);
    assert.ok(!messages.some((m) => /your library/.test(m)), messages.join('\n'));
    const readme = await open(`
      %! README.md
      Harbour tides (Lee, 2002) were logged by hand.
      ${BIB}
    `);
    assert.deepStrictEqual(await readme.service.computeDiagnostics(readme.document, notCancelled), []);
  });
});
