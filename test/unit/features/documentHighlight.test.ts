import * as assert from 'node:assert';
import { DocumentHighlightKind } from 'vscode-languageserver';
import { cancelled, notCancelled, useFixtures } from '../fixture';

describe('document highlights', () => {
  const open = useFixtures();

  it('highlights every citation of the same work, and only those', async () => {
    const s = await open(`
      %! a.txt
      Looms came early (Tenby, 1988; Vos, 2001) and Tenby (1988) dates them.
                        ^^^^^^^^^^^                 ^^^^^^^^^^^
                         |

      References

      - Tenby, J. (1988). Looms. Derby: Shuttle Press.
      - Vos, L. (2001). Mills and looms. Derby: Shuttle Press.
    `);
    const expected = s.fixture.ranges.map(({ range }) => ({ range, kind: DocumentHighlightKind.Read }));
    assert.deepStrictEqual(await s.service.getDocumentHighlights(s.document, s.position, notCancelled), expected);
  });

  it('highlights every call of the same note', async () => {
    const s = await open(`
      %! a.txt
      Looms came early.¹ Weavers resisted.² They lost.¹
                       ^                              ^
                       |

      ¹ See the parish records.
      ² Riots in 1811.
    `);
    const expected = s.fixture.ranges.map(({ range }) => ({ range, kind: DocumentHighlightKind.Read }));
    assert.deepStrictEqual(await s.service.getDocumentHighlights(s.document, s.position, notCancelled), expected);
  });

  it('highlights nothing off a citation, and nothing when cancelled', async () => {
    const s = await open(`
      %! a.txt
      Looms came early (Tenby, 1988).
                         |

      References

      - Tenby, J. (1988). Looms. Derby: Shuttle Press.
    `);
    assert.strictEqual(await s.service.getDocumentHighlights(s.document, { line: 0, character: 2 }, notCancelled), null);
    assert.strictEqual(await s.service.getDocumentHighlights(s.document, s.position, cancelled), null);
  });
});
