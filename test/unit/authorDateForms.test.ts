import * as assert from 'node:assert';
import { cited, paper, targetLines } from './paperBuilder';

/** All texts below are written for these tests; none is taken from a real paper. */

describe('author-date forms of APA and its translations', () => {
  it('tells apart two undated works of one author by their letters (n.d.-a, n.d.-b), in any language', () => {
    const p = paper(
      'Floods recur (Marwick, n.d.-b; Marwick, n.d.-a). Marwick (n.d.-a, p. 4) disagrees. Реки мелеют (Лаптева, б. д.).',
      '',
      'References',
      '',
      'Marwick, O. (n.d.-a). Floods of the plain. River Press.',
      'Marwick, O. (n.d.-b). Floods of the hills. River Press.',
      'Лаптева, И. (б. д.). Малые реки. Пермь: Кама.',
    );
    assert.deepStrictEqual(p.references.map((e) => e.year), ['n.d.-a', 'n.d.-b', 'n.d.']);
    assert.deepStrictEqual(targetLines(p, cited(p, 'Marwick, n.d.-b')), ['Marwick, O. (n.d.-b). Floods of the hills. River Press.']);
    assert.deepStrictEqual(targetLines(p, cited(p, 'Marwick (n.d.-a')), ['Marwick, O. (n.d.-a). Floods of the plain. River Press.']);
    assert.strictEqual(cited(p, 'Лаптева, б. д.').status, 'resolved');
  });

  it('opens an entry at a corporate author written in words of any case before its bracketed year', () => {
    const p = paper(
      'Silt settles (Служба малых рек, 1994; Tarn, 2001).',
      '',
      'References',
      '',
      'Tarn, E. (2001). Silt in slow water. Mere Press.',
      'Служба малых рек. (1994). Отчёт о наносах. Mere Press.',
    );
    assert.deepStrictEqual(p.references.map((e) => e.authorText), ['Tarn, E.', 'Служба малых рек']);
    assert.deepStrictEqual(targetLines(p, cited(p, 'Служба малых рек, 1994')), ['Служба малых рек. (1994). Отчёт о наносах. Mere Press.']);
  });

  it('reads narrative names that open with particles, series of names and listed corporate authors whole', () => {
    const p = paper(
      'van den Heuvel (2012) mapped the dunes. As shown by Quist, Brandt, & ter Laan (2019), they move.',
      'In Brazil, Quist and Brandt (2003) agree; so does Oficina Central de Dunas (2015), unlike the dunes of Quist (2003).',
      '',
      'References',
      '',
      'Oficina Central de Dunas. (2015). Informe de dunas. Dune Press.',
      'Quist, M., & Brandt, I. (2003). Dunes. Dune Press.',
      'Quist, M., Brandt, I., & ter Laan, W. (2019). More dunes. Dune Press.',
      'van den Heuvel, A. (2012). Dune maps. Dune Press.',
    );
    for (const [text, line] of [
      ['van den Heuvel (2012', 'van den Heuvel, A. (2012). Dune maps. Dune Press.'],
      ['Quist, Brandt, & ter Laan (2019', 'Quist, M., Brandt, I., & ter Laan, W. (2019). More dunes. Dune Press.'],
      ['Quist and Brandt (2003', 'Quist, M., & Brandt, I. (2003). Dunes. Dune Press.'],
      ['Oficina Central de Dunas (2015', 'Oficina Central de Dunas. (2015). Informe de dunas. Dune Press.'],
      ['Quist (2003', 'Quist, M., & Brandt, I. (2003). Dunes. Dune Press.'],
    ]) {
      assert.deepStrictEqual(targetLines(p, cited(p, text)), [line], text);
    }
  });

  it('reads a narrative citation that misspells a listed author by one letter, and flags it with the fix', () => {
    const p = paper(
      'Ostrander (2010) saw floods. Later, Ostrandre (2010) and Ostrandex (2010) saw more; Osaka (2010) is a city.',
      '',
      'References',
      '',
      'Ostrander, P. (2010). Floods. Flood Press.',
    );
    const misspelt = cited(p, 'Ostrandex (2010');
    assert.strictEqual(misspelt.status, 'unresolved');
    assert.ok(misspelt.suggestions.some((s) => s.replacement === 'Ostrander (2010'), JSON.stringify(misspelt.suggestions));
    assert.strictEqual(cited(p, 'Ostrandre (2010').status, 'unresolved');
    assert.ok(!p.citations.some((c) => c.text.startsWith('Osaka')));
  });
});

describe('reference lists cut by page breaks', () => {
  it('gives a publisher line and volume numbers cut from their entry back to it', () => {
    const p = paper(
      'Reeds grow (Halloway, 2011; Pires, 2014; Tamsin, 2019).',
      '',
      'References',
      '',
      'Halloway, B. (2011). Reeds of the delta (No. 4/2).',
      'Marsh Books.',
      'Pires, C. (2014). Reed beds. Delta Letters,',
      '',
      '\f31',
      '',
      '12(1),',
      '40–51.',
      'Tamsin, J. (2019). Reed cutting. Marsh Books.',
    );
    assert.deepStrictEqual(p.references.map((e) => e.authorText), ['Halloway, B.', 'Pires, C.', 'Tamsin, J.']);
    for (const text of ['Halloway, 2011', 'Pires, 2014', 'Tamsin, 2019']) assert.strictEqual(cited(p, text).status, 'resolved', text);
  });

  it('gives the end of an entry carried over a page break back to it', () => {
    const p = paper(
      'Reeds grow (Pires, 2014; Tamsin, 2019).',
      '',
      'References',
      '',
      'Pires, C. (2014). Reed beds. Delta',
      '',
      '\f',
      'Press. Second edition.',
      'Tamsin, J. (2019). Reed cutting. Marsh Books.',
    );
    assert.deepStrictEqual(p.references.map((e) => e.authorText), ['Pires, C.', 'Tamsin, J.']);
    for (const text of ['Pires, 2014', 'Tamsin, 2019']) assert.strictEqual(cited(p, text).status, 'resolved', text);
  });
});

describe('wrapped reference entries', () => {
  it('keeps the editors of the book a chapter is in with their entry when "In" ends a line, in any language', () => {
    const p = paper(
      'Bogs (Ferrant, 2015; Ilves et al., n.d.) and fens (Ruiz, 2008).',
      '',
      'References',
      '',
      'Ferrant, L. (2015). Bogs of the north. In',
      'K. Lund (Ed.), Handbook of bogs (pp. 1–9). Peat Press.',
      'Ilves, M., Tamm, K., & Lepp, R. (n.d.). Fens. Peat Press.',
      'Ruiz, A. (2008). Turberas del norte. En',
      'C. Vidal (Ed.), Manual de turberas (pp. 3–8). Turba.',
      'Сидоров, П. (2010). Болота севера. В',
      'К. Лунд (Ред.), Справочник болот (сс. 1–9). Торф.',
      'Tamm, K. (2012). Fens again. Peat Press.',
    );
    assert.deepStrictEqual(p.references.map((e) => e.surnames[0]), ['Ferrant', 'Ilves', 'Ruiz', 'Сидоров', 'Tamm']);
    for (const text of ['Ferrant, 2015', 'Ilves et al., n.d.', 'Ruiz, 2008']) assert.strictEqual(cited(p, text).status, 'resolved', text);
  });
});

describe('parts of the paper named beside a citation', () => {
  it('does not take a section named before the authors for an author, in any language', () => {
    const p = paper(
      'Otters fish (see Introduction, Marlow et al., 2004) and swim (véase Discusión, Marlow et al., 2004).',
      '',
      'References',
      '',
      'Marlow, T., Penn, A., & Roe, B. (2004). Otters. River Press.',
    );
    assert.deepStrictEqual(p.citations.map((c) => [c.text, c.status]), [
      ['Marlow et al., 2004', 'resolved'],
      ['Marlow et al., 2004', 'resolved'],
    ]);
  });
});

describe('undated entries of author-page lists', () => {
  it('ends an entry without a year at a line closed by its pages, so the next author opens one', () => {
    const p = paper(
      'Moss spreads (Arvid 12; Fenland Survey Office, “Moss Counts” 40) and dries (Arvid 14).',
      '',
      'Works Cited',
      '',
      'Arvid, Lena. “Moss on Stone.” Stone Letters, vol. 3, no. 1, pp. 10–19.',
      'Fenland Survey Office. “Moss Counts.” Fen Review, vol. 2, 2011, pp. 33–48.',
    );
    assert.deepStrictEqual(p.references.map((e) => e.authorText), ['Arvid, Lena', 'Fenland Survey Office']);
    assert.strictEqual(cited(p, 'Fenland Survey Office, “Moss Counts” 40').status, 'resolved');
  });

  it('ends an entry without a year before a name written out family name first, and gives a cut-off publisher line back', () => {
    const p = paper(
      'Lichen grows (Arvid 12; Brisk 40; Coyle and Frost 7) and fades (Arvid 14; Coyle and Frost 9).',
      '',
      'Works Cited',
      '',
      'Arvid, Lena. Lichen on Stone. Stone Letters Press.',
      'Brisk, Tomas. Lichen Counts. 2016.',
      'University of Fenmouth, PhD thesis.',
      'Coyle, Maren, and Ida Frost. “Lichen in Towns.” Town Review, vol. 2,',
      'no. 1, 2011, pp. 33–48.',
    );
    assert.deepStrictEqual(p.references.map((e) => e.authorText), ['Arvid, Lena', 'Brisk, Tomas', 'Coyle, Maren, and Ida Frost']);
    for (const text of ['Arvid 12', 'Brisk 40', 'Coyle and Frost 7']) assert.strictEqual(cited(p, text).status, 'resolved', text);
  });
});

describe('fixes for misspelt names with particles', () => {
  it('offers the listed person for a misspelt name with particles, which is no organisation', () => {
    const p = paper(
      'Dunes move (van der Hoek, 2016) and stay (van der Haek, 2016).',
      '',
      'References',
      '',
      'van der Hoek, L. (2016). Dunes. Dune Press.',
    );
    assert.deepStrictEqual(cited(p, 'van der Haek, 2016').suggestions.map((s) => s.replacement), ['van der Hoek, 2016']);
  });
});

describe('author-page citations of two authors', () => {
  it('cites the work of both authors, not the second author alone', () => {
    const p = paper(
      'Tides turn (Holm and Ilunga 12; Ilunga 4; Holm and Ilunga 15; Ilunga 9).',
      '',
      'Works Cited',
      '',
      'Holm, Petra, and Moïse Ilunga. Tidal Ledgers. Gannet Press, 2019.',
      'Ilunga, Moïse. Harbour Walls. Gannet Press, 2015.',
    );
    assert.deepStrictEqual(targetLines(p, cited(p, 'Holm and Ilunga 12')), ['Holm, Petra, and Moïse Ilunga. Tidal Ledgers. Gannet Press, 2019.']);
    assert.deepStrictEqual(targetLines(p, cited(p, 'Ilunga 4')), ['Ilunga, Moïse. Harbour Walls. Gannet Press, 2015.']);
  });
});
