/**
 * A reference entry read into CSL-JSON fields (the record citation styles are rendered from): authors with
 * family and given names (or a literal corporate name), year, title, the container with its volume, issue
 * and pages, publisher and place, DOI and URL, and the type they make. A field the entry does not plainly
 * print is left out rather than guessed.
 */
import { ReferenceEntry } from './model';
import { ACCESSED_SOURCE, CONTAINER_IN_SOURCE, PARTICLES, PUBLISHER_WORD } from './conventions';

export interface CslName {
  family?: string;
  given?: string;
  'non-dropping-particle'?: string;
  /** A corporate author, printed as written. */
  literal?: string;
}

export interface CslItem {
  id: string;
  type: string;
  author?: CslName[];
  issued?: { 'date-parts': number[][] };
  title?: string;
  'container-title'?: string;
  volume?: string;
  issue?: string;
  page?: string;
  publisher?: string;
  'publisher-place'?: string;
  DOI?: string;
  URL?: string;
}

const LABEL = /^\s*(?:\[\d{1,4}\]|\d{1,4}\.)\s*/;
const DOI = /(?:doi:\s*|https?:\/\/(?:dx\.)?doi\.org\/)?\b(10\.\d{4,9}\/[^\s"<>]+?)(?=[.,;)]?(?:\s|$))/i;
const URL = /(?:https?:\/\/|www\.)[^\s<>"]+?(?=[.,;)]?(?:\s|$))/i;
/** "Retrieved March 3, 2023, from", "Acesso em: 4 jun. 2022": when the page was read, which names no publisher. */
const ACCESSED = new RegExp(String.raw`(?:${ACCESSED_SOURCE})[^)\]]*?\d{4}(?:,?\s+from\b)?`, 'giu');
/** A title set in quotes: “Title,” or "Title." (the mark inside the quotes belongs to the sentence). */
const QUOTED_TITLE = /[“"«„]\s?([^”"»“]{3,300}?)[,.]?\s?[”"»“]|(?<=^|[\s(])‘([^’]{3,300}?(?:’\p{L}[^’]*?)*)[,.]?’(?=[\s,.;:)]|$)/u;
/** A bracket after a title that says what kind of work it is or its number: "(PhD thesis)", "(No. 24/20)", "[Tese]". */
const DESCRIPTOR = /\s*[([](?:[^)\]]*$|[^)\]]*(?:\b(?:thesis|dissertation|Dissertação|Tese|Tesis|Thèse|Dissertation|Tesi|No|Nr|Report|Bericht|Relatório|Informe|Rapport)\b|\d+\/\d+)[^)\]]*[)\]])$/iu;
/** Words that make a work a thesis, in the languages of the conventions. */
const THESIS = /\b(?:thesis|dissertation|Dissertação|Tese|Tesis|Thèse|Doktorarbeit|Dissertation|Tesi|диссертация|Doktora tezi|tez)\b/iu;
/** "In:", "In ", "in", "En", "Em", "Dans", "В": the book a chapter is in. */
const CONTAINER_IN = new RegExp(String.raw`(?:^|[.,]\s+)${CONTAINER_IN_SOURCE}\s+`, 'u');
/** "In:" read as a place before a colon ("In: Marsh T, ed."): no place. */
const ONLY_CONTAINER_IN = new RegExp(String.raw`^${CONTAINER_IN_SOURCE}$`, 'u');
/** Editors' marks of the locales: (Ed.), (Hrsg.), (Org.), (Coord.), (dir.), (Éd.), (A c. di), (a cura di), (Ред.), "ed. by". */
const EDITOR_MARK = /\((?:[EÉeé]ds?|Hrsg|Orgs?|org|[Cc]oord|dir|[Aa] c\. [Dd]i|a cura di|[Рр]ед)\.?\)|,?\s*(?:Ed|Eds|ed|eds)\.,?|(?:edited by|ed\. by|herausgegeben von|hrsg\. von|editado por|ed\. por|édité par|éd\. par|a cura di|organizado por|org\. por|под ред(?:акцией|\.)|düzenleyen)/u;
const PLACE_PUBLISHER = /(?:^|[.,]\s+)(\p{Lu}[\p{L}'’ -]{1,40}?)\s*:\s+(\p{Lu}[^,.;:]{1,80}?)(?=\s*[,.;]|\s+\d{4}|$)/u;
/** "Delta Press, Lagos, 2018": publisher, place and year in a list separated by commas. */
const PUBLISHER_PLACE_YEAR = /(?:^|,\s)(\p{Lu}[^,:;]{1,80}),\s(\p{Lu}[\p{L}'’ -]{1,30}),\s(?:1[5-9]|20)\d\d/gu;
const PAGES = /(?:\b(?:pp?|S|сс?|ss)\.\s*)?(\d{1,5})\s*[-–‐‑]\s*(\d{1,5})\b/u;
const VOLUME_ISSUE = [
  // "33(4)", ";9(3):", "vol. 2, no. 1", "23, no. 1", "v. 23, n. 1", "Bd. 4, Nr. 2", "т. 3, № 2"
  /(?:^|[\s,;.])(?:vol\.|v\.|Bd\.|t\.|т\.|Vol\.)\s*(\d{1,4})(?:\s*,?\s*(?:no\.|n\.|nº|nᵒ|n°|Nr\.|№|issue|Heft|вып\.)\s*(\d{1,4}))?/u,
  /(?:^|[\s,;.])(\d{1,4})\s*\((\d{1,4})\)/u,
  /(?:^|[\s,;.])(\d{1,4}),\s*(?:no\.|n\.|nº|nᵒ|n°|Nr\.|№|issue)\s*(\d{1,4})/u,
  // "2004;23:9–357" (the year first), "23 (1991) 231–317" (the year after the volume)
  /;\s*(\d{1,4})\s*(?:\((\d{1,4})\))?:\s*\d/u,
  /(?:^|[\s,;.])(\d{1,4})\s*\((?:1[5-9]|20)\d\d\)[\s:,]+\d/u,
  // "18.2 (2011)" (MHRA), "18, 221–373 (2002)" (Nature), "12:45–67", "12(3):45–67" (Springer)
  /(?:^|[\s,])(\d{1,4})\.(\d{1,4})\s*\((?:(?:1[5-9]|20)\d\d|n\.\s?d\.|s\.\s?d\.)\)/u,
  /(?:^|\s)(\d{1,4}),\s*(?:pp?\.\s*)?\d{1,5}\s*[-–‐‑]\s*\d{1,5}/u,
  /(?:^|\s)(\d{1,4})\s*(?:\((\d{1,4})\))?:\s*\d{1,5}\s*[-–‐‑]\s*\d{1,5}/u,
  // "Front Psychol 7:185", "Proc R Soc B 280:20122765" at the entry's end: one page or an article number
  /(?:^|\s)(\d{1,4})\s*(?:\((\d{1,4})\))?:\s*\d{1,9}\s*[.;]?\s*$/u,
];
/** "(Porto: Douro Press, 2023)", "(Douro Press, 2014)", "(Douro Press, Porto, 2014)": the imprint in the brackets of a year (MHRA, OSCOLA, Nature). */
const BRACKETED_IMPRINT = /\((?:(\p{Lu}[^():;,]{1,40}):\s*)?(\p{Lu}[^():;,]{1,80}),\s*(?:(\p{Lu}[^():;,\d]{1,40}),\s*)?(?:(?:1[5-9]|20)\d\d|n\.\s?d\.|s\.\s?d\.)\)/u;
/** The page after a volume's colon with no range: "7:185", "280:20122765" (then the entry ends, or its DOI follows). */
const SINGLE_PAGE = /^[^:]*:\s*(\d{1,9})(?![\d\s]*[-–‐‑(])\s*(?:[.;,]|$)/u;
/** A report's number after its title: "(No. 24/20)", "Report 38/12", "Nᵒ 26/23", "38/14". */
const REPORT_NUMBER = /(?:\b(?:No|Nr|Report|Rapport|Relatório|Informe|Bericht|Nᵒ|N°|№)\.?\s*)?\b\d{1,4}\/\d{1,4}\b/u;

export function entryFields(entry: ReferenceEntry): CslItem {
  const text = entry.text.replace(LABEL, '');
  const item: CslItem = { id: `entry-${entry.id}`, type: 'document' };
  const doi = DOI.exec(text);
  if (doi) item.DOI = doi[1];
  const url = URL.exec(text.replace(DOI, ' '));
  if (url) item.URL = url[0];
  // An author part that runs into a quoted title ("Council, «Title»") ends before the quote.
  const authorText = entry.authorText.split(/\s*[«“"„]/)[0].replace(/[,\s]+$/, '');
  const authors = namesOf(entry, authorText);
  if (authors.length) item.author = authors;
  const year = /^\d{4}/.exec(entry.year ?? '');
  if (year) item.issued = { 'date-parts': [[Number(year[0])]] };

  // The title: in quotes where the style quotes it, else the sentence after the names (and the year).
  const afterNames = text.slice(Math.min(text.length, text.indexOf(authorText) + authorText.length));
  const quoted = QUOTED_TITLE.exec(afterNames);
  let rest: string;
  if (quoted) {
    item.title = (quoted[1] ?? quoted[2]).trim();
    rest = afterNames.slice(quoted.index + quoted[0].length);
  } else {
    // Elements separated by commas (Elsevier with titles): the title ends at the next comma.
    const commas = /^,\s(?!\(?(?:1[5-9]|20)\d\d|\[)/.test(afterNames) && !/^,\s[^,.]{0,40}\b(?:1[5-9]|20)\d\d[a-z]?\./.test(afterNames);
    const sentence = commas ? afterNames.replace(/^,\s+/, '').split(/,\s(?=[\p{Lu}\d(]|(?:in|en|em|dans):?\s)|(?<=\p{Ll}[.?!])\s/u)[0] : (entry.title ?? '');
    const title = sentence.replace(/[.\s]+$/, '').replace(DESCRIPTOR, '').replace(/^\d{1,4}\/\d{1,4}:\s+/, '');
    const at = title ? afterNames.indexOf(title) : -1;
    if (title && at !== -1) {
      item.title = title;
      rest = afterNames.slice(at + title.length);
    } else rest = afterNames;
  }
  rest = rest.replace(URL, ' ').replace(DOI, ' ').replace(ACCESSED, ' ');

  const chapter = CONTAINER_IN.exec(rest);
  if (chapter && EDITOR_MARK.test(rest.slice(chapter.index))) {
    item.type = 'chapter';
    const inBook = rest.slice(chapter.index + chapter[0].length);
    const book = bookTitleOf(inBook);
    if (book) item['container-title'] = book;
  }
  const pages = PAGES.exec(rest);
  const volumeIssue = VOLUME_ISSUE.map((p) => p.exec(rest)).find((m) => m && !isYear(m[1]) && !(m[2] && isYear(m[2])));
  if (item.type !== 'chapter' && volumeIssue) {
    item.type = 'article-journal';
    item.volume = volumeIssue[1];
    if (volumeIssue[2]) item.issue = volumeIssue[2];
    const container = journalOf(rest.slice(0, volumeIssue.index + (/^[\s,;.]/.test(volumeIssue[0]) ? 1 : 0)));
    if (container) item['container-title'] = container;
  }
  if (pages && (item.type === 'article-journal' || item.type === 'chapter') && Number(pages[1]) <= Number(pages[2]) && !yearsNotPages(pages, rest)) {
    item.page = `${pages[1]}-${pages[2]}`;
  } else if (item.type === 'article-journal' && volumeIssue) {
    // "Front Psychol 7:185", "Proc R Soc B 280:20122765": one page, or the article's number, after the volume.
    const single = SINGLE_PAGE.exec(rest.slice(volumeIssue.index));
    if (single) item.page = single[1];
  }
  if (item.type !== 'article-journal') {
    const placed = PLACE_PUBLISHER.exec(rest);
    const listed = [...rest.matchAll(PUBLISHER_PLACE_YEAR)].pop();
    const bracketed = BRACKETED_IMPRINT.exec(rest);
    if (bracketed && !THESIS.test(bracketed[2])) {
      item.publisher = bracketed[2].trim();
      const place = bracketed[1] ?? bracketed[3];
      if (place) item['publisher-place'] = place.trim();
    } else if (listed && !THESIS.test(listed[1])) {
      item.publisher = listed[1].trim();
      item['publisher-place'] = listed[2].trim();
    } else if (placed && !ONLY_CONTAINER_IN.test(placed[1].trim())) {
      item['publisher-place'] = placed[1].trim();
      item.publisher = placed[2].trim();
    } else {
      const publisher = publisherOf(rest) ?? beforeYear(rest, item['container-title']);
      if (publisher) item.publisher = publisher;
    }
    if (THESIS.test(rest)) item.type = 'thesis';
    else if (item.type === 'document' && REPORT_NUMBER.test(rest)) item.type = 'report';
    else if (item.type === 'document' && item.publisher) item.type = 'book';
    else if (item.type === 'document' && item.URL) item.type = 'webpage';
  }
  return item;
}

/** "1998–2004" is a span of years, unless "pp." or a volume's colon marks it as pages ("25:1565–1574", "pp. 1769–1775"). */
function yearsNotPages(pages: RegExpExecArray, rest: string): boolean {
  if (!isYear(pages[1]) || !isYear(pages[2])) return false;
  return !/^\p{L}/u.test(pages[0]) && !/:\s*$/.test(rest.slice(0, pages.index));
}

function isYear(s: string): boolean {
  return /^(?:1[5-9]|20)\d\d$/.test(s);
}

/** The journal's name: the last sentence-like stretch before its volume, without quotes, "In:" or a year. */
function journalOf(before: string): string | null {
  const parts = before
    .replace(/\(\d{4}[a-z]?\)|\b(?:1[5-9]|20)\d\d[a-z]?\b[;.]?/g, ' ')
    .split(/[.”"»;]\s+|,\s+(?=\p{Lu})/u)
    .map((p) => p.replace(/^[\s,.:;”"»]+|[\s,.:;]+$/g, ''))
    .filter((p) => /\p{L}{2}/u.test(p));
  const last = parts[parts.length - 1];
  return last && last.length <= 120 ? last : null;
}

/** The book a chapter is in: after its editors, up to the place, publisher or pages. */
function bookTitleOf(inBook: string): string | null {
  let s = inBook;
  const editor = EDITOR_MARK.exec(s);
  // "In A. Moon (Ed.), Book" and "In Book, A. Moon, Ed.,": the book is on the side of the editors that has no initials.
  if (editor) {
    const before = s.slice(0, editor.index);
    const after = s.slice(editor.index + editor[0].length);
    s = /^\s*[,.]?\s*\p{Lu}[\p{L}-]*/u.test(after) && /(?:^|\s)\p{Lu}\.|\s\p{Lu}{1,3}$|,\s*\p{Lu}[\p{L}]+$|^[\p{Lu}\s,.-]+$/u.test(before.trim()) ? after : before;
  }
  const title = s
    .replace(/^[\s,.:;]+/, '')
    .split(/\.\s|,\s(?:\p{Lu}\.\s|pp?\.|S\.|с\.)|:\s|,\s*\d|\s\(|;\s/u)[0]
    .replace(/[\s,.:;]+$/, '')
    .replace(/^(?:[\p{Lu}]\.\s?)+[\p{L}-]+,\s*/u, '');
  return /\p{L}{3}/u.test(title) && title.length <= 160 ? title : null;
}

/** A publisher named by one of its words ("Tidewater University Press", "Verlag Ufer", "Editora Maré"). */
function publisherOf(rest: string): string | null {
  for (const part of rest.split(/[.;,]\s+|\s*[.;]$/)) {
    const p = part.replace(/^[\s,.:;]+|[\s,.:;]+$/g, '').replace(/\s+(?:1[5-9]|20)\d\d$/, '');
    if (p && p.length <= 80 && PUBLISHER_WORD.test(p)) return p;
  }
  return null;
}

/** The name a book or thesis prints right before its year ("University of Tidewater; 2019", "Delta Academic, 2007"). */
function beforeYear(rest: string, container: string | undefined): string | null {
  let found: string | null = null;
  for (const m of rest.matchAll(/(?:^|[.;,]\s+)(\p{Lu}[^.;,:]{1,80}?)[;,]\s*(?:1[5-9]|20)\d\d\b/gu)) found = m[1].trim();
  return found && found !== container && !THESIS.test(found) ? found : null;
}

/**
 * Each listed name as family and given names: the family names the reference reader found, the given names
 * beside them in the author part (after a comma, after a family name in capitals or Vancouver style, or
 * before it); a corporate author is a literal name.
 */
function namesOf(entry: ReferenceEntry, authorText: string): CslName[] {
  const written = authorText.replace(/,?\s*(?:et\s+al\.?|and\s+others|u\.\s?a\.|и\s+др\.?)\s*$/i, '').trim();
  if (entry.surnames.length === 0 || !written) return [];
  if (entry.surnames.length === 1 && entry.surnames[0].split(/\s+/).length >= 3 && !/,/.test(written)) {
    return [{ literal: written.replace(/[.,]+$/, '') }];
  }
  const out: CslName[] = [];
  let from = 0;
  const spots = entry.surnames.map((s) => {
    const at = indexOfName(written, s, from);
    from = at === -1 ? from : at + s.length;
    return at;
  });
  if (spots.some((s) => s === -1)) return entry.surnames.map((s) => familyName(s));
  const givenFirst = /\p{L}/u.test(written.slice(0, spots[0]));
  for (let k = 0; k < spots.length; k++) {
    const family = written.slice(spots[k], spots[k] + entry.surnames[k].length);
    const given = givenFirst
      ? written.slice(k === 0 ? 0 : spots[k - 1] + entry.surnames[k - 1].length, spots[k])
      : written.slice(spots[k] + entry.surnames[k].length, k + 1 < spots.length ? spots[k + 1] : written.length);
    const name = familyName(family);
    const g = given.replace(/(?:^|\s)(?:and|&|e|y|und|et|и|ve)(?=\s|$)/g, ' ').replace(/^[\s,;.]+|[\s,;]+$/g, '').trim();
    // A particle written after the given names ("Broeck, Pieter Van den").
    const particle = /\s((?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Vv]on|[Dd]a|[Dd]os|[Dd]u|[Ll]a|[Ll]e)(?:\s(?:der|den|de|la|los))?)$/.exec(g);
    if (particle && !name['non-dropping-particle']) {
      name['non-dropping-particle'] = particle[1];
      if (g.slice(0, particle.index).trim()) name.given = g.slice(0, particle.index).trim();
    } else if (g) name.given = g;
    out.push(name);
  }
  // The full stop after the last initial ends the author part too ("Quist, A. L. M. A title"): where initials
  // take full stops (after a comma, as APA and ABNT write them; Vancouver's "Quist ALM." take none) it is the initial's.
  const last = out[out.length - 1];
  const k = spots.length - 1;
  const withStops = /^\s*,/.test(written.slice(spots[k] + entry.surnames[k].length));
  if (!givenFirst && withStops && last.given && /(?:^|[\s.-])\p{Lu}$/u.test(last.given) && entry.text[entry.text.indexOf(written) + written.length] === '.') last.given += '.';
  return out;
}

function indexOfName(written: string, name: string, from: number): number {
  const at = written.indexOf(name, from);
  return at !== -1 ? at : written.toLowerCase().indexOf(name.toLowerCase(), from);
}

/** "van der Wal" → particle "van der", family "Wal"; a family name in capitals keeps its letters as written. */
function familyName(written: string): CslName {
  const words = written.split(/\s+/);
  // "van der Wal L" (Vancouver): the initials after a family name are given names.
  const initials = words.length > 1 && /^\p{Lu}{1,3}\.?$/u.test(words[words.length - 1]) && !/^\p{Lu}+$/u.test(words[0]) ? words.pop()! : null;
  let k = 0;
  while (k < words.length - 1 && PARTICLES.includes(words[k].toLowerCase())) k++;
  const name: CslName = { family: words.slice(k).join(' ') };
  if (k > 0) name['non-dropping-particle'] = words.slice(0, k).join(' ');
  if (initials) name.given = initials;
  return name;
}
