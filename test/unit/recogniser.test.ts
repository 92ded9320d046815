import * as assert from 'node:assert';
import { analysePaper, targetsOf } from '../../server/src/analysis';
import { readAuthorList } from '../../server/src/analysis/authorList';
import { isReferenceHeadingText } from '../../server/src/analysis/conventions';
import { findFurniture } from '../../server/src/analysis/pageFurniture';
import { computeLineStarts, splitLines } from '../../server/src/analysis/text';
import { cited, paper, targetLines } from './paperBuilder';

/** All texts below are written for these tests; none is taken from a real paper. */

describe('reference-list headings in the major languages', () => {
  it('knows them in capitals, with accents dropped and numbered', () => {
    for (const h of ['REFERÊNCIAS', 'Referencias bibliográficas', 'Literaturverzeichnis', 'Список литературы', 'Kaynakça', 'Bibliographie', 'Riferimenti bibliografici', 'WORKS CITED']) {
      assert.ok(isReferenceHeadingText(h), h);
    }
    assert.ok(!isReferenceHeadingText('Results'));
    const p = paper('Rivers move (Almeida, 2015).', '', '7. LITERATURA CITADA', '', 'Almeida, R. (2015). Rios. Lisboa: Tejo.');
    assert.strictEqual(p.references.length, 1);
    assert.strictEqual(cited(p, 'Almeida, 2015').status, 'resolved');
  });
});

describe('a reference list that no heading announces', () => {
  it('is the numbered run of entries a paper ends with, also when the extractor put its heading after it', () => {
    const p = paper(
      'Tidal rivers carry salt inland.2 Their banks move each decade.1,3',
      '1. Quintas RS, Malm J. Salt in tidal rivers.',
      'Rev Rios. 2017;4(2):11-9.',
      '2. Ostrander PS. Banks that move.',
      'J Geo. 2019;8:1-5.',
      '3. Lindqvist A. Decades of rivers. Lund: Aker; 2020.',
      'REFERÊNCIAS',
      'Os autores declaram não haver conflito de interesses.',
    );
    assert.strictEqual(p.references.length, 3);
    assert.deepStrictEqual(targetLines(p, cited(p, '3')), ['3. Lindqvist A. Decades of rivers. Lund: Aker; 2020.']);
    assert.deepStrictEqual(targetLines(p, cited(p, '2')), ['2. Ostrander PS. Banks that move.']);
  });

  it('is an alphabetical run of author-year entries at the end, and never numbered clauses or an unordered run', () => {
    const unheaded = paper('Salt moves inland (Malm, 2019; Quintas, 2017).', '', 'Lindqvist, A. (2020). Decades of rivers. Lund: Aker.', 'Malm, J. (2019). Banks that move.', 'Quintas, R. (2017). Salt in tidal rivers.');
    assert.deepStrictEqual(targetLines(unheaded, cited(unheaded, 'Quintas, 2017')), ['Quintas, R. (2017). Salt in tidal rivers.']);
    const unordered = paper('Salt moves inland (Malm, 2019).', '', 'Quintas, R. (2017). Salt.', 'Malm, J. (2019). Banks.', 'Lindqvist, A. (2020). Decades.', 'Berg, K. (2011). Mud.');
    assert.strictEqual(unordered.references.length, 0);
    const clauses = paper('Terms', '', '1. Quist, the licensor, grants these rights in 2019.', '2. Malm, the licensee, keeps this notice.', '3. Berg, a third party, gets nothing.');
    assert.strictEqual(clauses.references.length, 0);
  });
});

describe('author lists read name by name', () => {
  it('reads the forms the major styles print', () => {
    assert.deepStrictEqual(readAuthorList('Okafor BN, Lindqvist A, et al.: Title')?.surnames, ['Okafor', 'Lindqvist']);
    assert.deepStrictEqual(readAuthorList('P. Havel, M. Sousa, and K. Ito, “Title”')?.surnames, ['Havel', 'Sousa', 'Ito']);
    assert.deepStrictEqual(readAuthorList('MOURA, T.; DE LIMA, C. A. Título')?.surnames, ['MOURA', 'DE LIMA']);
    assert.deepStrictEqual(readAuthorList('van den Broek, K., and Quist, J. J. (2011)')?.surnames, ['van den Broek', 'Quist']);
    assert.deepStrictEqual(readAuthorList('Pereira WB III, Lund K (2004) Title')?.surnames, ['Pereira', 'Lund']);
    assert.deepStrictEqual(readAuthorList('Ostrander P.S., Malm J. A., Quintas R. (2004). Title')?.surnames, ['Ostrander', 'Malm', 'Quintas']);
    assert.deepStrictEqual(readAuthorList('Malm J. Rivers of salt. Lund: Aker.')?.surnames, ['Malm']);
    assert.strictEqual(readAuthorList('Nature Reviews. 2011; 12: 3–9'), null);
  });

  it('reads initials printed without spaces up to the title that follows them', () => {
    assert.deepStrictEqual(readAuthorList('Quintas, R.S.; Malm, J.; Ostrander, P.S. Estudo dos rios. Lisboa, 2017.')?.surnames, ['Quintas', 'Malm', 'Ostrander']);
    assert.deepStrictEqual(readAuthorList('Quintas, R.S., Malm, J.A.K. (2017) Rivers')?.surnames, ['Quintas', 'Malm']);
  });

  it('reads names written out in full (Chicago, MLA, ISO 690), and not title words or places that look like them', () => {
    assert.deepStrictEqual(readAuthorList('Quist, Maren. 2004. “Salt Roads.”')?.surnames, ['Quist']);
    assert.deepStrictEqual(readAuthorList('Ferreira Lobo, Rui, Ida Brandt, and Olek Zawada. 2019. Title')?.surnames, ['Ferreira Lobo', 'Brandt', 'Zawada']);
    assert.deepStrictEqual(readAuthorList('Halloran, Dee, Ana Vic, Tom Ost, et al. 2013. Title')?.surnames, ['Halloran', 'Vic', 'Ost']);
    assert.deepStrictEqual(readAuthorList('Moreau, Jeanne, The Long Shore, (Paris: Maison, 1987).')?.surnames, ['Moreau']);
    assert.strictEqual(readAuthorList('Side-Effects, Field Theory, and the long debate about them'), null);
    assert.strictEqual(readAuthorList('Garden City, NY: Hollow Press.'), null);
    assert.strictEqual(readAuthorList('du Lac, Nantes'), null);
  });

  it('reads a first name in full whose particles follow the given name (Chicago, MHRA: "Berg, Liesbeth van der")', () => {
    assert.deepStrictEqual(readAuthorList('Hulst, Maaike van der. Tidal Flats Revisited. Example Press, 2001.')?.surnames, ['Hulst']);
    assert.deepStrictEqual(readAuthorList('Prado, Inês de, and Tomas Berend, “Counting Dunes,”')?.surnames, ['Prado', 'Berend']);
  });

  it('reads every author family name first in capitals, as ISO 690 and ABNT print them', () => {
    assert.deepStrictEqual(readAuthorList('ODUYA, Kemi, LARSEN, Bo and VAN DER MEER, Floor, 2013. Title')?.surnames, ['ODUYA', 'LARSEN', 'VAN DER MEER']);
    assert.deepStrictEqual(readAuthorList('DA COSTA, Lia; DE WIT, Ruben. Title. City: Press, 2001.')?.surnames, ['DA COSTA', 'DE WIT']);
    assert.deepStrictEqual(readAuthorList('VAN DEN BOS, Ida; LE, Kim. Title. City: Press, 2001.')?.surnames, ['VAN DEN BOS', 'LE']);
  });
});

describe('reference lists from PDF text', () => {
  it('skips running headers and page numbers at page breaks and keeps wrapped entries whole', () => {
    const p = paper(
      'Glaciers thin (Okafor and Lindqvist 2012) and rivers follow (Havel et al. 2019).',
      '',
      'References',
      'Okafor BN, Lindqvist A (2012) Ice margins of the northern',
      'ranges. J Cold Stud 4:1–9',
      '',
      'Journal of Made-up Studies (2020) 3:10–20',
      '',
      '\f12',
      'Havel P, Sousa M, Ito K (2019) Meltwater and the people',
      'downstream. Water Hist 8:44–60',
      'Journal of Made-up Studies (2020) 3:10–20',
      '',
      '\f13',
    );
    assert.deepStrictEqual(
      p.references.map((e) => e.surnames[0]),
      ['Okafor', 'Havel'],
    );
    assert.strictEqual(cited(p, 'Okafor and Lindqvist 2012').status, 'resolved');
    assert.strictEqual(cited(p, 'Havel et al. 2019').status, 'resolved');
  });

  it('takes a line for a running header when it recurs at page breaks with only its page number changed', () => {
    const text = [
      'Mills of the North 3',
      'Berend, Tomas. “Selling Mills.” Sea History',
      '4, no. 2 (2001): 10–19.',
      '\fMills of the North 4',
      'Lund, Kari. “Ponds.” Sea History',
      '7, no. 1 (2004): 33–40.',
      '\fMills of the North 5',
    ].join('\n');
    const furniture = findFurniture(splitLines(text, computeLineStarts(text)));
    assert.deepStrictEqual(furniture, [true, false, false, true, false, false, true]);
  });

  it('reads the blank lines around a page break inside an entry as no gap between entries', () => {
    const p = paper(
      'Mills were sold (Berend 2001).',
      '',
      'References',
      '',
      'Berend, Tomas. 2001. Selling the Mills. Hull: Dock',
      '',
      '14',
      '\fMade-up Mill Studies',
      '',
      '(Harbour Press), 2nd edn.',
      'Lund, Kari. 2004. Ponds. Hull: Dock Press.',
      '',
      '15',
      '\fMade-up Mill Studies',
    );
    assert.deepStrictEqual(p.references.map((e) => e.text.split('.')[0]), ['Berend, Tomas', 'Lund, Kari']);
  });

  it('opens an entry at a corporate name in Cyrillic, whose words after the first are in small letters, never at a publisher alone on its line', () => {
    const p = paper(
      'Text.¹',
      '',
      '¹ Комитет водных ресурсов, Tidal Mills, 4.',
      '',
      'Bibliography',
      '',
      'Berend, Tomas, Selling the Mills, no. 3/12 (Dock Press, 2001)',
      'Комитет водных ресурсов, Tidal Mills (Harbour Press, 1999)',
      'Lund, Kari, Ponds and Weirs, 2004, no. 4/10.',
      'Издательство Речная книга.',
    );
    assert.deepStrictEqual(p.references.map((e) => e.text.split(',')[0]), ['Berend', 'Комитет водных ресурсов', 'Lund']);
  });

  it('gives labels printed on their own lines, two columns read across, to the entries in number order', () => {
    const p = paper(
      'As shown before [1] and since [2, 3].',
      '',
      'References',
      '',
      '1.',
      '',
      'Ansel K, Bo T: First work. J Ex. 2001; 1: 1–2.',
      '',
      '3.',
      '',
      '2.',
      '',
      'Cole D: Second work. J Ex. 2002; 2: 3–4.',
      'Dunn E: Third work. J Ex. 2003; 3: 5–6.',
    );
    assert.deepStrictEqual(
      p.references.map((e) => `${e.label} ${e.surnames[0]}`),
      ['1 Ansel', '2 Cole', '3 Dunn'],
    );
    assert.deepStrictEqual(targetLines(p, cited(p, '[1]')), ['1.']);
  });

  it('reads labels in round brackets and bare numbers before the names, a bare one only as the next number', () => {
    const bracketed = paper(
      'Dunes migrate.¹ Winds shift them.²,³',
      '',
      'References',
      '',
      '(1) Marrow, T.; Quell, A. Dune fields. J. Ex. 2004, 12, 1–9.',
      '(2) Ostrander, P. Wind. J. Ex. 2006, 14, 3–4.',
      '(3) Lindgard, H. Sand. J. Ex. 2008, 2, 5–6.',
    );
    assert.deepStrictEqual(bracketed.references.map((e) => `${e.label} ${e.surnames[0]}`), ['1 Marrow', '2 Ostrander', '3 Lindgard']);
    assert.deepStrictEqual(targetLines(bracketed, cited(bracketed, '¹')), ['(1) Marrow, T.; Quell, A. Dune fields. J. Ex. 2004, 12, 1–9.']);
    const bare = paper(
      'Dunes migrate [1]. Winds shift them [2,3].',
      '',
      'References',
      '',
      '1  Marrow T, Quell A. Dune fields of the northern coast and their',
      '12 seasonal movement. J Ex 2004;12:1–9.',
      '2  Ostrander P. Wind. J Ex 2006;14:3–4.',
      '3  Lindgard H. Sand. J Ex 2008;2:5–6.',
    );
    assert.deepStrictEqual(bare.references.map((e) => `${e.label} ${e.surnames[0]}`), ['1 Marrow', '2 Ostrander', '3 Lindgard']);
    assert.deepStrictEqual(targetLines(bare, cited(bare, '3]')), ['3  Lindgard H. Sand. J Ex 2008;2:5–6.']);
  });

  it('reads IEEE entries with initials first and the year at the end', () => {
    const p = paper('Capsules need preparation [1], [2].', '', 'References', '', '[1] P. Havel and M. Sousa, “A made-up study,” J. Ex., vol. 2, pp. 1–4, 2010.', '[2] K. Ito, “Another,” J. Ex., vol. 3, 2012.');
    assert.deepStrictEqual(p.references.map((e) => [e.label, e.surnames, e.year]), [
      ['1', ['Havel', 'Sousa'], '2010'],
      ['2', ['Ito'], '2012'],
    ]);
  });

  it('reads ABNT entries: semicolons between authors, the year at the end, an access date that is not the year', () => {
    const p = paper(
      'Segundo a literatura (Moura; Lima, 2019, p. 12) e o Conselho Nacional de Pesquisa (2020).',
      '',
      'Referências',
      'Moura, T.; Lima, C. A. Um estudo inventado. Revista Exemplo, v. 2, n. 1, p. 1-9, 2019.',
      'Disponível em: https://example.org/a. Acesso em: 3 jan. 2021.',
      'Conselho Nacional de Pesquisa. Relatório inventado. Brasília: CNP, 2020.',
    );
    assert.deepStrictEqual(p.references.map((e) => e.year), ['2019', '2020']);
    assert.strictEqual(cited(p, 'Moura; Lima, 2019').status, 'resolved');
    assert.strictEqual(cited(p, 'Moura; Lima, 2019').locator, 'p. 12');
  });

  it('reads undated marks of every language, co-authors with particles and corporate names joined by short words', () => {
    const p = paper(
      'Un estudio (Lindahl, s. f.) y otro (Brask, Ovell y ter Horst, 1992), como dice el (Istituto per le Acque Basse, 2005).',
      '',
      'Referencias',
      '',
      'Brask, P., Ovell, R. y ter Horst, H. (1992). Un título inventado. Madrid: Editorial Ejemplo.',
      'Istituto per le Acque Basse (2005). Otro título inventado. Roma: Editrice Esempio.',
      'Lindahl, L. (s. f.). Notas inventadas. https://example.org/notas',
    );
    assert.deepStrictEqual(p.references.map((e) => e.authorText), ['Brask, P., Ovell, R. y ter Horst, H.', 'Istituto per le Acque Basse', 'Lindahl, L.']);
    for (const text of ['Lindahl, s. f.', 'Brask, Ovell y ter Horst, 1992', 'Istituto per le Acque Basse, 2005']) assert.strictEqual(cited(p, text).status, 'resolved', text);
  });

  it('closes an entry at an undated mark at a line end, whose last letter is no initial ("o. J.")', () => {
    const p = paper(
      'Wie gezeigt.¹',
      '',
      '¹ Tomas Berend, Wattenmeer ohne Jahr (Beispielverlag, o. J.).',
      '',
      'Literatur',
      '',
      'Berend, Tomas. Wattenmeer ohne Jahr. Beispielverlag,',
      'o. J.',
      'Prado, Inês. Dünen im Wandel. Beispielverlag, 2004.',
    );
    assert.deepStrictEqual(p.references.map((e) => e.authorText.split(',')[0]), ['Berend', 'Prado']);
  });

  it('opens an entry at a name, a comma and a quoted title after an entry that ended, dated or not (MHRA, OSCOLA)', () => {
    const p = paper(
      'Text.¹',
      '',
      '¹ Tomas Berend, ‘Counting Ships’, 2019.',
      '',
      'Bibliography',
      '',
      'Berend, Tomas, ‘Counting Ships’, 2019 <https://example.org/ships> [accessed 3 May 2024]',
      'Harbour Records Office, ‘Ledgers of the Quay’, Sea History, 4.2 (2001), pp. 5–19',
      'Lindqvist A, ‘Tidal Mills’ (Dock Press) 12/4',
      'Ostler K, ‘Ferries before Bridges’ (Tide Books 2018)',
    );
    assert.deepStrictEqual(p.references.map((e) => e.text.split(',')[0]), ['Berend', 'Harbour Records Office', 'Lindqvist A', 'Ostler K']);
  });

  it('reads undated marks written out in full, as the locales spell "no date"', () => {
    const p = paper(
      'Bir çalışma (Koralp, tarih yok) ve bir başkası (Demiral, 2014).',
      '',
      'Kaynakça',
      '',
      'Koralp, E. (tarih yok) Uydurma bir başlık. Ankara: Örnek Yayınları. Erişim tarihi: 3 Mayıs 2021.',
      'Demiral, S. (2014) Başka bir başlık. İzmir: Örnek Yayınları.',
    );
    assert.deepStrictEqual(p.references.map((e) => e.year), ['n.d.', '2014']);
    assert.strictEqual(cited(p, 'Koralp, tarih yok').status, 'resolved');
  });

  it('takes "et al." of any language inside the parenthesis for more authors', () => {
    const p = paper(
      'Ein Befund (Halbig u. a. 2001) und ein zweiter (Halbig и др., 2001).',
      '',
      'Literatur',
      '',
      'Halbig, Lena, Tom Ries und Uwe Kamp. 2001. Ein erfundener Titel. Bonn: Beispielverlag.',
    );
    assert.strictEqual(cited(p, 'Halbig u. a. 2001').status, 'resolved');
    assert.strictEqual(cited(p, 'Halbig и др., 2001').status, 'resolved');
  });

  it('opens a corporate entry whose year is the sentence after the name (Chicago author-date)', () => {
    const p = paper(
      'Text (Nordic Board for Soils 2018b) and (Nordic Board for Soils 1993).',
      '',
      'References',
      '',
      'Nordic Board for Soils. 1993. A made-up report. Oslo: Example Press.',
      'Nordic Board for Soils. 2018a. Another made-up report. Oslo: Example Press.',
      'Nordic Board for Soils. 2018b. A third made-up report. Oslo: Example Press.',
    );
    assert.deepStrictEqual(p.references.map((e) => e.year), ['1993', '2018a', '2018b']);
    assert.match(targetLines(p, cited(p, 'Nordic Board for Soils 2018b'))[0], /2018b/);
  });

  it('reads Springer entries one to a line: an undated work printed with no mark, a corporate author before its year', () => {
    const p = paper(
      'Ice moves (Harlow 2001; Vessel Board for Lakes 2003; Harlow and Quist) and so does water (Quist 2004).',
      '',
      'References',
      'Harlow T (2001) A made-up study of ice. Example Press, Leeds',
      'Harlow T, Quist M A made-up atlas of lakes. Example Press, Leeds',
      'Quist M (2004) A made-up survey of water. Example Press, Oslo',
      'Vessel Board for Lakes (2003) A made-up report. Example Press, Oslo',
      'Vessel Board for Lakes (2005) Another made-up report. Example Press, Oslo',
    );
    assert.deepStrictEqual(p.references.map((e) => [e.surnames, e.year]), [
      [['Harlow'], '2001'],
      [['Harlow', 'Quist'], 'n.d.'],
      [['Quist'], '2004'],
      [['Vessel Board for Lakes'], '2003'],
      [['Vessel Board for Lakes'], '2005'],
    ]);
    for (const text of ['Quist 2004', 'Vessel Board for Lakes 2003']) assert.strictEqual(cited(p, text).status, 'resolved', text);
    // A title in title case wrapped after a numeral is no name followed by a title.
    assert.strictEqual(readAuthorList('War II World Order, Journal of Made-up Studies 27'), null);
  });

  it('does not take the end of a wrapped title before a year for a corporate author', () => {
    const p = paper(
      'See the survey.¹',
      '',
      'Bibliography',
      '',
      'Vessel Board for Lakes, ‘Notes on Ice after the Cold',
      'Winters’ (2014) 23 Journal of Made-up Studies 44',
    );
    assert.deepStrictEqual(p.references.map((e) => e.authorText), ['Vessel Board for Lakes']);
  });

  it('opens an entry with a corporate author whose later words are in small letters, straight before its year', () => {
    const chicago = paper(
      'Ice moves (Институт полярных льдов 1991).',
      '',
      'References',
      'Aalto, Kai. 2001. A Made-up Survey. Oslo: Example Press.',
      'Институт полярных льдов. 1991. A Made-up Report. Oslo: Example Press.',
    );
    assert.deepStrictEqual(chicago.references.map((e) => e.authorText), ['Aalto, Kai', 'Институт полярных льдов']);
    assert.strictEqual(cited(chicago, 'Институт полярных льдов 1991').status, 'resolved');
    const harvard = paper('Ice (Aalto, 2001).', '', 'References', 'Aalto, K. (2001) A made-up survey of the', 'ice. Oslo: Example Press.', 'Институт полярных льдов (1991) A made-up report.');
    assert.deepStrictEqual(harvard.references.map((e) => e.year), ['2001', '1991']);
    // A journal wrapped before its year, in an entry that shows no year yet, is no corporate author.
    const vancouver = paper('Ice.¹', '', 'References', 'Aalto K, Moe P, et al.: A made-up survey of the ice in the', 'Arctic Ocean. J Ice Biol. 2014. in press.');
    assert.strictEqual(vancouver.references.length, 1);
  });

  it('ends a corporate author with its sentence when the year comes at the end of the entry', () => {
    const p = paper(
      'A survey found this (Agência Fluvial do Norte, 2005).',
      '',
      'Referências',
      'AGÊNCIA FLUVIAL DO NORTE. Rios e margens: um relatório inventado. Recife: Editora Exemplo, 2005.',
    );
    assert.deepStrictEqual(p.references.map((e) => e.authorText), ['AGÊNCIA FLUVIAL DO NORTE']);
    assert.strictEqual(cited(p, 'Agência Fluvial do Norte, 2005').status, 'resolved');
  });
});

describe('numeric citations', () => {
  const list = ['', 'References', '', '1. Ansel K. One. J Ex. 2001;1:1.', '2. Bo T. Two. J Ex. 2002;2:2.', '3. Cole D. Three. J Ex. 2003;3:3.', '4. Dunn E. Four. J Ex. 2004;4:4.'];

  it('reads superscripts flattened by extraction when the paper cites its numbered list by no brackets', () => {
    const p = paper('Ice melts in spring1–3, as measured.4 Later work agrees2,4 and', 'so do the rivers.1', ...list);
    assert.deepStrictEqual(
      p.citations.map((c) => [c.text, targetsOf(p, c).map((t) => ('label' in t ? t.label : null))]),
      [
        ['1–3', ['1', '2', '3']],
        ['4', ['4']],
        ['2', ['2']],
        ['4', ['4']],
        ['1', ['1']],
      ],
    );
  });

  it('reads flattened superscripts parted by semicolons as one list', () => {
    const p = paper('Ice melts in spring.1; 2 Rivers rise.3; 4 and lakes freeze.2', ...list);
    assert.deepStrictEqual(p.citations.map((c) => c.text), ['1', '2', '3', '4', '2']);
  });

  it('never reads digits glued to a capital, a number or a counted word', () => {
    const p = paper('The CO2 level in Fig.2 was 3.5 units; the AbcP1 gene.', 'Ice melts in spring1–3, as measured.4 and rivers2.', ...list);
    assert.deepStrictEqual(p.citations.map((c) => c.text), ['1–3', '4', '2']);
  });

  it('reads a number glued to a chemical name, and not a locant or a configuration letter', () => {
    const p = paper('The ligand 2-ethyl-3-methoxypyrazine4 binds well1,2, but (3 R,4 S)-2-hydroxy4-octanone does not3.', ...list);
    assert.deepStrictEqual(p.citations.map((c) => c.text), ['4', '1', '2', '3']);
  });

  it('reads a superscript off a name the paper writes alone elsewhere, not off a recurring or short name', () => {
    const p = paper('The enzyme KlmX2 folds1,2 and KlmX23 binds TiO2 in water. TiO2 and TiO differ4.', 'Helix A and helix A2 meet.', ...list);
    assert.deepStrictEqual(p.citations.map((c) => c.text), ['1', '2', '3', '4']);
  });

  it('reads digits after a small letter of a name once, as glued to a word', () => {
    const p = paper('The KLMs1,2 bind and KLMs agree. Rivers rise3.', ...list);
    assert.deepStrictEqual(p.citations.map((c) => c.text), ['1', '2', '3']);
  });

  it('reads a list glued to a name from the digits just below its next number', () => {
    const p = paper('Ice melts1,2 and rivers rise3. The probe QX73,4 agrees.', ...list);
    assert.deepStrictEqual(p.citations.map((c) => c.text), ['1', '2', '3', '3', '4']);
  });

  it('reads a flattened number a little past the list as a citation of a missing entry, wherever it stands', () => {
    const p = paper('Ice melts in spring6 and rises1–3, as measured.4 Later work agrees2,4 and so do the rivers.12', ...list);
    assert.deepStrictEqual(
      p.citations.map((c) => [c.text, c.status]),
      [
        ['6', 'unresolved'],
        ['1–3', 'resolved'],
        ['4', 'resolved'],
        ['2', 'resolved'],
        ['4', 'resolved'],
      ],
    );
  });

  it('reads a superscript run a little past the list whole, as a citation of a missing entry, not its last digit', () => {
    const long = Array.from({ length: 20 }, (_, i) => `${i + 1}. Author${String.fromCharCode(65 + i)} K. Work. J Ex. 2001;1:${i + 1}.`);
    const p = paper('Ice melts.¹ Rivers rise.²⁸ Lakes freeze.²', '', 'References', '', ...long);
    assert.deepStrictEqual(
      p.citations.map((c) => [c.text, c.status]),
      [
        ['¹', 'resolved'],
        ['²⁸', 'unresolved'],
        ['²', 'resolved'],
      ],
    );
  });

  it('reads no call in the number of a heading that follows a page break', () => {
    const p = paper('Ice melts in spring1 and rises2, as measured.3 Later work agrees1,3 on the', 'valleys.', '', '\f', '4 Methods', '', 'Rivers rise.2', ...list);
    assert.deepStrictEqual(p.citations.map((c) => c.text), ['1', '2', '3', '1', '3', '2']);
  });

  it('reads a bracketed number with a locator in any language, and not a list ending in "and"', () => {
    const p = paper('Ice melts [2, p. 14], rivers rise [3, S. 7–9] and [1, с. 5]; see [4, Theorem 2].', 'Lakes [1, 3, and 4] freeze.', ...list);
    assert.deepStrictEqual(
      p.citations.map((c) => [c.text, c.locator, targetsOf(p, c).map((t) => ('label' in t ? t.label : null))]),
      [
        ['[2, p. 14]', 'p. 14', ['2']],
        ['[3, S. 7–9]', 'S. 7–9', ['3']],
        ['[1, с. 5]', 'с. 5', ['1']],
        ['[4, Theorem 2]', 'Theorem 2', ['4']],
      ],
    );
  });

  it('reads a page abbreviation printed without a point and a page after a colon as locators', () => {
    const p = paper('Ice melts [2, p121], rivers rise [3, pp7-9] and lakes freeze [4:210–12].', ...list);
    assert.deepStrictEqual(
      p.citations.map((c) => [c.text, c.locator, targetsOf(p, c).map((t) => ('label' in t ? t.label : null))]),
      [
        ['[2, p121]', 'p121', ['2']],
        ['[3, pp7-9]', 'pp7-9', ['3']],
        ['[4:210–12]', '210–12', ['4']],
      ],
    );
  });

  it('reads a bracket glued to a symbol of one or two letters as an index, not a citation', () => {
    const p = paper('Scores u[1] and pc[2] of the model x2[3] explain most [3], as reported[4].', ...list);
    assert.deepStrictEqual(p.citations.map((c) => c.text), ['[3]', '[4]']);
  });

  it('reads no bare digits glued to words as citations in a paper that cites its list in square brackets', () => {
    const p = paper('Ann Lewis1 and Bo Kimura2', '', 'Ice melts [1], rivers rise [2] and lakes freeze [3].', ...list);
    assert.deepStrictEqual(p.citations.map((c) => c.text), ['[1]', '[2]', '[3]']);
  });

  it('reads numbers in round brackets against the numbered list', () => {
    const p = paper('Ice melts (1,2) and rivers rise (3–4); see also (2).', ...list);
    assert.deepStrictEqual(
      p.citations.map((c) => targetsOf(p, c).map((t) => ('label' in t ? t.label : null))),
      [['1'], ['2'], ['3', '4'], ['2']],
    );
  });

  it('reads a locator after the last number in round brackets', () => {
    const p = paper('Ice melts (1,2) and rivers rise (3, p. 7); lakes freeze (4 S. 12–13).', ...list);
    assert.deepStrictEqual(
      p.citations.map((c) => [c.text, c.locator]),
      [
        ['1', null],
        ['2', null],
        ['3', 'p. 7'],
        ['4', 'S. 12–13'],
      ],
    );
  });
});

describe('author-date citations as extraction leaves them', () => {
  const refs = ['', 'References', '', 'González, L. (2010). A title. Place: Press.', 'Griffiths, A. (2001). Another. Place: Press.', 'Ruiz, P., Ota, N., and Berg, S. (2015). Third. Place: Press.', 'Ruiz, P., and Ota, N. (2015). Fourth. Place: Press.'];

  it('joins names broken over a line end or hyphenated, ligatures and page breaks between the halves', () => {
    const p = paper('As Gonzá-', 'lez (2010) argued, and as others did (Gri\ufb03ths,', '', '\f7', '', '2001), the case stands.', ...refs);
    assert.deepStrictEqual(targetLines(p, cited(p, 'González (2010')), [refs[3]]);
    assert.deepStrictEqual(targetLines(p, cited(p, 'Griﬃths, 2001')), [refs[4]]);
  });

  it('reads "et al." and "and" of other languages, and prefers a work of three or more authors for "et al."', () => {
    const p = paper('Sabe-se (Ruiz e col., 2015) que Ruiz e Ota (2015) e Ruiz u. a. (2015) e (Ruiz и др., 2015) concordam.', ...refs);
    for (const t of ['Ruiz e col., 2015', 'Ruiz u. a. (2015', 'Ruiz и др., 2015']) assert.deepStrictEqual(targetLines(p, cited(p, t)), [refs[5]], t);
    assert.deepStrictEqual(targetLines(p, cited(p, 'Ruiz e Ota (2015')), [refs[6]]);
  });

  it('reads years of one author, letters after a year and a lead-in before the names', () => {
    const p = paper('Seen before (reviewed in Griffiths 2001) and (see González, 2010 for the method).', ...refs);
    assert.strictEqual(cited(p, 'Griffiths 2001').status, 'resolved');
    assert.strictEqual(cited(p, 'González, 2010').status, 'resolved');
  });
});

describe('family names opening with a particle in small letters', () => {
  it('reads a family name that is written like a particle but capitalised', () => {
    const p = paper('Trade grew (Bin, 2014) and (De, 2016).', '', 'References', '', '- Bin, A. (2014). Markets. City: Press.', '- De, K. (2016). Ports. City: Press.');
    assert.strictEqual(cited(p, 'Bin, 2014').status, 'resolved');
    assert.strictEqual(cited(p, 'De, 2016').status, 'resolved');
  });

  it('opens an entry with it and resolves the citation', () => {
    const p = paper('Differences exist (de Wael 2008).', '', 'References', 'Dekker AB (2005) A made-up title. J Ex 1:1–2', 'de Wael GJ (2008) Another made-up title. J Ex 2:3–4');
    assert.deepStrictEqual(p.references.map((e) => e.surnames[0]), ['Dekker', 'de Wael']);
    assert.strictEqual(cited(p, 'de Wael 2008').status, 'resolved');
  });

  it('reads a narrative name from its particles, and every author of a narrative list of three', () => {
    const p = paper(
      'Ice moves. van der Brink (2009) saw it, Van den Hoek (2011) doubted it, and Ost, ter Laan and Moe (2013) measured it.',
      '',
      'References',
      'Ost P, ter Laan R, Moe K (2013) A made-up survey. J Ex 3:5–6',
      'Van den Hoek K (2011) A made-up doubt. J Ex 2:3–4',
      'van der Brink L (2009) A made-up sighting. J Ex 1:1–2',
    );
    for (const text of ['van der Brink (2009', 'Van den Hoek (2011', 'Ost, ter Laan and Moe (2013']) assert.strictEqual(cited(p, text).status, 'resolved', text);
  });

  it('reads a Chicago entry whose particles follow the given names, after a publisher wrapped onto its own line', () => {
    const p = paper(
      'Ice moves (Brink 2009; Lund and Moe 2012).',
      '',
      'References',
      'Aalto, Kai. 2001. A made-up survey. No. 4/1.',
      'Example Press.',
      'Brink, Lotte van der. 2009. A made-up sighting. Oslo: Example Press.',
      'Lund, Karin, and Per Moe. 2012. A made-up doubt. Oslo: Example Press.',
    );
    assert.deepStrictEqual(p.references.filter((e) => e.year !== 'n.d.').map((e) => e.surnames), [['Aalto'], ['Brink'], ['Lund', 'Moe']]);
  });
});

describe('narrative citations of corporate authors', () => {
  it('reads a listed corporate author before its year whatever the case of its words', () => {
    const p = paper(
      'As the Amt für Eiskunde (2004) and later Институт полярных льдов (2009) showed, ice moves.',
      '',
      'References',
      'Amt für Eiskunde (2004) A made-up report. Example Press, Bonn',
      'Институт полярных льдов (2009) A made-up survey. Example Press, Oslo',
    );
    for (const text of ['Amt für Eiskunde (2004', 'Институт полярных льдов (2009']) assert.strictEqual(cited(p, text).status, 'resolved', text);
  });
});

describe('citations of works the list prints with no date', () => {
  const springer = ['', 'References', 'Lund K, Moe P, Ost R A made-up atlas of ice. Example Press, Oslo', 'Moe P (2010) A made-up survey. Example Press, Oslo', 'Quist M A made-up note on lakes. Example Press, Leeds'];

  it('reads names with no year as citing an undated work of theirs, when the list marks none', () => {
    const p = paper('Ice moves (Moe 2010; Lund et al.) and lakes freeze (Moe 2010; Quist, p. 12), says (Quist).', ...springer);
    for (const text of ['Lund et al.', 'Quist', 'Quist']) assert.strictEqual(cited(p, text).status, 'resolved', text);
    assert.strictEqual(cited(p, 'Quist').locator, 'p. 12');
    assert.deepStrictEqual(targetLines(p, cited(p, 'Lund et al.')), [springer[2]]);
  });

  it('reads a name followed only by a page in brackets as citing an undated work of that author', () => {
    const p = paper('As Quist (p. 12) says, and Moe (p. 3) does not, ice moves.', ...springer);
    assert.strictEqual(cited(p, 'Quist (p. 12').status, 'resolved');
    assert.deepStrictEqual(p.citations.map((c) => c.text), ['Quist (p. 12']);
  });

  it('reads no bare name where the list marks its undated works, nor the first of names split by semicolons', () => {
    const marked = paper('The board (ASWA) says so (Moura; Lima, 2019).', '', 'References', '', 'ASWA. (n.d.). A made-up page. https://example.org/a', 'Moura, T. (n.d.). Um título. Lisboa: Tejo.', 'Moura, T.; Lima, C. (2019). Outro título. Lisboa: Tejo.');
    assert.deepStrictEqual(marked.citations.map((c) => c.text), ['Moura; Lima, 2019']);
    const abnt = paper('Segundo (Quist; Moe, 2010).', ...springer);
    assert.deepStrictEqual(abnt.citations.map((c) => c.text), ['Quist; Moe, 2010']);
  });
});

describe('taxonomic authorities', () => {
  it('reads the describer after a Latin species name as no citation unless the list has that work', () => {
    const p = paper(
      'The skate Raja montana (Vellard, 1902) and R. pallidus (Okafor, 1999) swim (Okafor, 2012) near the coast (Brandt, 2001),',
      'as R. ovalis (Okafor, 2012) does; Sphyrna tiburo (L. 1758) too.',
      '',
      'References',
      'Okafor BN (2012) A made-up title. J Ex 1:1–2',
    );
    assert.deepStrictEqual(p.citations.map((c) => c.text), ['Okafor, 2012', 'Brandt, 2001', 'Okafor, 2012']);
  });
});

describe('quick fixes a reader can trust', () => {
  const p = paper(
    'Forests shrink (WHO 2020) and grow back (Whitakre, 2020).',
    '',
    'References',
    '',
    'Whitaker, J. (2020). Woods. Place: Press.',
  );

  it('never corrects an organisation to a person, and prefers a near spelling', () => {
    assert.deepStrictEqual(cited(p, 'WHO 2020').suggestions, []);
    const typo = cited(p, 'Whitakre, 2020');
    assert.ok(typo.kind !== 'footnote');
    assert.strictEqual(typo.suggestions[0].replacement, 'Whitaker, 2020');
    assert.strictEqual(typo.suggestions[0].preferred, true);
  });

  it('reads a narrative name one letter off a listed person as a citation to correct, not other capitalised words', () => {
    const q = paper(
      'As Halvordsen (2019) and Survays (2018) show, and Moa (2017) says, ice moves.',
      '',
      'References',
      'Halvorsen I (2019) A made-up study. J Ex 2:3–4',
      'Moe P (2017) A made-up note. J Ex 1:1–2',
      'Nordic Board for Soil Surveys (2018) A made-up report. Example Press, Oslo',
    );
    const typo = cited(q, 'Halvordsen (2019');
    assert.strictEqual(typo.status, 'unresolved');
    assert.strictEqual(typo.suggestions[0]?.replacement, 'Halvorsen (2019');
    assert.deepStrictEqual(q.citations.map((c) => c.text), ['Halvordsen (2019']);
  });

  it('offers first, for a year no work of the cited authors has, their work of the nearest year', () => {
    const q = paper('It was shown before (Lund et al., 2015).', '', 'References', '', 'Lund, K., Moe, P., & Ost, R. (1992). A made-up survey. Oslo: Example Press.', 'Lund, K., Quist, M., & Aalto, K. (2013). A made-up atlas. Oslo: Example Press.');
    assert.strictEqual(cited(q, 'Lund et al., 2015').suggestions[0]?.replacement, 'Lund et al., 2013');
  });

  it('corrects a misspelt family name with particles to the person it names', () => {
    const q = paper('It was shown before (Van den Hoak 2011).', '', 'References', 'Van den Hoek K (2011) A made-up doubt. J Ex 2:3–4');
    assert.strictEqual(cited(q, 'Van den Hoak 2011').suggestions[0]?.replacement, 'Van den Hoek 2011');
  });
});

describe('only papers', () => {
  it('does not take a README or a licence for a paper', () => {
    const readme = [
      '# tidy-tool',
      '',
      'A small tool (version 2.1) that tidies files. Released in 2019.',
      '',
      '## Install',
      '',
      '1 Download the archive.',
      '2 Unpack it (see 3.2 below).',
      '3 Run it.',
      '',
      'Copyright (c) 2019 The Tidy Authors',
      '',
      '1. Redistributions of source code must retain the above copyright notice (2019).',
      '2. Redistributions in binary form must reproduce the notice [1].',
      '3. Neither the name of the authors nor the names of its contributors may be used.',
    ].join('\n');
    const p = analysePaper(readme);
    assert.strictEqual(p.isPaper, false);
    const licence = analysePaper(
      ['TERMS', '', 'Footnotes:', '', '1. The licensor grants the rights set out here to every licensee.', '2. The licensee keeps this notice in every copy of the work.', '3. No warranty is given, to the extent the law allows.'].join('\n'),
    );
    assert.strictEqual(licence.isPaper, false);
    assert.deepStrictEqual(p.citations.filter((c) => c.status !== 'resolved'), []);
  });
});

describe('Markdown footnotes', () => {
  it('reads "[^3]" as a call of the note defined by "[^3]:", also after a reference list, and no digit inside "[^n2]"', () => {
    const p = paper(
      '# Rivers',
      '',
      'Salt moves inland.[^1] Banks move too.[^n2]',
      '',
      '## References',
      '',
      'Quintas, R. (2017). Salt. Lisbon: Tejo.',
      '',
      '[^1]: On salt, see Quintas (2017).',
      '[^n2]: A note with a name for a label.',
    );
    assert.deepStrictEqual(targetLines(p, cited(p, '[^1]')), ['[^1]: On salt, see Quintas (2017).']);
    assert.strictEqual(p.references.length, 1);
    assert.strictEqual(cited(p, 'Quintas (2017').status, 'resolved');
    assert.deepStrictEqual(p.citations.filter((c) => c.status !== 'resolved'), []);
  });
});

describe('an entry whose author list was read short', () => {
  it('still fits a citation whose further names open the entry', () => {
    const p = paper('Como visto (Quintas; Malm, 2021).', '', 'Referências', '', 'Quintas, S.; Malm, M.M.Avaliação dos rios. Coimbra: Tejo, 2021.', 'Quintas, S. Rios. Coimbra: Tejo, 2021.');
    assert.deepStrictEqual(targetLines(p, cited(p, 'Quintas; Malm, 2021')), ['Quintas, S.; Malm, M.M.Avaliação dos rios. Coimbra: Tejo, 2021.']);
  });
});

describe('an entry whose year was misread', () => {
  it('fits a citation of all its authors whose year it prints on its own, never one whose year it lacks', () => {
    const p = paper(
      'Como visto (Quintas, 2011) e (Quintas, 2013).',
      '',
      'Referências',
      '',
      'Abreu, T. Rios. Lisboa: Tejo, 2009.',
      'Quintas, C. The salt of rivers, 1979-2009: a survey. Rios, v. 3, p. 4-9, 2011. Disponível em: https://rios.example/2013. Acevso em: 8 nov. 2022.',
    );
    assert.strictEqual(cited(p, 'Quintas, 2011').status, 'resolved');
    assert.strictEqual(cited(p, 'Quintas, 2013').status, 'unresolved');
  });
});

describe('where a narrative citation starts', () => {
  it('starts at the first author as the entry prints the name: a sentence opener goes, a printed given name stays', () => {
    const p = paper(
      'Segundo Quintas, Malm e Ostrander (2020) o sal sobe. As Robert Lindqvist (2014) showed, it moves.',
      '',
      'Referências',
      '',
      'Lindqvist, Robert (2014). Rivers. Lund: Aker.',
      'Quintas, R. S.; Malm, P.; Ostrander, B. O sal. Lisboa: Tejo, 2020.',
    );
    assert.strictEqual(cited(p, 'Quintas, Malm e Ostrander (2020').status, 'resolved');
    assert.strictEqual(cited(p, 'Robert Lindqvist (2014').status, 'resolved');
  });
});

describe('a list that puts a colon after the names (DIN 1505-2)', () => {
  it('reads each entry from its names to the colon, the year at the end, also after an entry that printed none', () => {
    const p = paper(
      'Das Eis wandert (Quintas, 2016; Malm & de Wit, 2017; Nordisches Moorkomitee, 2018; Ostrander, 2019).',
      '',
      'Literatur',
      '',
      'Malm, Jonas ; de Wit, Anouk: Moore im Wandel. In: Moorhefte vol. 2 (2017), Nr. 1, pp. 10–20',
      'Lindqvist, Arne: Torf ohne Jahr. Lund : Aker',
      'Nordisches Moorkomitee: Berichte über Moore. Oslo : Moorverlag, 2018',
      'Ostrander, Pia: Eis und Torf. Kassel : Lindenhof, 2019',
      'Quintas, Rui: Kartierung der Moore. Nantes : Marais, 2016',
    );
    assert.deepStrictEqual(p.references.map((e) => [e.surnames[0], e.year]), [
      ['Malm', '2017'],
      ['Lindqvist', 'n.d.'],
      ['Nordisches Moorkomitee', '2018'],
      ['Ostrander', '2019'],
      ['Quintas', '2016'],
    ]);
    assert.deepStrictEqual(p.citations.filter((c) => c.status !== 'resolved'), []);
  });

  it('keeps a place and its publisher with the entry before in a list that does not', () => {
    const p = paper(
      'Peat grows (Quist, 1999; Malm, 2001).',
      '',
      'References',
      '',
      'Quist, A. (1999) Peat and its uses.',
      'Berkeley, California: Hill Press.',
      'Malm, J. (2001) Bogs. Lund: Aker.',
    );
    assert.strictEqual(p.references.length, 2);
  });
});

describe('entries that open after one that ended unusually', () => {
  it('opens at a corporate author, a comma and its year after an ended entry (Harvard)', () => {
    const p = paper(
      'Text (Instituto de Estudos dos Rios, 2001; Quist, 1999).',
      '',
      'References',
      '',
      'Quist, A., 1999. Peat. Lund: Aker.',
      'Instituto de Estudos dos Rios, 2001. Rios do sul. PhD thesis. University of Lund.',
    );
    assert.deepStrictEqual(p.citations.filter((c) => c.status !== 'resolved'), []);
  });
});

describe('names and a year that end their line', () => {
  it('open an entry after an undated one whose last line ends without a point (Annual Reviews)', () => {
    const p = paper(
      'Text (Ostrander et al. 2013).',
      '',
      'Literature Cited',
      '',
      'Quist P. 2011. A recarga dos rios. Revista de Rios',
      'Aplicada. 11(1):227–315',
      'Quist P, Berg F, Lund K, Malm R, de Wit M, Sousa N. A recarga',
      'dos rios. In Handbook of peat, ed. D Lund, pp.',
      '20–119. Recife: Editora Vereda',
      'Ostrander S, Holm O, Nyquist A, de Moraes M, Ferro L, Salas I. 2013.',
      'Estuary mixing. Field Notes. 39(1):244–367',
    );
    assert.deepStrictEqual(p.references.map((e) => [e.surnames[0], e.year]), [['Quist', '2011'], ['Quist', 'n.d.'], ['Ostrander', '2013']]);
  });
});
