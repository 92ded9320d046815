import * as assert from 'node:assert';
import { Diagnostic, DiagnosticSeverity, DiagnosticTag } from 'vscode-languageserver';
import { DiagnosticCode } from '../../../server/src/analysis';
import { cancelled, notCancelled, useFixtures } from '../fixture';

function summary(diagnostics: Diagnostic[]) {
  return diagnostics.map((d) => ({ code: d.code, severity: d.severity, range: d.range }));
}

describe('diagnostics', () => {
  const open = useFixtures();

  const paper = `
    %! a.txt
    Nets were mended in winter (Lowry, 2002) and (Lowry, 2003) and (Nye, 2011).¹ Also (Lowry & Sand, 1997).³ Again (Lowry, 2002).
                                                  ^^^^^^^^^^^       ^^^^^^^^^                              ^

    ¹ In the net lofts.
    ² A note nobody calls.
    ^^^^^^^^^^^^^^^^^^^^^^

    References

    - Lowry, B. (2002). Nets. Hull: Trawl Press.
    - Lowry, B. & Sand, C. (1997). Lofts. Hull: Trawl Press.
    - Ueda, F. (2009). Keels. Hull: Trawl Press.
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  `;

  // Unused entries are reported only in a paper with five citations or more.
  it('reports each problem with its code and default severity', async () => {
    const s = await open(paper);
    const [misdated, unknown, missingNote, uncitedNote, unusedEntry] = s.fixture.ranges.map((l) => l.range);
    const found = await s.service.computeDiagnostics(s.document, notCancelled);
    assert.deepStrictEqual(summary(found), [
      { code: DiagnosticCode.YearMismatch, severity: DiagnosticSeverity.Warning, range: misdated },
      { code: DiagnosticCode.UnresolvedCitation, severity: DiagnosticSeverity.Warning, range: unknown },
      { code: DiagnosticCode.MissingNote, severity: DiagnosticSeverity.Warning, range: missingNote },
      { code: DiagnosticCode.UnusedReference, severity: DiagnosticSeverity.Hint, range: unusedEntry },
      { code: DiagnosticCode.UncitedNote, severity: DiagnosticSeverity.Hint, range: uncitedNote },
    ]);
    assert.ok(found.every((d) => d.source === 'scholarly-lens'));
    assert.deepStrictEqual(found.filter((d) => d.tags?.includes(DiagnosticTag.Unnecessary)).map((d) => d.code), [DiagnosticCode.UnusedReference, DiagnosticCode.UncitedNote]);
  });

  it('points an ambiguous citation to each candidate entry', async () => {
    const s = await open(`
      %! a.txt
      Nets were mended in winter (Lowry, 2002).
                                  ^^^^^^^^^^^

      References

      - Lowry, B. (2002a). Nets. Hull: Trawl Press.
      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
      - Lowry, B. (2002b). Lofts. Hull: Trawl Press.
      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
    `);
    const [citation, ...candidates] = s.fixture.ranges;
    const [ambiguous] = await s.service.computeDiagnostics(s.document, notCancelled);
    assert.deepStrictEqual([ambiguous.code, ambiguous.range], [DiagnosticCode.AmbiguousCitation, citation.range]);
    assert.deepStrictEqual(ambiguous.relatedInformation?.map((r) => r.location), candidates);
  });

  it('reports a note number used twice', async () => {
    const s = await open(`
      %! a.txt
      Nets were mended in winter.¹

      ¹ In the net lofts.
      ¹ On the quay.
      ^^^^^^^^^^^^^^
    `);
    const found = await s.service.computeDiagnostics(s.document, notCancelled);
    assert.deepStrictEqual(summary(found), [{ code: DiagnosticCode.DuplicateNoteNumber, severity: DiagnosticSeverity.Warning, range: s.fixture.ranges[0].range }]);
  });

  it('reports each code at the severity it is set to, and hides the codes set to "off"', async () => {
    const s = await open(paper, {
      settings: (settings) => {
        settings.severity[DiagnosticCode.UnresolvedCitation] = 'error';
        settings.severity[DiagnosticCode.YearMismatch] = 'off';
        settings.severity[DiagnosticCode.UncitedNote] = 'off';
        settings.severity[DiagnosticCode.UnusedReference] = 'information';
      },
    });
    const found = await s.service.computeDiagnostics(s.document, notCancelled);
    assert.deepStrictEqual(
      found.map((d) => [d.code, d.severity]),
      [
        [DiagnosticCode.UnresolvedCitation, DiagnosticSeverity.Error],
        [DiagnosticCode.MissingNote, DiagnosticSeverity.Warning],
        [DiagnosticCode.UnusedReference, DiagnosticSeverity.Information],
      ],
    );
  });

  describe('reports nothing', () => {
    it('for a README-like text', async () => {
      const s = await open(`
        %! README.md
        # Net tools

        Install with npm (needs Node 20), then run the checks [optional].

        ## Usage (quick start)

        1. Open a file.
        2. Press F5 (or Ctrl+F5).
      `);
      assert.deepStrictEqual(await s.service.computeDiagnostics(s.document, notCancelled), []);
    });

    it('when cancelled', async () => {
      const s = await open(paper);
      assert.deepStrictEqual(await s.service.computeDiagnostics(s.document, cancelled), []);
    });

    it('when Scholarly Lens is disabled', async () => {
      const s = await open(paper, { settings: (settings) => (settings.enable = false) });
      assert.deepStrictEqual(await s.service.computeDiagnostics(s.document, notCancelled), []);
    });
  });
});
