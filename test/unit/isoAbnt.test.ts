import * as assert from 'node:assert';
import { cited, paper, targetLines } from './paperBuilder';

/** ABNT (NBR 6023, NBR 10520) and ISO 690 author-date forms; every text is written for these tests. */

describe('undated works in square brackets', () => {
  it('reads "[s.d.]" (ABNT) and "[no date]" (ISO 690) as the year of an undated work', () => {
    const p = paper(
      'Dunes move inland (Varela et al., [S.d.], p. 12). Ostrander ([no date]) measured them.',
      '',
      'References',
      '',
      'OSTRANDER, Mila, [no date]. Moving sand. Leeds: Dune Press.',
      'VARELA, Tomás et al. Areias do litoral. Recife: Editora Costa, [S.d.].',
    );
    assert.deepStrictEqual(targetLines(p, cited(p, 'Varela et al., [S.d.]')), ['VARELA, Tomás et al. Areias do litoral. Recife: Editora Costa, [S.d.].']);
    assert.deepStrictEqual(targetLines(p, cited(p, 'Ostrander ([no date]')), ['OSTRANDER, Mila, [no date]. Moving sand. Leeds: Dune Press.']);
  });
});

describe('narrative citations of several authors or a corporate author', () => {
  const p = paper(
    'As Ravel, Ostrand, Kiu (2011) showed, and Moura; Lima (2019) confirmed, the banks erode.',
    'In Portugal, Lima (2020) and the Instituto per le Acque Dolci (2018) disagree.',
    '',
    'References',
    '',
    'INSTITUTO PER LE ACQUE DOLCI, 2018. Report on the rivers. Rome: IAD.',
    'LIMA, Rui, 2020. Margens. Lisboa: Tejo.',
    'MOURA, Ana and LIMA, Rui, 2019. Rios. Lisboa: Tejo.',
    'RAVEL, Ana, OSTRAND, Per and KIU, Mei, 2011. Banks. Leeds: Dune Press.',
  );

  it('takes the names joined by commas or semicolons before the year when together they are an entry’s authors', () => {
    assert.deepStrictEqual(targetLines(p, cited(p, 'Ravel, Ostrand, Kiu (2011')), ['RAVEL, Ana, OSTRAND, Per and KIU, Mei, 2011. Banks. Leeds: Dune Press.']);
    assert.deepStrictEqual(targetLines(p, cited(p, 'Moura; Lima (2019')), ['MOURA, Ana and LIMA, Rui, 2019. Rios. Lisboa: Tejo.']);
  });

  it('takes the first words of a listed corporate author, and leaves other words before a name alone', () => {
    assert.deepStrictEqual(targetLines(p, cited(p, 'Instituto per le Acque Dolci (2018')), ['INSTITUTO PER LE ACQUE DOLCI, 2018. Report on the rivers. Rome: IAD.']);
    assert.deepStrictEqual(targetLines(p, cited(p, 'Lima (2020')), ['LIMA, Rui, 2020. Margens. Lisboa: Tejo.']);
  });
});

describe('particles before a narrative citation’s family name', () => {
  it('reads "Van der Hoek (2016)" for an entry that puts the particles after the given name', () => {
    const p = paper('As shown, Van der Hoek (2016) mapped the dikes.', '', 'References', '', 'Hoek, Jan Van der. 2016. Dikes. Delft: Polder.');
    assert.deepStrictEqual(targetLines(p, cited(p, 'Van der Hoek (2016')), ['Hoek, Jan Van der. 2016. Dikes. Delft: Polder.']);
  });
});

describe('works that print no year of their own', () => {
  const p = paper(
    'Peat stores carbon (Sarmento; Quist, 2015). It burns (Sarmento; Quist, 2015, p. 3).',
    'Others disagree (Sarmento; Quist, 2014). Fires spread (Lund, 2001; Lund, 2003).',
    '',
    'Referências',
    '',
    'LUND, Karin. Fogo no campo. Disponível em: <https://example.org/fogo>. Acesso em: 2 mar. 2024.',
    'SARMENTO, Rui; QUIST, Ana. Turfeiras. Disponível em: <https://example.org/turfa>. Acesso em: 4 nov. 2025.',
  );
  const sarmento = 'SARMENTO, Rui; QUIST, Ana. Turfeiras. Disponível em: <https://example.org/turfa>. Acesso em: 4 nov. 2025.';

  it('resolves a citation whose names fit a web page that gives only the date it was read', () => {
    const c = p.citations.filter((x) => x.text === 'Sarmento; Quist, 2015');
    assert.strictEqual(c.length, 2);
    for (const x of c) assert.deepStrictEqual(targetLines(p, x), [sarmento]);
  });

  it('flags a citation whose year differs from the one the other citations agree on, offering that year', () => {
    const odd = cited(p, 'Sarmento; Quist, 2014');
    assert.strictEqual(odd.status, 'unresolved');
    assert.deepStrictEqual(odd.kind !== 'footnote' && odd.suggestions.map((s) => [s.replacement, s.preferred]), [['Sarmento; Quist, 2015', true]]);
  });

  it('flags every citation of such a work when no year is cited more often than another', () => {
    assert.strictEqual(cited(p, 'Lund, 2001').status, 'unresolved');
    assert.strictEqual(cited(p, 'Lund, 2003').status, 'unresolved');
  });
});

describe('ISO 690 reference lists', () => {
  it('opens an entry at a corporate author in capitals followed by a comma and its year', () => {
    const p = paper(
      'Tides rise (Ostrand, Kiu 2011; Nordisk Institut för Kust 2019).',
      '',
      'References',
      '',
      'OSTRAND, Per and KIU, Mei, 2011. Banks. PhD thesis. Leeds: University of Leeds.',
      'NORDISK INSTITUT FÖR KUST, 2019. Tides. Oslo: Kyst Press.',
    );
    assert.strictEqual(p.references.length, 2);
    assert.deepStrictEqual(targetLines(p, cited(p, 'Nordisk Institut för Kust 2019')), ['NORDISK INSTITUT FÖR KUST, 2019. Tides. Oslo: Kyst Press.']);
  });
});

describe('undated marks written out', () => {
  it('reads "tarih yok", "sem data" and "sans date" as undated, so an undated entry ends before the next one', () => {
    const p = paper(
      'Sand drifts (Ekin, tarih yok; Aro, 1999; Brito, sem data; Caux, sans date).',
      '',
      'Kaynakça',
      '',
      'Ekin, T. (tarih yok) Kumullar. Ankara: Kum Yayınları.',
      'de Aro, B. (1999) Dunas. Lisboa: Tejo.',
      'Brito, R. (sem data) Areias. Recife: Costa.',
      'Caux, L. (sans date) Sables. Nantes: Marais.',
    );
    assert.strictEqual(p.references.length, 4);
    assert.deepStrictEqual(targetLines(p, cited(p, 'Ekin, tarih yok')), ['Ekin, T. (tarih yok) Kumullar. Ankara: Kum Yayınları.']);
    assert.deepStrictEqual(targetLines(p, cited(p, 'Brito, sem data')), ['Brito, R. (sem data) Areias. Recife: Costa.']);
    assert.deepStrictEqual(targetLines(p, cited(p, 'Caux, sans date')), ['Caux, L. (sans date) Sables. Nantes: Marais.']);
  });
});

describe('narrative co-authors whose names open with particles in small letters', () => {
  it('reads "de Lima, van der Berg (1998)" as one citation of both', () => {
    const p = paper('Earlier, de Lima, van der Berg (1998) drained the fen.', '', 'References', '', 'DE LIMA, Ana and VAN DER BERG, Joost, 1998. Fens. Delft: Polder.');
    assert.deepStrictEqual(targetLines(p, cited(p, 'de Lima, van der Berg (1998')), ['DE LIMA, Ana and VAN DER BERG, Joost, 1998. Fens. Delft: Polder.']);
  });
});

describe('reference lists that print the first author in capitals', () => {
  it('keeps wrapped lines that do not open in capitals with the entry before', () => {
    const p = paper(
      'Ice melts (Aalto 2005; Brenn 2009; Corr 2011).',
      '',
      'References',
      '',
      'AALTO, Ilona, 2005. Glaciers. Journal of Ice. 2005.',
      'Vol. 9, no. 3, p. 164–174.',
      'BRENN, Olav, 2009. Snow at regional scale. .',
      'Online. 2009. Available from: https://example.org/snow [Accessed 2 May 2024].',
      'CORR, Ruth, 2011. Frost. Oslo: Kyst Press.',
    );
    assert.strictEqual(p.references.length, 3);
    assert.deepStrictEqual(targetLines(p, cited(p, 'Brenn 2009')), ['BRENN, Olav, 2009. Snow at regional scale. .']);
    assert.deepStrictEqual(targetLines(p, cited(p, 'Corr 2011')), ['CORR, Ruth, 2011. Frost. Oslo: Kyst Press.']);
  });
});

describe('reference entries wrapped after a colon', () => {
  it('keeps "In:" with the editors on the next line', () => {
    const p = paper(
      'Marshes grow (Dalby 2006; Eskola 2010).',
      '',
      'References',
      '',
      'DALBY, Siri, 2006. Marsh growth. In:',
      'HOLM, Anders (ed.), Handbook of marshes. Boston: Fen Academic. p. 24–111.',
      'ESKOLA, Tuuli, 2010. Salt at regional scale. Nantes: Marais.',
      'FONSECA, Rita, 2012. Reeds. Leeds: Reed Press.',
    );
    assert.strictEqual(p.references.length, 3);
    assert.deepStrictEqual(targetLines(p, cited(p, 'Eskola 2010')), ['ESKOLA, Tuuli, 2010. Salt at regional scale. Nantes: Marais.']);
  });
});

describe('a misspelt first author before the co-authors of a narrative citation', () => {
  const p = paper(
    'Later, Ostrend, Kiu (2011) and Pereira; Kiu (2011) described the banks.',
    '',
    'References',
    '',
    'OSTRAND, Per and KIU, Mei, 2011. Banks. Leeds: Dune Press.',
  );

  it('reads the misspelt name with its co-authors as one citation, flagged and offered the entry', () => {
    const c = cited(p, 'Ostrend, Kiu (2011');
    assert.strictEqual(c.status, 'unresolved');
    assert.deepStrictEqual(c.kind !== 'footnote' && c.suggestions.map((s) => s.entry), [0]);
  });

  it('does not take a name that is no near spelling of the first author', () => {
    assert.ok(!p.citations.some((c) => c.text.startsWith('Pereira')));
  });
});

describe('the year of an entry with a link', () => {
  it('is read before "Disponível em" / "Available from", whatever dates follow the link', () => {
    const p = paper(
      'Rivers were surveyed (Teles, 2011).',
      '',
      'Referências',
      '',
      'Teles, R. Os rios do sertão, 1979-2009. Revista Fluvial, v. 3, p. 4-9, 2011. Disponível em: https://example.org/rios. Atualizado em: 8 nov. 2022.',
    );
    assert.strictEqual(cited(p, 'Teles, 2011').status, 'resolved');
  });
});

describe('reference entries with a name broken at a line end', () => {
  it('joins the halves of a word broken by a hyphen before a small letter', () => {
    const p = paper(
      'Reeds spread (Fonseca, Gruber, Holt 2012).',
      '',
      'References',
      '',
      'FONSECA, Rita, GRUBER, Maxim-',
      'ilian and HOLT, Ida, 2012. Reeds. Leeds: Reed Press.',
    );
    assert.deepStrictEqual(p.references[0].surnames, ['FONSECA', 'GRUBER', 'HOLT']);
    assert.strictEqual(cited(p, 'Fonseca, Gruber, Holt 2012').status, 'resolved');
  });
});

describe('a listed name in capitals broken by a hyphen at a line end', () => {
  it('is the cited name written whole', () => {
    const p = paper(
      'Ice cores agree (Martel, Pelletier 2010).',
      '',
      'References',
      '',
      'MARTEL, Ana and PELLE-',
      'TIER, Luc, 2010. Ice cores. Leeds: Ice Press.',
    );
    assert.strictEqual(cited(p, 'Martel, Pelletier 2010').status, 'resolved');
  });
});

describe('a work quoted from another (apud)', () => {
  const p = paper(
    'Os rios secam (TAVARES, 2010 apud QUEIROZ, 2012). Tavares (2010 apud QUEIROZ, 2012) já dizia.',
    '',
    'REFERÊNCIAS',
    '',
    'QUEIROZ, M. Rios. Recife: Ed. Vale, 2012.',
    'TAVARES, J. Secas. Recife: Ed. Vale, 2010.',
  );

  it('cites both works, in parentheses and after a narrative citation', () => {
    assert.deepStrictEqual(targetLines(p, cited(p, 'TAVARES, 2010')), ['TAVARES, J. Secas. Recife: Ed. Vale, 2010.']);
    assert.deepStrictEqual(targetLines(p, cited(p, 'Tavares (2010')), ['TAVARES, J. Secas. Recife: Ed. Vale, 2010.']);
    const quoted = p.citations.filter((c) => c.text === 'QUEIROZ, 2012');
    assert.strictEqual(quoted.length, 2);
    for (const c of quoted) assert.deepStrictEqual(targetLines(p, c), ['QUEIROZ, M. Rios. Recife: Ed. Vale, 2012.']);
  });
});

describe('probable and approximate years in square brackets (ABNT)', () => {
  it('reads "[2010?]" and "[ca. 2005]" as those years', () => {
    const p = paper(
      'Os rios secam (TAVARES, [2010?]). Queiroz ([ca. 2005]) já dizia.',
      '',
      'REFERÊNCIAS',
      '',
      'QUEIROZ, M. Rios. Recife: Ed. Vale, [ca. 2005].',
      'TAVARES, J. Secas. Recife: Ed. Vale, [2010?].',
    );
    assert.deepStrictEqual(targetLines(p, cited(p, 'TAVARES, [2010?]')), ['TAVARES, J. Secas. Recife: Ed. Vale, [2010?].']);
    assert.deepStrictEqual(targetLines(p, cited(p, 'Queiroz ([ca. 2005]')), ['QUEIROZ, M. Rios. Recife: Ed. Vale, [ca. 2005].']);
  });
});
