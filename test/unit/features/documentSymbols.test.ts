import * as assert from 'node:assert';
import { DocumentSymbol, SymbolKind } from 'vscode-languageserver';
import { cancelled, notCancelled, useFixtures } from '../fixture';

/** Name, kind, detail and range start line of each symbol, with its children. */
type Outline = { name: string; kind: SymbolKind; detail?: string; line: number; children?: Outline[] };

function outline(symbols: DocumentSymbol[]): Outline[] {
  return symbols.map((s) => ({
    name: s.name,
    kind: s.kind,
    detail: s.detail,
    line: s.range.start.line,
    ...(s.children?.length ? { children: outline(s.children) } : {}),
  }));
}

describe('document symbols', () => {
  const open = useFixtures();

  const paper = `
    %! a.txt
    1. Introduction

    Weirs were built to a rule called *level sharing*: each mill may raise the water only to its neighbour's sill. See (Brook, 1995; Fenn, 2004).¹ ²

    ¹ The rule was written down in 1702.
    ² Later challenged in court.

    References

    - Brook, A. (1995). Weirs. Ely: Fen Press.
    - Fenn, B. (2004). Sills and mills. Ely: Fen Press.
  `;

  it('outlines sections with the reference entries under their heading, the notes and the concepts, in text order', async () => {
    const s = await open(paper);
    assert.deepStrictEqual(outline(await s.service.getDocumentSymbols(s.document, notCancelled)), [
      { name: 'Introduction', kind: SymbolKind.Namespace, detail: undefined, line: 0 },
      { name: 'level sharing', kind: SymbolKind.Key, detail: "each mill may raise the water only to its neighbour's sill.", line: 2 },
      {
        name: 'Notes',
        kind: SymbolKind.Package,
        detail: '2 notes',
        line: 4,
        children: [
          { name: 'Note 1', kind: SymbolKind.String, detail: 'The rule was written down in 1702.', line: 4 },
          { name: 'Note 2', kind: SymbolKind.String, detail: 'Later challenged in court.', line: 5 },
        ],
      },
      {
        name: 'References',
        kind: SymbolKind.Namespace,
        detail: '2 entries',
        line: 7,
        children: [
          { name: 'Brook, A. (1995)', kind: SymbolKind.Field, detail: undefined, line: 9 },
          { name: 'Fenn, B. (2004)', kind: SymbolKind.Field, detail: undefined, line: 10 },
        ],
      },
    ]);
  });

  it('counts one entry and one note in the singular, and leaves a note call out of a definition', async () => {
    const s = await open(`
      %! a.txt
      Weirs follow a rule called *level sharing*: each mill raises the water only to its neighbour's sill.¹ See Brook (1995).

      ¹ The rule was written down in 1702.

      References

      - Brook, A. (1995). Weirs. Ely: Fen Press.
    `);
    const details = (await s.service.getDocumentSymbols(s.document, notCancelled)).map((x) => [x.name, x.detail]);
    assert.deepStrictEqual(details, [
      ['level sharing', "each mill raises the water only to its neighbour's sill."],
      ['Notes', '1 note'],
      ['References', '1 entry'],
    ]);
  });

  it('spans the reference list from its heading to its last entry', async () => {
    const s = await open(`
      %! a.txt
      Weirs were old (Brook, 1995; Fenn, 2004).

      References
      ^^^^^^^^^^

      - Brook, A. (1995). Weirs. Ely: Fen Press.
      - Fenn, B. (2004). Sills and mills. Ely: Fen Press.
      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
    `);
    const [heading, lastEntry] = s.fixture.ranges;
    const list = (await s.service.getDocumentSymbols(s.document, notCancelled)).find((x) => x.name === 'References');
    assert.deepStrictEqual(list?.range, { start: heading.range.start, end: lastEntry.range.end });
  });

  it('gives no symbols when cancelled or when Scholarly Lens is disabled', async () => {
    const s = await open(paper);
    assert.deepStrictEqual(await s.service.getDocumentSymbols(s.document, cancelled), []);
    const disabled = await open(paper, { settings: (settings) => (settings.enable = false) });
    assert.deepStrictEqual(await disabled.service.getDocumentSymbols(disabled.document, notCancelled), []);
  });
});
