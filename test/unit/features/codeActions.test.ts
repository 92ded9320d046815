import * as assert from 'node:assert';
import { CodeActionKind } from 'vscode-languageserver';
import { cancelled, FixtureSession, notCancelled, useFixtures } from '../fixture';

/** The quick fixes offered at the marked citation for the diagnostic there. */
async function fixesAtMark(s: FixtureSession, token = notCancelled) {
  const { range } = s.fixture.ranges[0];
  const diagnostics = (await s.service.computeDiagnostics(s.document, notCancelled)).filter((d) => d.range.start.line === range.start.line);
  const actions = await s.service.getCodeActions(s.document, range, { diagnostics }, token);
  return { diagnostics, actions };
}

describe('code actions', () => {
  const open = useFixtures();

  const references = `
    References

    - Garrow, M. & Penn, T. (2010). Hedges. Truro: Lane Press.
    - Ives, D. (2006a). Fields. Truro: Lane Press.
    - Ives, D. (2006b). Furrows. Truro: Lane Press.
  `;

  it('rewrites a misspelt author to the listed entry, as the preferred fix for its diagnostic', async () => {
    const s = await open(`
      %! a.txt
      Hedges bound the fields (Garow & Penn, 2010).
                               ^^^^^^^^^^^^^^^^^^
      ${references}
    `);
    const { diagnostics, actions } = await fixesAtMark(s);
    assert.deepStrictEqual(actions, [
      {
        title: "Replace with 'Garrow & Penn, 2010' (Garrow, M. & Penn, T. (2010))",
        kind: CodeActionKind.QuickFix,
        isPreferred: true,
        diagnostics,
        edit: { changes: { [s.document.uri]: [{ range: s.fixture.ranges[0].range, newText: 'Garrow & Penn, 2010' }] } },
      },
    ]);
  });

  it('offers each candidate of an ambiguous year, none preferred (which letter was meant is a guess)', async () => {
    const s = await open(`
      %! a.txt
      Fields were enclosed (Ives, 2006).
                            ^^^^^^^^^^
      ${references}
    `);
    const { actions } = await fixesAtMark(s);
    assert.deepStrictEqual(
      actions.map((a) => [a.edit?.changes?.[s.document.uri][0].newText, a.isPreferred]),
      [['Ives, 2006a', false], ['Ives, 2006b', false]],
    );
  });

  it('fixes a year that does not match the listed entry', async () => {
    const s = await open(`
      %! a.txt
      Hedges bound the fields (Garrow & Penn, 2011).
                               ^^^^^^^^^^^^^^^^^^^
      ${references}
    `);
    const { diagnostics, actions } = await fixesAtMark(s);
    assert.deepStrictEqual(diagnostics.map((d) => d.code), ['year-mismatch']);
    assert.deepStrictEqual(actions.map((a) => a.edit?.changes?.[s.document.uri][0].newText), ['Garrow & Penn, 2010']);
    assert.strictEqual(actions[0].isPreferred, true, 'the year alone differs');
  });

  it('offers nothing for a resolved citation, for one with no candidate, or when cancelled', async () => {
    const s = await open(`
      %! a.txt
      Hedges bound the fields (Garrow & Penn, 2010) and (Quarry, 1990).
                               ^^^^^^^^^^^^^^^^^^^       ^^^^^^^^^^^^
      ${references}
    `);
    const [resolved, unknown] = s.fixture.ranges;
    const diagnostics = await s.service.computeDiagnostics(s.document, notCancelled);
    assert.deepStrictEqual(await s.service.getCodeActions(s.document, resolved.range, { diagnostics }, notCancelled), []);
    assert.deepStrictEqual(await s.service.getCodeActions(s.document, unknown.range, { diagnostics }, notCancelled), []);
    const misspelt = await open(`
      %! a.txt
      Hedges bound the fields (Garow & Penn, 2010).
                               ^^^^^^^^^^^^^^^^^^
      ${references}
    `);
    assert.deepStrictEqual((await fixesAtMark(misspelt, cancelled)).actions, []);
  });
});
