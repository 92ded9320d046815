import * as assert from 'node:assert';
import { SymbolKind } from 'vscode-languageserver';
import { cancelled, notCancelled, uriOf, useFixtures } from '../fixture';

describe('workspace symbols', () => {
  const open = useFixtures();

  const workspace = `
    %! a.txt
    The orchard pact has been called *root pledging*: a grower lends trees to the parish for a share of the crop.
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
    The Cider Growers Union (CGU) approved it (Vail, 2013).
        ^^^^^^^^^^^^^^^^^^^^^^^^^

    References

    - Vail, R. (2013). Orchards. Hereford: Perry Press.
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
    %! b.txt
    Growers in the valley joined the CGU.
                                     ^^^

    References

    - Vail, R. (2013). Orchards. Hereford: Perry Press.
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  `;

  it('lists the concepts, organisations (a short form by the name another paper expands it to) and reference entries of every paper', async () => {
    const s = await open(workspace);
    const [concept, organisation, entryA, shortFormB, entryB] = s.fixture.ranges;
    const symbols = await s.service.getWorkspaceSymbols('', notCancelled);
    assert.deepStrictEqual(
      symbols.map((x) => [x.name, x.kind, x.containerName]),
      [
        ['root pledging', SymbolKind.Key, 'a.txt'],
        ['Cider Growers Union (CGU)', SymbolKind.Class, 'a.txt'],
        ['Cider Growers Union (CGU)', SymbolKind.Class, 'b.txt'],
        ['Vail, R. (2013)', SymbolKind.Field, 'a.txt'],
        ['Vail, R. (2013)', SymbolKind.Field, 'b.txt'],
      ],
    );
    assert.deepStrictEqual(symbols.map((x) => x.location), [concept, organisation, shortFormB, entryA, entryB]);
  });

  it('keeps the symbols whose name holds the query\'s letters in order', async () => {
    const s = await open(workspace);
    const found = await s.service.getWorkspaceSymbols('cgu', notCancelled);
    assert.deepStrictEqual(found.map((x) => [x.name, x.location.uri]), [['Cider Growers Union (CGU)', uriOf('a.txt')], ['Cider Growers Union (CGU)', uriOf('b.txt')]]);
    assert.deepStrictEqual((await s.service.getWorkspaceSymbols('rt pldg', notCancelled)).map((x) => x.name), ['root pledging']);
  });

  it('lists nothing when cancelled', async () => {
    const s = await open(workspace);
    assert.deepStrictEqual(await s.service.getWorkspaceSymbols('', cancelled), []);
  });
});
