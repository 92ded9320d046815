import * as assert from 'node:assert';
import { cancelled, notCancelled, useFixtures } from '../fixture';

describe('definition', () => {
  const open = useFixtures();

  async function assertDefinitionIsMarked(source: string): Promise<void> {
    const s = await open(source);
    assert.deepStrictEqual(await s.service.getDefinition(s.document, s.position, notCancelled), s.fixture.ranges);
  }

  it('goes from a citation to its reference entry', () =>
    assertDefinitionIsMarked(`
      %! a.txt
      Tolls paid for the bridge (Marsh, 2012).
                                  |

      References

      - Marsh, P. (2012). Bridge money. Leeds: Span Press.
      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
    `));

  it('goes from an ambiguous citation to every candidate entry', () =>
    assertDefinitionIsMarked(`
      %! a.txt
      Tolls paid for the bridge (Marsh, 2012).
                                  |

      References

      - Marsh, P. (2012a). Bridge money. Leeds: Span Press.
      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
      - Marsh, P. (2012b). Bridge debts. Leeds: Span Press.
      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
    `));

  it('goes from a numeric citation to its numbered entry', () =>
    assertDefinitionIsMarked(`
      %! a.md
      Tolls paid for the bridge [2].
                                 |

      ## References

      [1] Marsh, P. (2012). Bridge money. Leeds: Span Press.
      [2] Quayle, R. (2015). Spans. Leeds: Span Press.
      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
    `));

  it('goes from a number of a numeric range to that number\'s entry', () =>
    assertDefinitionIsMarked(`
      %! a.md
      Tolls paid for the bridge [1–3].
                                   |

      ## References

      [1] Marsh, P. (2012). Bridge money. Leeds: Span Press.
      [2] Quayle, R. (2015). Spans. Leeds: Span Press.
      [3] Ostler, K. (2018). Ferries before bridges. York: Tide Books.
      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
    `));

  it('goes from the dash of a numeric range to every entry of the range', () =>
    assertDefinitionIsMarked(`
      %! a.md
      Tolls paid for the bridge [4, 1–3].
                                     |

      ## References

      [1] Marsh, P. (2012). Bridge money. Leeds: Span Press.
      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
      [2] Quayle, R. (2015). Spans. Leeds: Span Press.
      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
      [3] Ostler, K. (2018). Ferries before bridges. York: Tide Books.
      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
      [4] Pryce, J. (2001). Toll roads. Hull: Dock Press.
    `));

  it('goes from the second number of a range written across two brackets (IEEE) to its entry', () =>
    assertDefinitionIsMarked(`
      %! a.md
      Tolls paid for the bridge [1]–[3].
                                     |

      ## References

      [1] Marsh, P. (2012). Bridge money. Leeds: Span Press.
      [2] Quayle, R. (2015). Spans. Leeds: Span Press.
      [3] Ostler, K. (2018). Ferries before bridges. York: Tide Books.
      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
    `));

  it('goes from a number of a flattened superscript range to that number\'s entry', () =>
    assertDefinitionIsMarked(`
      %! a.txt
      Tolls were paid in coin1–3 and later in notes.4
                             |

      References

      1. Marsh P. Bridge money. Leeds: Span Press; 2012.
      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
      2. Quayle R. Spans. Leeds: Span Press; 2015.
      3. Ostler K. Ferries before bridges. York: Tide Books; 2018.
      4. Pryce J. Toll roads. Hull: Dock Press; 2001.
    `));

  it('goes from a note call to its note', () =>
    assertDefinitionIsMarked(`
      %! a.txt
      The toll was abolished in 1911.¹
                                     |

      ¹ After a petition by the carters.
      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
    `));

  it('goes from an abbreviation to its expansion, the short form and its brackets included', () =>
    assertDefinitionIsMarked(`
      %! a.txt
      Bridges were run by the River Crossing Trust (RCT) until 1950.
                              ^^^^^^^^^^^^^^^^^^^^^^^^^^
      After 1950 the RCT sold them.
                     |
    `));

  it('goes from an abbreviation this paper never expands to its expansion in another paper', () =>
    assertDefinitionIsMarked(`
      %! a.txt
      Bridges were run by the River Crossing Trust (RCT) until 1950.
                              ^^^^^^^^^^^^^^^^^^^^^^^^^^
      %! b.txt
      Ferries competed with the RCT.
                                |
    `));

  it('goes from a term to its defining sentence', () =>
    assertDefinitionIsMarked(`
      %! a.txt
      Their deal has been called *span credit*: a town lends to the bridge and is repaid in free crossings.
      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
      Span credit spread north.
        |
    `));

  it('goes from a term defined in another paper to its first use here and to the defining sentence there', async () => {
    const s = await open(`
      %! a.txt
      Their deal has been called *span credit*: a town lends to the bridge and is repaid in free crossings.
      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
      %! b.txt
      Span credit reached the coast.
      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
        |
    `);
    const [there, here] = s.fixture.ranges;
    assert.deepStrictEqual(await s.service.getDefinition(s.document, s.position, notCancelled), [here, there]);
  });

  it('gives nothing on ordinary prose, and nothing when cancelled', async () => {
    const s = await open(`
      %! a.txt
      Tolls paid for the bridge (Marsh, 2012).
                                  |

      References

      - Marsh, P. (2012). Bridge money. Leeds: Span Press.
    `);
    assert.strictEqual(await s.service.getDefinition(s.document, { line: 0, character: 2 }, notCancelled), null);
    assert.strictEqual(await s.service.getDefinition(s.document, s.position, cancelled), null);
  });
});
