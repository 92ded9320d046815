/**
 * Per-language conventions of scholarly writing, in one place: what a reference list and a notes
 * section are called, how "et al." and "and" are written in citations, and how an undated work is
 * marked. Each list is the language's set as style guides give it (APA, Chicago, ABNT, DIN 1505,
 * GOST 7.1, ISO 690 and their national adaptations), not a collection of cases met in test papers.
 */
import { fold } from '../text';

/** Headings of a reference list, folded (lower case, no accents), by language. */
const REFERENCE_HEADINGS: Record<string, string[]> = {
  en: [
    'references', 'reference', 'reference list', 'references cited', 'literature cited', 'cited literature', 'literature',
    'bibliography', 'select bibliography', 'selected bibliography', 'works cited', 'works consulted', 'sources',
    'sources cited', 'primary sources', 'secondary sources', 'internet sources', 'online sources', 'web sources',
    'references and notes', 'bibliography and references',
  ],
  pt: ['referencias', 'referencias bibliograficas', 'bibliografia', 'obras citadas', 'fontes', 'literatura citada'],
  es: ['referencias', 'referencias bibliograficas', 'bibliografia', 'literatura citada', 'obras citadas', 'fuentes'],
  fr: ['references', 'references bibliographiques', 'bibliographie', 'ouvrages cites', 'sources', 'sources et bibliographie'],
  de: ['literatur', 'literaturverzeichnis', 'literaturangaben', 'quellen', 'quellenverzeichnis', 'bibliographie', 'bibliografie'],
  it: ['bibliografia', 'riferimenti bibliografici', 'riferimenti', 'opere citate', 'fonti'],
  nl: ['literatuur', 'literatuurlijst', 'bronnen', 'referenties', 'bibliografie'],
  pl: ['bibliografia', 'literatura', 'pismiennictwo', 'przypisy bibliograficzne'],
  tr: ['kaynakca', 'kaynaklar'],
  ru: ['литература', 'список литературы', 'список использованнои литературы', 'библиография', 'библиографическии список', 'источники'],
  sv: ['referenser', 'litteratur', 'kallor', 'litteraturforteckning'],
};

/** Headings of a notes section, folded. */
const NOTES_HEADINGS: Record<string, string[]> = {
  en: ['notes', 'endnotes', 'footnotes', 'notes and references'],
  pt: ['notas'],
  es: ['notas'],
  fr: ['notes'],
  de: ['anmerkungen', 'fussnoten', 'endnoten'],
  it: ['note'],
  nl: ['noten', 'voetnoten'],
  pl: ['przypisy'],
  tr: ['notlar', 'dipnotlar'],
  ru: ['примечания'],
  sv: ['noter', 'fotnoter'],
};

/** The standard parts of a paper, one word each, folded: "(see Introduction, Lund et al., 2008)" points at a part, not an author. */
const SECTION_NAMES: Record<string, string[]> = {
  en: ['abstract', 'introduction', 'background', 'methods', 'results', 'discussion', 'conclusion', 'conclusions', 'appendix', 'acknowledgements', 'acknowledgments'],
  pt: ['resumo', 'introducao', 'metodos', 'metodologia', 'resultados', 'discussao', 'conclusao', 'conclusoes', 'apendice', 'agradecimentos'],
  es: ['resumen', 'introduccion', 'metodos', 'metodologia', 'resultados', 'discusion', 'conclusion', 'conclusiones', 'apendice', 'agradecimientos'],
  fr: ['resume', 'introduction', 'methodes', 'methodologie', 'resultats', 'discussion', 'conclusion', 'annexe', 'remerciements'],
  de: ['zusammenfassung', 'einleitung', 'methoden', 'methodik', 'ergebnisse', 'diskussion', 'fazit', 'anhang', 'danksagung'],
  it: ['sommario', 'riassunto', 'introduzione', 'metodi', 'metodologia', 'risultati', 'discussione', 'conclusione', 'conclusioni', 'appendice', 'ringraziamenti'],
  nl: ['samenvatting', 'inleiding', 'methoden', 'resultaten', 'discussie', 'conclusie', 'bijlage'],
  pl: ['streszczenie', 'wstep', 'wprowadzenie', 'metody', 'wyniki', 'dyskusja', 'wnioski', 'aneks'],
  tr: ['ozet', 'giris', 'yontem', 'yontemler', 'bulgular', 'tartisma', 'sonuclar', 'ekler'],
  ru: ['аннотация', 'введение', 'методы', 'результаты', 'обсуждение', 'заключение', 'выводы', 'приложение'],
  sv: ['sammanfattning', 'inledning', 'metod', 'metoder', 'resultat', 'diskussion', 'slutsatser', 'bilaga'],
};
const sectionNames = new Set(Object.values(SECTION_NAMES).flat());

export function isSectionName(word: string): boolean {
  return sectionNames.has(key(word));
}

const referenceHeadings = new Set(Object.values(REFERENCE_HEADINGS).flat());
const notesHeadings = new Set(Object.values(NOTES_HEADINGS).flat());

/** Folded heading text: lower case, accents dropped, spaces single (so REFERÊNCIAS reads as referencias). */
function key(heading: string): string {
  return fold(heading).replace(/\s+/g, ' ').trim();
}

export function isReferenceHeadingText(heading: string): boolean {
  return referenceHeadings.has(key(heading));
}

export function isNotesHeadingText(heading: string): boolean {
  return notesHeadings.has(key(heading));
}

/**
 * "et al." in the languages' citation styles: Latin et al./et alii (most), and others (OSCOLA), e col./e cols./
 * e colaboradores and e outros (pt), y col./y cols. and y otros (es), e altri (it), et autres (fr), u. a. (de),
 * и др. (ru), vd./ve ark. (tr), i in. (pl), m.fl. (sv), ym. (fi). A regex source, to be used after a name.
 */
export const ET_AL_SOURCE = String.raw`(?:et\s*al(?:ii|ia)?\.?|and\s+others|e\s+col(?:s|aboradores)?\.?|y\s+cols?\.?|y\s+otros|e\s+outros|e\s+altri|et\s+autres|u\.\s?a\.|и\s+др\.?|vd\.|ve\s+ark\.?|i\s+in\.|m\.\s?fl\.|ym\.)`;

/** "and" between two authors: and, & (all), e (pt, it), y (es), und (de), et (fr), и (ru), ve (tr), en (nl), i (pl), och (sv). */
export const AND_WORDS = ['and', '&', 'e', 'y', 'und', 'et', 'и', 've', 'en', 'i', 'och'];
export const AND_SOURCE = String.raw`(?:and|&|e|y|und|et|и|ve|en|i|och)`;

/**
 * Words that make a name a publisher's imprint: Press, Publishers, Publishing, Books (en), Verlag (de), Éditions (fr),
 * Editora (pt), Editorial, Ediciones (es), Edizioni, Editore (it), Uitgeverij (nl), Yayınları, Yayınevi (tr),
 * Издательство (ru), Wydawnictwo (pl), Förlag (sv).
 */
export const PUBLISHER_WORD = /(?:^|[\s-])(?:Press|Publishers|Publishing|Books|Verlag|[ÉE]ditions|Editora|Editorial|Ediciones|Edizioni|Editore|Uitgeverij|Yayınları|Yayınevi|Издательство|Wydawnictwo|Förlag)(?=$|[\s,.])/u;

/** The word before the book a chapter is in ("In A. Moon (Ed.)"): In (en, de, it, nl), En (es), Em (pt), Dans (fr), В (ru), İçinde (tr); with or without a colon. */
export const CONTAINER_IN_SOURCE = String.raw`(?:[Ii]n|İn|[Ee]n|[Ee]m|[Dd]ans|В|İçinde|Içinde|içinde):?`;

/**
 * Undated marks, short and written out: n.d./no date (en), s.d./sem data (pt), s. f./sin fecha (es), s. d./sans date (fr),
 * s.d./sine data/senza data (it), o. J./ohne Jahr/ohne Datum (de), б. г./б. д./без даты (ru), s. a. (Latin, sine anno), t.y./tarih yok (tr).
 */
export const UNDATED_SOURCE = String.raw`n\.\s?d\.?|s\.\s?d\.?|s\.\s?f\.?|s\.\s?a\.?|o\.\s?J\.?|б\.\s?[гд]\.?|t\.\s?y\.|undated|forthcoming|in press|no date|sem data|sin fecha|sans date|sine data|senza data|ohne (?:[Jj]ahr|[Dd]atum)|без даты|tarih yok`;

const ET_AL = new RegExp(String.raw`(?<![\p{L}])${ET_AL_SOURCE}`, 'giu');
const ET_AL_TEST = new RegExp(String.raw`(?<![\p{L}])${ET_AL_SOURCE}`, 'iu');

/** The text with every "et al." form removed. */
export function withoutEtAl(text: string): string {
  return text.replace(ET_AL, '');
}

export function hasEtAlForm(text: string): boolean {
  return ET_AL_TEST.test(text);
}

/** Words that introduce the date a web page was read (so its year is not the work's): en, pt, es, fr, de, it, ru, tr. */
export const ACCESSED_SOURCE = String.raw`\b(?:accessed|retrieved|viewed|consulted|cited|acesso em|acessado em|consultado(?: el| em)?|accedido|recuperado|consulté le|abgerufen am|zugriff am|zugegriffen am|ultimo accesso|erişim tarihi|дата обращения)`;

/** Between a work and the one it is quoted from: apud (Latin, ABNT), cited in / quoted in (en), citado por (pt, es), cité par (fr), zit. n. (de), citato in (it), цит. по (ru). */
export const QUOTED_FROM_SOURCE = String.raw`(?:apud|cited in|quoted in|citado por|cité par|zit\.\s?n\.|zitiert nach|citato in|цит\.\s?по)`;

/** Words that introduce where a work is found online: en, pt, es, fr, de, it, ru, tr. */
export const AVAILABLE_SOURCE = String.raw`(?<!\p{L})(?:available (?:at|from|online)|disponível em|disponible (?:en|sur|à)|verfügbar unter|disponibile (?:su|a|in)|режим доступа|erişim adresi)`;

/** Particles of family names in the major languages (pt, es, fr, it, nl, de, ar), as written in small letters. */
export const PARTICLES = ['da', 'de', 'di', 'do', 'du', 'das', 'des', 'dos', 'del', 'della', 'degli', 'der', 'den', 'van', 'von', 'la', 'le', 'ten', 'ter', 'op', 'zu', 'al', 'el', 'bin', 'ibn', "d'", 'd’'];
export const PARTICLE_SOURCE = `(?:${PARTICLES.join('|')})`;
const particles = new Set(PARTICLES);

export function isParticle(word: string): boolean {
  return particles.has(word);
}
