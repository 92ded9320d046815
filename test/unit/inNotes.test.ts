import * as assert from 'node:assert';
import { paper, targetLines } from './paperBuilder';
import { listedWorks } from '../../server/src/analysis/listedWorks';

const BIBLIOGRAPHY = [
  '',
  'Bibliography',
  '',
  'Solvik, Maren. Silted Harbours. Tidewater Press, 1988.',
  'Solvik, Maren. Guild Ledgers and Their Keepers. Tidewater Press, 1991.',
  'Solvik, Maren, and Tomas Berend. Silted Harbours Revisited. Tidewater Press, 2003.',
  'Berend, Tomas. "Counting Ships." Sea History 3, no. 2 (2001): 5–19.',
];

describe('works cited inside notes', () => {
  const p = paper(
    'Harbours silted up within a generation.¹ The guilds kept ledgers.² Later accounts disagree.³ Ships were counted.⁴ Again.⁵',
    '',
    'Notes',
    '',
    '¹ Maren Solvik, Silted Harbours (Tidewater Press, 1988), 14.',
    '² On this, see Maren Solvik, Guild Ledgers and Their Keepers (Tidewater Press, 1991).',
    '³ Solvik and Berend, Silted Harbours Revisited, 20.',
    '⁴ Tomas Berend, "Counting Ships," Sea History 3, no. 2 (2001): 5.',
    '⁵ Ibid., 7.',
    '⁶ Solvik, A Work Not Listed, 3.',
    ...BIBLIOGRAPHY,
  );
  const inNotes = p.citations.filter((c) => c.kind === 'note-reference');
  const targetOf = (start: string) => {
    const c = inNotes.find((x) => x.text.startsWith(start));
    assert.ok(c, `no note citation at "${start}"; found ${inNotes.map((x) => JSON.stringify(x.text)).join(', ')}`);
    return targetLines(p, c);
  };

  it('resolves the full first form and the short form by the author and the title words', () => {
    assert.deepStrictEqual(targetOf('Solvik, Silted Harbours ('), [BIBLIOGRAPHY[3]]);
    assert.deepStrictEqual(targetOf('Solvik, Guild'), [BIBLIOGRAPHY[4]]);
    assert.deepStrictEqual(targetOf('Solvik and Berend'), [BIBLIOGRAPHY[5]]);
    assert.deepStrictEqual(targetOf('Berend'), [BIBLIOGRAPHY[6]]);
  });

  it('gives "Ibid." the work of the note before', () => {
    assert.deepStrictEqual(targetOf('Ibid.'), [BIBLIOGRAPHY[6]]);
  });

  it('reports nothing for a title the author has no entry for, and leaves the note calls to their notes', () => {
    assert.ok(!inNotes.some((c) => c.text.includes('Not Listed')));
    assert.strictEqual(p.citations.filter((c) => c.kind === 'footnote' && c.status === 'resolved').length, 5);
  });

  it('takes a publisher in brackets for publication details, not for an unlisted author, in a note or in the text', () => {
    const q = paper(
      'Tides were charted twice (Solvik, 1988).¹ The charts were reprinted (Tidewater Press, 1990), and again by a guild (Harbour Books, 1995).',
      '',
      'Notes',
      '',
      '¹ On charts in general see any survey of the period (Cambridge University Press, 2002).',
      ...BIBLIOGRAPHY,
    );
    assert.deepStrictEqual(q.citations.filter((c) => c.kind !== 'footnote').map((c) => [c.text, c.status]), [['Solvik, 1988', 'resolved']]);
  });
});

describe('works cited inside notes by a hyphenated family name', () => {
  const p = paper(
    'Mills stood on every stream.¹ Few survive.²',
    '',
    'Notes',
    '',
    '¹ See Ada Moor-Lindell, ‘Tide Mills of the North’, Sea History, 2.1 (1999), pp. 3–9.',
    '² See Moor-Lindell, ‘Tide Mills of the North’, p. 4.',
    '',
    'Bibliography',
    '',
    'Moor-Lindell, Ada, ‘Tide Mills of the North’, Sea History, 2.1 (1999), pp. 3–9',
    'Moor-Lindell, Ada, Millers and Their Ponds (Dock Press, 2004)',
  );

  it('starts the citation at the name, not at the word before it', () => {
    const short = p.citations.find((c) => c.kind === 'note-reference' && p.text.slice(c.span.start).startsWith('Moor-Lindell, ‘Tide'));
    assert.ok(short, p.citations.map((c) => JSON.stringify(c.text)).join(', '));
    assert.deepStrictEqual(targetLines(p, short), ['Moor-Lindell, Ada, ‘Tide Mills of the North’, Sea History, 2.1 (1999), pp. 3–9']);
  });
});

describe('works cited inside notes by three authors written out', () => {
  const p = paper(
    'Ponds were dug by hand.¹',
    '',
    'Notes',
    '',
    '¹ Ada Moor, Tomas Berend, and Kari Lund, ‘Digging Mill Ponds’, Sea History, 3.1 (2002), pp. 1–8.',
    '',
    'Bibliography',
    '',
    'Moor, Ada, ‘Digging Mill Ponds Again’, Sea History, 5.2 (2010), pp. 9–20',
    '——, Tomas Berend, and Kari Lund, ‘Digging Mill Ponds’, Sea History, 3.1 (2002), pp. 1–8',
  );

  it('reads "A, B, and C" as a list of authors and picks the work by its title', () => {
    const c = p.citations.find((x) => x.kind === 'note-reference');
    assert.ok(c, p.citations.map((x) => JSON.stringify(x.text)).join(', '));
    assert.deepStrictEqual(targetLines(p, c), ['——, Tomas Berend, and Kari Lund, ‘Digging Mill Ponds’, Sea History, 3.1 (2002), pp. 1–8']);
  });
});

describe('works cited inside notes that run on over a page break (PDF text)', () => {
  const p = paper(
    'Mills stood on every stream.¹ Few survive.²',
    '',
    'Notes',
    '',
    '¹ On this, see Ada Moor, Tide Mills of the',
    '',
    '7',
    '\fTidewater Studies',
    '',
    'North Sea Coast (Dock Press, 1999), 3.',
    '² Moor, Tide Mills Revisited, 4.',
    '',
    '8',
    '\fTidewater Studies',
    '',
    'Bibliography',
    '',
    'Moor, Ada. Tide Mills of the North Sea Coast. Dock Press, 1999.',
    'Moor, Ada. Tide Mills Revisited. Dock Press, 2004.',
  );

  it('reads the title on past the page number and the running header', () => {
    const c = p.citations.find((x) => x.kind === 'note-reference' && x.text.startsWith('Moor, Tide Mills of'));
    assert.ok(c, p.citations.map((x) => JSON.stringify(x.text)).join(', '));
    assert.deepStrictEqual(targetLines(p, c), ['Moor, Ada. Tide Mills of the North Sea Coast. Dock Press, 1999.']);
  });
});

describe('works whose dash stands for the first author of the entry before', () => {
  const works = listedWorks(
    paper(
      'Text.¹',
      '',
      '¹ Moor, Digging Mill Ponds, 3.',
      '',
      'Bibliography',
      '',
      'Moor, Ada, Tide Mills (Dock Press, 2004)',
      '——, Tomas Berend, and Kari Lund, ‘Digging Mill Ponds’, Sea History, 3.1 (2002), pp. 1–8',
      '——, Weirs and Their Keepers (Dock Press, 2009)',
    ).references,
  );

  it('reads the names after the dash as co-authors, and a title after it as no name', () => {
    assert.deepStrictEqual(works.map((w) => w.names), [['Moor'], ['Moor', 'Berend', 'Lund'], ['Moor']]);
    assert.deepStrictEqual(works.map((w) => w.many), [false, true, false]);
  });
});

describe('publication details inside a note that cites a work', () => {
  const p = paper(
    'Mills stood on every stream.¹',
    '',
    'Notes',
    '',
    '¹ Ada Moor, Tide Mills of the North Sea Coast and Their Ponds',
    '(Dock Press, 1999), 3; compare (Lund, 2004).',
    '',
    'Bibliography',
    '',
    'Lund, Kari. Ponds. Hull: Tide Books, 2004.',
    'Moor, Ada. Tide Mills of the North Sea Coast and Their Ponds. Dock Press, 1999.',
  );

  it('are no citation of their own; a bracket naming a listed author still is', () => {
    assert.deepStrictEqual(
      p.citations.filter((c) => c.kind !== 'footnote').map((c) => [c.kind, c.text.split(',')[0]]),
      [['note-reference', 'Moor'], ['author-date', 'Lund']],
    );
  });
});
