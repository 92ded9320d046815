import * as assert from 'node:assert';
import { SEMANTIC_LEGEND } from '../../../server/src/features/semanticTokens';
import { cancelled, notCancelled, useFixtures } from '../fixture';

interface DecodedToken {
  line: number;
  character: number;
  length: number;
  type: string;
  modifiers: string[];
}

/** Undoes the relative encoding of LSP semantic tokens (five numbers a token). */
function decode(data: number[]): DecodedToken[] {
  const out: DecodedToken[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    const [deltaLine, deltaStart, length, type, modifierBits] = data.slice(i, i + 5);
    line += deltaLine;
    character = deltaLine === 0 ? character + deltaStart : deltaStart;
    const modifiers = SEMANTIC_LEGEND.tokenModifiers.filter((_, bit) => modifierBits & (1 << bit));
    out.push({ line, character, length, type: SEMANTIC_LEGEND.tokenTypes[type], modifiers });
  }
  return out;
}

describe('semantic tokens', () => {
  const open = useFixtures();

  const paper = `
    %! a.txt
    Kilns fired at night (Dunmore, 2014; Quill, 1980). Dunmore (2014) measured them.¹
                          ^^^^^^^^^^^^^  ^^^^^^^^^^^   ^^^^^^^^^^^^^                ^
    Glazes are older.² See [4].
                     ^

    ¹ Fuel was peat.

    References

    - Dunmore, H. (2014). Kilns. Stoke: Clay Press.
  `;

  it('marks citations and note calls, unresolved ones with a modifier', async () => {
    const s = await open(paper);
    const [dunmore, quill, narrative, note, missingNote] = s.fixture.ranges.map(({ range }) => ({
      line: range.start.line,
      character: range.start.character,
      length: range.end.character - range.start.character,
    }));
    const { data } = await s.service.getSemanticTokens(s.document, notCancelled);
    assert.deepStrictEqual(decode(data), [
      { ...dunmore, type: 'citation', modifiers: [] },
      { ...quill, type: 'citation', modifiers: ['unresolved'] },
      { ...narrative, type: 'citation', modifiers: [] },
      { ...note, type: 'noteCall', modifiers: [] },
      { ...missingNote, type: 'noteCall', modifiers: ['unresolved'] },
    ]);
  });

  it('gives no tokens for a README-like text, when cancelled or when Scholarly Lens is disabled', async () => {
    const readme = await open(`
      %! README.md
      # Kiln tools

      Run the build (needs Node 20) and check [optional] flags.
    `);
    assert.deepStrictEqual((await readme.service.getSemanticTokens(readme.document, notCancelled)).data, []);
    const s = await open(paper);
    assert.deepStrictEqual((await s.service.getSemanticTokens(s.document, cancelled)).data, []);
    const disabled = await open(paper, { settings: (settings) => (settings.enable = false) });
    assert.deepStrictEqual((await disabled.service.getSemanticTokens(disabled.document, notCancelled)).data, []);
  });
});
