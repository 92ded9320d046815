import * as assert from 'node:assert';
import { cancelled, notCancelled, useFixtures } from '../fixture';

describe('references', () => {
  const open = useFixtures();

  const twoCitations = `
    %! a.txt
    Mills ground for the town (Ruiz, 2007). Ruiz (2007) counts them. Others differ (Abbot, 1999).
                               ^^^^^^^^^^   ^^^^^^^^^^
                                 |

    References

    - Abbot, C. (1999). Water wheels. Bath: Weir Press.
    - Ruiz, M. (2007). Mill towns. Bath: Weir Press.
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  `;

  it('finds every citation of the work a citation points at, with the entry when asked', async () => {
    const s = await open(twoCitations);
    const [first, second, entry] = s.fixture.ranges;
    assert.deepStrictEqual(await s.service.getReferences(s.document, s.position, { includeDeclaration: false }, notCancelled), [first, second]);
    assert.deepStrictEqual(await s.service.getReferences(s.document, s.position, { includeDeclaration: true }, notCancelled), [entry, first, second]);
  });

  it('finds the citations of the reference entry under the cursor', async () => {
    const s = await open(twoCitations);
    const [first, second, entry] = s.fixture.ranges;
    const onEntry = { line: entry.range.start.line, character: 3 };
    assert.deepStrictEqual(await s.service.getReferences(s.document, onEntry, { includeDeclaration: false }, notCancelled), [first, second]);
  });

  const guildPapers = `
    %! a.txt
    Mills paid dues to the Millers Guild of Avon (MGA) from 1620.
                           ^^^^^^^^^^^^^^^^^^^^^  ^^^
    The MGA fixed the price of flour.
        ^^^
    %! b.txt
    Bakers resented the MGA.
                        ^^^
                        |
  `;

  for (const others of ['disk', 'open'] as const) {
    it(`finds every mention of an organisation across the papers of the workspace, the other one ${others === 'open' ? 'open in the editor' : 'on disk'}`, async () => {
      const s = await open(guildPapers, { others });
      const [name, short, later, inB] = s.fixture.ranges;
      assert.deepStrictEqual(await s.service.getReferences(s.document, s.position, { includeDeclaration: false }, notCancelled), [inB, name, short, later]);
    });
  }

  it('finds every use of a term across the papers of the workspace', async () => {
    const s = await open(`
      %! a.txt
      The custom has been called *tithe grinding*: the miller keeps a tenth of every sack. Tithe grinding ended in 1850.
                                  ^^^^^^^^^^^^^^                                           ^^^^^^^^^^^^^^
                                   |
      %! b.txt
      Tithe grinding survived in the hills.
      ^^^^^^^^^^^^^^
    `);
    assert.deepStrictEqual(await s.service.getReferences(s.document, s.position, { includeDeclaration: false }, notCancelled), s.fixture.ranges);
  });

  it('gives nothing when cancelled', async () => {
    const s = await open(twoCitations);
    assert.strictEqual(await s.service.getReferences(s.document, s.position, { includeDeclaration: true }, cancelled), null);
  });
});
