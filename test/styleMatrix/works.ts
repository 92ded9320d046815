/**
 * The invented works the style matrix cites: fictional authors and titles, built deterministically.
 * Every name and title here is made up for the tests; none is taken from a real paper.
 */
import { CslItem, CslName } from './cslItem';
import { Random } from './random';

const p = (given: string, family: string, particle?: string): CslName =>
  particle ? { given, family, 'non-dropping-particle': particle } : { given, family };

/** People with plain, particled, double, hyphenated and non-ASCII names. */
const PEOPLE: CslName[] = [
  p('Ingrid', 'Halvorsen'), p('Tomasz', 'Wąsowicz'), p('Liesbeth', 'Berg', 'van der'), p('Mariana', 'Moraes', 'de'),
  p('Pieter', 'Broeck', 'Van den'), p('Kari', 'Sørlie'), p('Emre', 'Çakırlar'), p('Jonas', 'Müllerbach'),
  p('Agnieszka', 'Małecka'), p('Пётр', 'Жарковский'), p('Анна', 'Белозёрова'), p('Selin', 'Doğanay'),
  p('Burak', 'Şahinkaya'), p('Deniz', 'Kılıçaslan'), p('Rafael', 'Carvalho Pinto'), p('Claire', 'Lindqvist-Moreau'),
  p('Oskar', 'Brenneke'), p('Fiona', 'Achterberg'), p('Hamid', 'Ruzbeh'), p('Lucía', 'Ferrándiz'),
  p('Marco', 'Tessaroli'), p('Giulia', 'Bianchetti'), p('Étienne', 'Garnaud'), p('Hélène', 'Vauquelin'),
  p('Samuel', 'Okonkwo-Reyes'), p('Priya', 'Ramanathan'), p('Wen', 'Zhaolin'), p('Keiko', 'Tanabe'),
  p('Björn', 'Ekdahl'), p('Astrid', 'Nyquist'), p('Tiago', 'Albuquerque Nunes'), p('Beatriz', 'Sousa', 'de'),
  p('Friedrich', 'Oberhaus'), p('Greta', 'Lindemann'), p('Nikolai', 'Worontsov'), p('Elif', 'Ertuğrul'),
  p('Ayşe', 'Gündoğdu'), p('Mehmet', 'Işıklar'), p('Laura', 'Pettinari'), p('Daniel', 'Harrowgate'),
  p('Rosalind', 'Quennell'), p('Arthur', 'Blackwood-Fenn'), p('Nadia', 'Stępniak'), p('Václav', 'Dvořáček'),
  p('Hugo', 'Velde', 'ter'), p('Anouk', 'Jong', 'de'), p('Joaquim', 'Esteves'), p('Carla', 'Mendonça'),
  p('Miguel', 'García Olmedo'), p('Inés', 'Salcedo'), p('Henrik', 'Solberg'), p('Maja', 'Kovačević'),
  p('Otto', 'Reichelt'), p('Sophie', 'Dufresnoy'), p('Ivan', 'Kulagin'), p('Ольга', 'Сорокина'),
  p('Thomas', 'Pennick'), p('Evelyn', 'Marchbanks'), p('Rui', 'Figueiredo'), p('Lena', 'Hartwig'),
  p('Paolo', 'Castellucci'), p('Amélie', 'Roussel'), p('Yusuf', 'Özkaynak'), p('Zeynep', 'Akgündüz'),
  p('Gerrit', 'Hoeven', 'van'), p('Marta', 'Żelazny'), p('Oliver', 'Strand'), p('Harriet', 'Coldridge'),
];

/** Invented organisations, cited by their full name (CSL "literal" names). */
const ORGANISATIONS: CslName[] = [
  'Nordic Council for Soil Survey', 'Instituto Brasileiro de Estudos Hídricos', 'Bundesanstalt für Küstenmessung',
  'Observatoire Régional des Tourbières', 'Agencia Estatal de Riberas', 'Türkiye Havza Araştırmaları Merkezi',
  'Институт речной гидрологии', 'Consorzio per le Acque Alpine',
].map((literal) => ({ literal }));

/** Authors who publish often: several years, and twice in one year (2019a / 2019b in author-date styles). */
const PROLIFIC: Array<{ author: CslName; years: number[] }> = [
  { author: PEOPLE[0], years: [2008, 2013, 2019, 2019] },
  { author: PEOPLE[2], years: [2011, 2016, 2016] },
  { author: PEOPLE[6], years: [2005, 2012, 2020] },
  { author: PEOPLE[14], years: [2017, 2017, 2021] },
  { author: PEOPLE[9], years: [2002, 2010, 2010] },
  { author: ORGANISATIONS[0], years: [2014, 2018, 2018] },
  { author: PEOPLE[41], years: [1999, 2004, 2023] },
];

const TOPIC = [
  'sediment memory', 'upland peat', 'river braiding', 'salt marsh accretion', 'groundwater recharge', 'frost heave',
  'floodplain forests', 'meltwater pulses', 'estuary mixing', 'dune stabilisation', 'soil carbon', 'karst drainage',
  'lake varves', 'riparian shade', 'coastal erosion', 'moss cover', 'drainage ditches', 'snowpack density',
];
const FRAME = [
  'A field guide to {t}', 'Measuring {t} in small catchments', 'The long record of {t}', '{T}: methods and limits',
  'Rethinking {t}', 'Notes on {t} after the dry years', '{T} under changing land use', 'Counting {t} from the air',
  'What {t} tells us about the past', 'Models of {t} and their critics', 'Mapping {t} at regional scale',
];
const FOREIGN_TITLES: Record<string, string[]> = {
  'pt-BR': ['Memória sedimentar em bacias de altitude', 'A recarga dos aquíferos no semiárido', 'Turfeiras e carbono no planalto',
    'Erosão costeira e políticas locais', 'Ensaios sobre a várzea amazônica'],
  'de-DE': ['Sedimentgedächtnis in kleinen Einzugsgebieten', 'Die Moorböden des Hochlands', 'Grundwasserneubildung im Wandel',
    'Küstenerosion und Deichbau', 'Frosthebung in Lockergesteinen'],
  'ru-RU': ['Донные отложения малых рек', 'Торфяники северной тайги', 'Подземные воды засушливых степей',
    'Береговая эрозия Белого моря', 'Мерзлотные процессы в суглинках'],
  'tr-TR': ['Küçük havzalarda tortu birikimi', 'Yayla turbalıklarında karbon', 'Kıyı erozyonu ve yerel yönetim',
    'Yeraltı suyu beslenmesinin ölçümü', 'Kuraklık yıllarında ırmak yatakları'],
};
const JOURNALS = ['Journal of Catchment Studies', 'Wetland Letters', 'Revista de Hidrologia Aplicada', 'Zeitschrift für Bodenkunde',
  'Quaternary Field Notes', 'Annals of Applied Geomorphology'];
const PUBLISHERS: Array<[string, string]> = [['Kestrel Press', 'Oslo'], ['Harrowfield University Press', 'Leeds'],
  ['Editora Vereda', 'Recife'], ['Verlag Lindenhof', 'Kassel'], ['Éditions du Marais', 'Nantes'], ['Yayla Yayınları', 'Ankara'],
  ['Издательство Северная книга', 'Томск'], ['Riverside Academic', 'Boston']];
const TYPES: CslItem['type'][] = ['article-journal', 'book', 'chapter', 'report', 'thesis', 'webpage', 'article-journal', 'book'];
/** How many authors each generated work has, in turn: 1, 2, 3 and 6+ authors all occur. */
const AUTHOR_COUNTS = [1, 2, 1, 3, 1, 2, 6, 1, 2, 3, 1, 7];

/** Works cited only in the text: papers leave them out of the bibliography (the "missing entry" error). */
export const UNLISTED_PREFIX = 'unlisted-';
const UNLISTED_AUTHORS: CslName[] = [
  p('Wilhelmina', 'Drossart'), p('Caspar', 'Ulvenholm'), p('Teodora', 'Brankovska'), p('Fabrice', 'Lemarquis'),
  p('Gaspar', 'Irigoyen'), p('Hanne', 'Vestergaard'), p('Orhan', 'Tezcanlı'), p('Leopold', 'Quastenberg'),
  p('Rosário', 'Vilaça'), p('Matilda', 'Yarborough'),
];

function title(rnd: Random, language: string | undefined): string {
  if (language) return rnd.pick(FOREIGN_TITLES[language]);
  const t = rnd.pick(TOPIC);
  return rnd.pick(FRAME).replace('{t}', t).replace('{T}', t[0].toUpperCase() + t.slice(1));
}

function work(rnd: Random, id: string, type: CslItem['type'], author: CslName[], year: number | null, language?: string): CslItem {
  const [publisher, place] = rnd.pick(PUBLISHERS);
  const item: CslItem = { id, type, title: title(rnd, language), author };
  if (year !== null) item.issued = { 'date-parts': [[year]] };
  if (language) item.language = language;
  switch (type) {
    case 'article-journal':
      Object.assign(item, { 'container-title': rnd.pick(JOURNALS), volume: String(rnd.int(2, 48)), issue: String(rnd.int(1, 4)) });
      item.page = `${rnd.int(1, 300)}-${rnd.int(301, 420)}`;
      break;
    case 'chapter':
      Object.assign(item, { 'container-title': `Handbook of ${rnd.pick(TOPIC)}`, publisher, 'publisher-place': place });
      item.editor = [rnd.pick(PEOPLE)];
      item.page = `${rnd.int(10, 90)}-${rnd.int(91, 160)}`;
      break;
    case 'report':
      Object.assign(item, { publisher, 'publisher-place': place, number: `${rnd.int(1, 40)}/${rnd.int(10, 24)}` });
      break;
    case 'thesis':
      Object.assign(item, { genre: 'PhD thesis', publisher: 'University of Harrowfield', 'publisher-place': 'Leeds' });
      break;
    case 'webpage':
      item.URL = `https://example.org/${id}`;
      item.accessed = { 'date-parts': [[2025, rnd.int(1, 12), rnd.int(1, 28)]] };
      break;
    default:
      Object.assign(item, { publisher, 'publisher-place': place });
  }
  return item;
}

/** All invented works: the prolific authors' series, 150 further works, then the unlisted ones. */
export function inventWorks(): CslItem[] {
  const rnd = new Random(1010);
  const works: CslItem[] = [];
  for (const [i, { author, years }] of PROLIFIC.entries()) {
    for (const [j, year] of years.entries()) works.push(work(rnd, `series-${i}-${j}`, rnd.pick(['book', 'article-journal'] as const), [author], year));
  }
  const languages = [undefined, undefined, 'pt-BR', undefined, 'de-DE', undefined, 'ru-RU', undefined, 'tr-TR', undefined];
  for (let i = 0; i < 150; i++) {
    const count = AUTHOR_COUNTS[i % AUTHOR_COUNTS.length];
    const author = i % 13 === 5 ? [rnd.pick(ORGANISATIONS)] : rnd.sample(PEOPLE, count);
    const year = i % 17 === 8 ? null : rnd.int(1986, 2025);
    works.push(work(rnd, `work-${String(i).padStart(3, '0')}`, TYPES[i % TYPES.length], author, year, languages[i % languages.length]));
  }
  for (const [i, author] of UNLISTED_AUTHORS.entries()) {
    works.push(work(rnd, `${UNLISTED_PREFIX}${i}`, 'article-journal', [author], rnd.int(1995, 2024)));
  }
  return works;
}
