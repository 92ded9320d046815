import * as assert from 'node:assert';
import { Hover, MarkupContent } from 'vscode-languageserver';
import { cancelled, notCancelled, useFixtures } from '../fixture';

function markdownOf(hover: Hover | null): string {
  assert.ok(hover, 'expected a hover');
  return (hover.contents as MarkupContent).value;
}

describe('hover', () => {
  const open = useFixtures();

  it('shows the entry a citation resolves to, over the citation without its locator', async () => {
    const s = await open(`
      %! a.txt
      Ferries kept to the timetable (Harrow & Lin, 2016, p. 8). Harrow and Lin (2016) say why.
                                      |
                                     ^^^^^^^^^^^^^^^^^^

      References

      - Harrow, T. & Lin, Y. (2016). Ferries on time. *Harbour Studies*. 3 (1), 1-20.
    `);
    const hover = await s.service.getHover(s.document, s.position, notCancelled);
    assert.strictEqual(
      markdownOf(hover),
      '**Harrow, T. & Lin, Y. (2016).** *Ferries on time.* Harbour Studies. 3 (1), 1-20.\n\nCited here: p. 8 · cited 2 times in this paper',
    );
    assert.deepStrictEqual(hover!.range, s.fixture.ranges[0].range);
  });

  it('shows the closest entry in full for a misspelt author, without repeating the diagnostic', async () => {
    const s = await open(`
      %! a.txt
      Ferries kept to the timetable (Harow & Lin, 2016).
                                      |

      References

      - Harrow, T. & Lin, Y. (2016). Ferries on time. *Harbour Studies*. 3 (1), 1-20.
    `);
    assert.strictEqual(
      markdownOf(await s.service.getHover(s.document, s.position, notCancelled)),
      '**Harow & Lin, 2016** · not in the reference list\n\nClosest entry:\n\n**Harrow, T. & Lin, Y. (2016).** *Ferries on time.* Harbour Studies. 3 (1), 1-20.\n\n— line 5',
    );
  });

  it('shows the note a note call points to, and says when there is none', async () => {
    const s = await open(`
      %! a.txt
      The pier was rebuilt twice.¹ Nobody knows by whom.²
                                 |

      ¹ Once after the storm of 1903, once after the fire.
    `);
    assert.strictEqual(markdownOf(await s.service.getHover(s.document, s.position, notCancelled)), '**Note 1** (endnote)\n\nOnce after the storm of 1903, once after the fire.');
    const missing = await s.service.getHover(s.document, { line: 0, character: 50 }, notCancelled);
    assert.strictEqual(markdownOf(missing), '**Note call 2**: no note with this number.');
  });

  it('says where a reference entry is cited', async () => {
    const s = await open(`
      %! a.txt
      Tides set the rota (Okafor, 2003). Later (Okafor, 2003) again.

      References

      - Okafor, N. (2003). Tide tables. Lagos: Marina Press.
        |
    `);
    assert.strictEqual(markdownOf(await s.service.getHover(s.document, s.position, notCancelled)), 'This entry is cited 2 times: line 1.');
  });

  it('describes an organisation by its expansion and the sentence that says what it is', async () => {
    const s = await open(`
      %! a.txt
      Berths were assigned by the Port Allocation Office (PAO) each spring.

      The PAO is a municipal agency that rents quays to shipping lines.
          |
          ^^^
    `);
    const hover = await s.service.getHover(s.document, s.position, notCancelled);
    const value = markdownOf(hover);
    assert.match(value, /^\*\*Port Allocation Office\*\* \(PAO\) · organisation/);
    assert.match(value, /> The PAO is a municipal agency that rents quays to shipping lines\./);
    assert.match(value, /Expanded on line 1\./);
    assert.deepStrictEqual(hover!.range, s.fixture.ranges[0].range);
  });

  it('says which other papers cite the same work', async () => {
    const s = await open(`
      %! a.txt
      Cargo moved by night (Harrow & Lin, 2016).
                             |

      References

      - Harrow, T. & Lin, Y. (2016). Ferries on time. *Harbour Studies*. 3 (1), 1-20.
      %! b.txt
      As Harrow and Lin (2016) argue, timetables matter.

      References

      - Harrow, T., & Lin, Y. (2016). Ferries on time: A history. Harbour Studies, 3(1), 1–20.
    `);
    assert.match(markdownOf(await s.service.getHover(s.document, s.position, notCancelled)), /\n\nAlso cited in b\.txt\.$/);
  });

  it('gives an abbreviation expanded only in another paper that paper\'s expansion', async () => {
    const s = await open(`
      %! a.txt
      Berths were assigned by the Port Allocation Office (PAO) each spring.
      %! b.txt
      Late ships were fined by the PAO.
                                   |
    `);
    const value = markdownOf(await s.service.getHover(s.document, s.position, notCancelled));
    assert.match(value, /^\*\*Port Allocation Office\*\* \(PAO\)/);
    assert.match(value, /Not expanded in this paper; PAO is expanded in a\.txt \(line 1\) as \*Port Allocation Office\*\./);
  });

  it('counts the uses of a term in another paper as that paper now reads, after it changes on disk', async () => {
    const s = await open(`
      %! a.txt
      Their method has been called *harbour swapping*: each fleet gives up a berth to gain a season.
                                     |
      %! b.txt
      Harbour swapping reached the canals.
    `);
    const uses = async () => /Also in 1 other paper: b\.txt \((\d+)\)/.exec(markdownOf(await s.service.getHover(s.document, s.position, notCancelled)))?.[1];
    assert.strictEqual(await uses(), '1');
    s.workspace.writeFile(s.fixture.files[1].uri, 'Harbour swapping reached the canals. Later, harbour swapping met the rivers, and harbour swapping ended.');
    await s.service.indexWorkspace();
    assert.strictEqual(await uses(), '3');
  });

  it('says that a short form with a number after a hyphen is a variant of what the short form names', async () => {
    const s = await open(`
      %! a.txt
      Hulls were painted with tin-based antifouling paints (TBAP). Samples held TBAP-12 and TBAP-40, and TBAP-12 was the commonest TBAP.
                                                                                  |
    `);
    const hover = await s.service.getHover(s.document, s.position, notCancelled);
    assert.match(markdownOf(hover), /^\*\*TBAP-12\*\* is a variant of TBAP:\n\n\*\*tin-based antifouling paints\*\* \(TBAP\)/);
    assert.strictEqual(s.document.getText().split('\n')[0].slice(hover!.range!.start.character, hover!.range!.end.character), 'TBAP-12');
  });

  it('gives the other name a paper writes with the short form', async () => {
    const s = await open(`
      %! a.txt
      Tolls came from the Instituto dos Portos Fluviais (IPF, Institute of River Ports). The IPF met yearly.
                                                                                              |
    `);
    const value = markdownOf(await s.service.getHover(s.document, s.position, notCancelled));
    assert.match(value, /^\*\*Instituto dos Portos Fluviais\*\* \(IPF\) · organisation\n\nAlso named \*Institute of River Ports\*\./);
  });

  it('names a short form by a name in another paper whose initials it spells, when no paper expands it', async () => {
    const s = await open(`
      %! a.txt
      The Harbour Pilots Union met in May, and the Harbour Pilots Union then wrote to the mayor.
      %! b.txt
      The HPU asked for lower tolls, and the HPU lost.
          |
    `);
    const value = markdownOf(await s.service.getHover(s.document, s.position, notCancelled));
    assert.match(value, /^\*\*Harbour Pilots Union\*\* \(HPU\) · organisation/);
    assert.match(value, /Not expanded in this paper; HPU spells the initials of \*Harbour Pilots Union\*, named in a\.txt \(line 1\)\./);
    assert.match(value, /Also in 1 other paper: a\.txt \(2\)\./);
    const definition = await s.service.getDefinition(s.document, s.position, notCancelled);
    assert.deepStrictEqual(definition?.map((l) => [l.uri, l.range.start.line]), [[s.fixture.files[0].uri, 0]]);
  });

  it('quotes where a term only set off in italics is introduced, saying that the paper does not define it', async () => {
    const s = await open(`
      %! a.txt
      The guilds never claimed that their habits, embodied in the *harbour ethos*, formed a creed. But the language was a creed in all but name.
      The harbour ethos outlived the guilds, and the harbour ethos is still cited.
                      |
    `);
    const value = markdownOf(await s.service.getHover(s.document, s.position, notCancelled));
    assert.match(value, /Set off in quotes or italics on line 1; the paper gives no defining sentence\. It introduces the term in:\n\n> The guilds never claimed that their habits, embodied in the harbour ethos, formed a creed\. But the language was a creed in all but name\./);
  });

  it('quotes where the text first uses a keyword it never defines', async () => {
    const s = await open(`
      %! a.txt
      Keywords: quay rights, river tolls

      Boats paid river tolls at every bend. Later, river tolls fell, and river tolls ended.
                                                     |
    `);
    const value = markdownOf(await s.service.getHover(s.document, s.position, notCancelled));
    assert.match(value, /Listed among the keywords of this paper \(line 1\); the paper gives no defining sentence\. It first uses the term in:\n\n> Boats paid river tolls at every bend\./);
  });

  it('quotes the sentence that first uses a term defined in another paper', async () => {
    const s = await open(`
      %! a.txt
      Their method has been called *harbour swapping*: each fleet gives up a berth to gain a season.
      %! b.txt
      In the north, harbour swapping reached the canals by 1900.
                     |
    `);
    const value = markdownOf(await s.service.getHover(s.document, s.position, notCancelled));
    assert.match(value, /> — defined in a\.txt, line 1/);
    assert.match(value, /This paper does not define it; it first uses it on line 1:\n\n> In the north, harbour swapping reached the canals by 1900\./);
  });

  it('tells a mention before the expansion of a short form from one after it, however often each is hovered', async () => {
    const s = await open(`
      %! a.txt
      The LWA closed the sluices early.
          |

      The Lower Weir Authority (LWA) was formed to keep the water level. The LWA still meets weekly.
    `);
    const later = { line: 2, character: s.document.getText().split('\n')[2].lastIndexOf('LWA') };
    const hoverAt = async (position: { line: number; character: number }) => markdownOf(await s.service.getHover(s.document, position, notCancelled));
    const early = await hoverAt(s.position);
    assert.match(early, /Used here before this paper expands it on line 3\./);
    const after = await hoverAt(later);
    assert.match(after, /Expanded on line 3\./);
    assert.doesNotMatch(after, /Used here before/);
    assert.strictEqual(await hoverAt(s.position), early);
    assert.strictEqual(await hoverAt(later), after);
  });

  describe('gives nothing', () => {
    const paper = `
      %! a.txt
      Ferries kept to the timetable (Harrow & Lin, 2016).
                                      |

      References

      - Harrow, T. & Lin, Y. (2016). Ferries on time. *Harbour Studies*. 3 (1), 1-20.
    `;

    it('on ordinary prose', async () => {
      const s = await open(paper);
      assert.strictEqual(await s.service.getHover(s.document, { line: 0, character: 3 }, notCancelled), null);
    });

    it('in a README-like text', async () => {
      const s = await open(`
        %! README.md
        # Harbour tools

        Install with npm (needs Node 20) and run the checks [optional].
                         |
      `);
      assert.strictEqual(await s.service.getHover(s.document, s.position, notCancelled), null);
    });

    it('when the request is cancelled', async () => {
      const s = await open(paper);
      assert.strictEqual(await s.service.getHover(s.document, s.position, cancelled), null);
    });

    it('when Scholarly Lens is disabled', async () => {
      const s = await open(paper, { settings: (settings) => (settings.enable = false) });
      assert.strictEqual(await s.service.getHover(s.document, s.position, notCancelled), null);
    });
  });
});
