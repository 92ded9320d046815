import { ReferenceEntry } from './model';
import { Layout } from './layout';
import { Line, stripMarkdown } from './text';
import { normaliseYear, UNDATED, YEAR_SOURCE } from './years';
import { UNDATED_SOURCE } from './conventions';
import { opensWithFullName, readAuthorList } from './authorList';
import { ACCESSED_SOURCE, AND_SOURCE, AVAILABLE_SOURCE, CONTAINER_IN_SOURCE, hasEtAlForm } from './conventions';

/** "- ", "[3]", "3.", "3)", "(3) " and a bare "3 " before a word (Lancet, BMJ, AIP): the last only in number order. */
const BULLET = /^\s*(?:[-*•]\s+|\[(\d{1,4})\]\s*|(\d{1,4})[.)]\s+|\((\d{1,4})\)\s+|(\d{1,4})\s+(?=\p{L}))/u;
const BARE_LABEL = 4;
const LINK_ONLY = /^\s*<?(?:https?:\/\/|doi:|www\.)\S+>?\s*$/i;
/**
 * "Agencia Estatal de Riberas. Title": a name of two to seven words, then a full stop before words (or a comma and a
 * quoted title), on a line that carries a year; never an abbreviated journal going on with its volume ("Anim. Behav.
 * 50, 3") or a thesis line wrapped from the entry before ("PhD thesis. University of ...").
 */
const NAME_THEN_TITLE_START = /^\p{Lu}[\p{L}'’\-]+(?:\s+[\p{L}'’\-]+){1,6}(?:\.\s(?![\d(])|,\s[‘“«„"])/u;
/** "Nordic Board for Soils, ‘Title’", "Okafor C, ‘Title’" (MHRA, OSCOLA): a name, a comma and an opening quote open an entry, dated or not. */
const NAME_THEN_QUOTED_TITLE = /^\p{Lu}[\p{L}'’\-]+(?:\s+[\p{L}'’\-]+){1,6},\s[‘“«„"]/u;
/** "———." or "--,": the same authors as the entry before (MLA, Chicago, MHRA). */
export const REPEATED_AUTHORS = /^(?:[—–]{2,}|-{2,})\s*[.,]/;
/** An author-date year right after the authors: "(2009a)", "(2010, July 8)", "(s. a.):". */
const LEADING_YEAR = new RegExp(String.raw`\(\s*(${YEAR_SOURCE})\s*(?:,[^)]{0,40})?\)`, 'i');
/** Harvard without parentheses: "Smith, J. 2019. Title." (the year must be followed by more text). */
const BARE_YEAR = new RegExp(String.raw`\s(${YEAR_SOURCE})[.:,]\s(?=\S)`, 'gi');
/** What may not stand in the author part before a bare year. */
const BRACKET_OR_QUOTE = /[()"“'‘]/;
/** The author part before a bare year: two to 150 characters, and a full stop or comma after them. */
const LONGEST_BEFORE_BARE_YEAR = 150;

/**
 * The first bare year after two to 150 characters without brackets or quotes from the start of the entry (a
 * stop or comma may end them), matched from the blank before it. One search: the first year after that start
 * is the only one that can qualify, since the characters before any later one hold those before it.
 */
function bareLeadingYear(text: string): RegExpExecArray | null {
  BARE_YEAR.lastIndex = 2;
  const m = BARE_YEAR.exec(text);
  if (!m) return null;
  const before = m.index;
  const tooFar = before > LONGEST_BEFORE_BARE_YEAR + 1 || (before === LONGEST_BEFORE_BARE_YEAR + 1 && !/[.,]/.test(text[before - 1]));
  return tooFar || BRACKET_OR_QUOTE.test(text.slice(0, before)) ? null : m;
}
/** "accessed 4 June 2022", "Acesso em: 4 jun. 2022", "abgerufen am", "consulté le", "дата обращения": the date a web page was read. */
const ACCESSED = new RegExp(String.raw`(?:${ACCESSED_SOURCE})[^)\]]*?\d{4}`, 'giu');
const AVAILABLE = new RegExp(AVAILABLE_SOURCE, 'iu');
const ANY_YEAR = /(?<![\d:/.-])(1[5-9]\d\d|20\d\d)[a-z]?(?![\d])/g;

interface RawEntry {
  start: number;
  end: number;
  label: string | null;
  parts: string[];
  /** The list puts a colon after names written out (DIN 1505-2). */
  colonAfterNames: boolean;
}

/** Entries that open with names written out and a colon, at least this many and this share of the openings, make a DIN list. */
const MIN_COLON_OPENINGS = 3;
const COLON_SHARE = 0.5;

/** "Nordic Council for Soil Survey: Title": a corporate author and a colon, in a list that puts one after the names (never "In: Book"). */
const CORPORATE_COLON = new RegExp(String.raw`^(?!${CONTAINER_IN_SOURCE}\s)\p{Lu}[\p{L}'’\-]*(?:\s+(?:\p{Lu}[\p{L}'’\-]*|\p{Ll}{1,4})){0,8}:\s`, 'u');


/** A label standing alone on its line, apart from its entry ("12.", "[3]", "(4)"), as two-column PDFs extract them. */
const LABEL_ONLY = /^\s*(?:\[(\d{1,4})\]|\((\d{1,4})\)|(\d{1,4})\.?)\s*$/;
/** Labels are below the first year a reference can carry. */
const MIN_YEAR = 1500;
const HAS_YEAR = new RegExp(String.raw`(?<![\d])(?:1[5-9]\d\d|20\d\d)(?![\d])|${UNDATED_SOURCE}`, 'i');
/** A line ending in an initial, a comma or colon, "and" or "in": the names go on on the next line. */
const NAMES_GO_ON = new RegExp(String.raw`(?:\b\p{Lu}\.|[,:]|\s(?:${AND_SOURCE}|${CONTAINER_IN_SOURCE}))\s*$`, 'u');
/** The punctuation of a piece of an entry (a heading has none). */
const ENTRY_PUNCTUATION = /[.,;:()[\]]/;
/** A line ending in an undated mark ("o. J.", "s. d."), whose last letter is no initial of a name going on. */
const ENDS_UNDATED = new RegExp(String.raw`(?<!\p{L})(?:${UNDATED_SOURCE})\s*$`, 'iu');

/**
 * "Manual de Lisboa.", "International Union for the Study of Rivers and Lakes.": capitalised words, short joining words in any
 * language, then a point, comma or bracket and more (a name alone on its line is a publisher wrapped). Cyrillic names of bodies capitalise their first word only ("Институт речной гидрологии").
 */
const CORPORATE_START = /^\p{Lu}[\p{L}'’\-]*(?:\s+(?:\p{Lu}[\p{L}'’\-]*|\p{Ll}{1,4}|\p{Script=Cyrillic}[\p{Script=Cyrillic}\-]*)){0,8}\s?[,.(](?!\s*$)/u;
/** A corporate author, its later words in any case ("Институт речной гидрологии"), not a title's end ("Dry Years’"). */
const ANY_CASE_NAME = String.raw`^\p{Lu}[\p{L}'’\-]*(?:\s+[\p{L}'’\-]+){0,8}(?<!['’])`;
/** "Nordic Board for Soils (1993)": a corporate author straight before its bracketed year. */
const CORPORATE_THEN_YEAR = new RegExp(String.raw`${ANY_CASE_NAME}\s?\(\s*(?:${YEAR_SOURCE})\s*\)`, 'u');
/** "Институт речной гидрологии. 1991." (Chicago); after a complete entry only, as a journal wrapped before its year reads alike. */
const CORPORATE_THEN_SENTENCE_YEAR = new RegExp(String.raw`${ANY_CASE_NAME}\.\s+(?:${YEAR_SOURCE})\.\s`, 'u');
/** The year right after the authors: "(2004)" (Springer, Harvard) or ". 2004." (Chicago, Annual Reviews), also at the line's end. */
const YEAR_FIRST = new RegExp(String.raw`^(?:\s*\(\s*(?:${YEAR_SOURCE})\s*\)|\.?\s+(?:${YEAR_SOURCE})\.(?:\s|$))`, 'u');
/** A line that closes an entry: it ends with a year, page or identifier and a point, or with a link. */
const CLOSED = /(?:\d\.|\d\)\.?|https?:\/\/\S+|doi:\s?\S+)\s*$/i;
/** A line that ends an entry on its page range or a link ("pp. 115–304.", "https://example.org/a"). */
const ENDS_ON_PAGES = /\d\s*[-‑–]\s*\d+\.\s*$|(?:https?:\/\/|doi:\s?)\S+\s*$/i;
/** A corporate author's entry shows its year early, in brackets or as the next sentence: "River Board (2019)", "River Board. 2019." */
const CORPORATE_YEAR = new RegExp(String.raw`^(?:[^()]{1,120}\(\s*(?:${YEAR_SOURCE})|[^.]{1,120}\.\s+(?:${YEAR_SOURCE})[.,])`, 'i');
/** Words of any case then the bracketed year, as APA prints a corporate author: "Институт речной гидрологии. (1991)". */
const WORDS_THEN_YEAR = new RegExp(String.raw`^\p{Lu}[\p{L}'’\-]*(?:\s+[\p{L}'’\-]+){0,8}\.?\s\((?:${YEAR_SOURCE})\)`, 'iu');
/** Or, in capitals, after a comma, as ISO 690 prints it: "RIVER BOARD, 2019." */
const CAPITALS_CORPORATE_YEAR = new RegExp(String.raw`^[^\p{Ll},.]{1,120},\s+(?:${YEAR_SOURCE})[.,]`, 'u');
/** Or in any case, after a comma, as Harvard prints it: "Instituto Brasileiro de Rios, 2001. Title". */
const CORPORATE_COMMA_YEAR = new RegExp(String.raw`^\p{Lu}[\p{L}'’\-]*(?:\s+(?:\p{Lu}[\p{L}'’\-]*|\p{Ll}{1,4})){0,8},\s+(?:${YEAR_SOURCE})\.\s`, 'u');

/** A line opening with a word in capitals: "DE SOUSA, Beatriz", "NORDIC COUNCIL.", "HANDBOOK of frost heave". */
const CAPITALS_OPENING = /^\p{Lu}[\p{Lu}\p{M}'’-]+(?=[\s,.;])/u;
/** Lines opening with names that print them in capitals, nearly all of them, at least this many. */
const MIN_CAPITALS_OPENINGS = 3;
const CAPITALS_SHARE = 0.8;

/**
 * How a list prints its entries' openings, read in one pass over its lines: whether most open with the first author in
 * capitals (ABNT, ISO 690: there a line that does not, "Vol. 9, no. 3", goes on with the entry before), and whether
 * most put a colon after names written out (DIN 1505-2: "Akgündüz, Zeynep: Title").
 */
function listShape(lines: Line[], first: number, last: number, layout: Layout): { capitals: boolean; colonAfterNames: boolean } {
  let named = 0;
  let capitals = 0;
  let namedOrColon = 0;
  let colon = 0;
  for (let i = first; i <= last; i++) {
    if (layout.furniture[i]) continue;
    const text = lines[i].text.trim();
    const plain = readAuthorList(text) !== null;
    const withColon = readAuthorList(text, true);
    const colonHere = withColon !== null && text.charAt(withColon.end) === ':';
    if (plain) named++;
    if (plain && CAPITALS_OPENING.test(text)) capitals++;
    if (plain || colonHere) namedOrColon++;
    if (colonHere) colon++;
  }
  return {
    capitals: capitals >= MIN_CAPITALS_OPENINGS && capitals >= named * CAPITALS_SHARE,
    colonAfterNames: colon >= MIN_COLON_OPENINGS && colon >= namedOrColon * COLON_SHARE,
  };
}

/** An entry's first line: it opens with a personal name in a style's form, or with capitalised words and a comma/point (corporate authors). */
function opensWithName(text: string): boolean {
  return readAuthorList(text) !== null;
}

/**
 * Yearless text is no entry when the next line opens one with a name and a year, or a name written out: a lone
 * sentence ("Kestrel Press."), or the end of an entry carried over a page break ("Letters, 22(3), 141–342.").
 */
function straysFromEntryBefore(current: RawEntry | null, currentText: string, currentHasYear: boolean, afterPageBreak: boolean, next: string): boolean {
  if (current === null || currentHasYear || !opensWithName(next) || !(HAS_YEAR.test(next) || opensWithFullName(next))) return false;
  return (current.parts.length === 1 && /^[^.]+\.$/.test(currentText)) || (afterPageBreak && !opensWithName(currentText));
}

/**
 * "Lund K, Moon E (2004) Title", "Lund, Karin. 2004. Title", "Nordic Board for Soils (1993) Title": authors, then the
 * year. Such a line opens an entry even after one that shows no year (Springer prints an undated work with no mark at
 * all; a publisher wrapped onto a line of its own reads like a corporate author).
 */
function opensWithAuthorsAndYear(text: string): boolean {
  const list = readAuthorList(text);
  return list !== null ? YEAR_FIRST.test(text.slice(list.end)) : CORPORATE_THEN_YEAR.test(text);
}

/**
 * Splits reference blocks into entries. In a numbered list, labels open entries, also labels on
 * lines of their own: labels that come out together (two columns read across) go to the entries
 * that follow in number order. In an unnumbered list, a blank line or a line opening with a name
 * after a complete entry (one that has its year, or ended its sentence) opens one. Page furniture
 * is skipped.
 */
function segment(lines: Line[], layout: Layout): RawEntry[] {
  const entries: RawEntry[] = [];
  for (const block of layout.referenceBlocks) {
    const blockStart = entries.length;
    const shape = listShape(lines, block.first, block.last, layout);
    const colonAfterNames = shape.colonAfterNames;
    // A numbered list: at least three labels (or one in square brackets), starting low; a year opening a wrapped line ("2020. p. 43") is no label.
    let labelCount = 0;
    let bracketed = 0;
    let lowest = Infinity;
    let lastCounted = 0;
    for (let i = block.first; i <= block.last; i++) {
      if (layout.furniture[i]) continue;
      const bullet = BULLET.exec(lines[i].text);
      const m = bullet ?? LABEL_ONLY.exec(lines[i].text);
      const n = Number(m?.[1] ?? m?.[2] ?? m?.[3] ?? m?.[BARE_LABEL] ?? NaN);
      if (!(n > 0 && n < MIN_YEAR)) continue;
      if (bullet?.[BARE_LABEL] !== undefined && n !== lastCounted + 1) continue;
      lastCounted = n;
      labelCount++;
      if (/^\s*\[/.test(lines[i].text)) bracketed++;
      lowest = Math.min(lowest, n);
    }
    const numbered = (labelCount >= 3 || bracketed > 0) && lowest <= 3;
    const capitals = !numbered && shape.capitals;
    const used = new Set<number>();
    let highestUsed = 0;
    const use = (n: number) => {
      used.add(n);
      highestUsed = Math.max(highestUsed, n);
    };
    let pending: Array<{ number: number; line: number }> = [];
    const orphans: RawEntry[] = [];
    let lastLabelLine = -1;
    let onlyBlanksSinceLabel = false;
    let current: RawEntry | null = null;
    let currentText = '';
    /** Whether the entry so far shows a year (kept up as its lines come, not read again from the start each line). */
    let currentHasYear = false;
    let afterBlank = true;
    let previous = '';
    let pageBreak = false;
    let currentAfterBreak = false;
    for (let i = block.first; i <= block.last; i++) {
      if (layout.furniture[i] || lines[i].text.includes('\f')) pageBreak = true;
      if (layout.furniture[i]) continue;
      const line = lines[i];
      const text = line.text.replace(/\f/g, '').trim();
      if (text === '') {
        afterBlank = true;
        continue;
      }
      const names = readAuthorList(text, colonAfterNames);
      const opensWithNames = names !== null;
      // The blank lines a page break puts around its furniture are no gap inside an entry: a line there goes on with the
      // entry unless it opens with a name or reads like a heading (no punctuation: new matter may start after the list).
      if (pageBreak && current && !opensWithNames && ENTRY_PUNCTUATION.test(text)) afterBlank = false;
      // A bare number between the entries of an unnumbered list is a page number.
      if (!numbered && /^\d{1,4}$/.test(text)) continue;
      const alone = numbered ? LABEL_ONLY.exec(text) : null;
      const n = alone ? Number(alone[1] ?? alone[2] ?? alone[3]) : NaN;
      if (n > 0 && n < MIN_YEAR) {
        if (!used.has(n) && orphans.length > 0) {
          // Entries of a column whose labels the extractor put after them take those labels in order.
          orphans.shift()!.label = String(n);
          use(n);
          continue;
        }
        if (!used.has(n)) {
          use(n);
          pending.push({ number: n, line: i });
          pending.sort((a, b) => a.number - b.number);
          lastLabelLine = i;
          onlyBlanksSinceLabel = true;
          afterBlank = true;
          continue;
        }
      }
      let bullet = BULLET.exec(line.text.replace(/^\f/, ''));
      let labelText = bullet?.[1] ?? bullet?.[2] ?? bullet?.[3] ?? bullet?.[BARE_LABEL] ?? null;
      // A number opening a line is a label only in a numbered list, and only once ("2020. p. 43" continues an entry);
      // a bare one only as the list's next number ("12 Journal of Soils" wraps an entry).
      const outOfOrder = bullet?.[BARE_LABEL] !== undefined && Number(labelText) !== highestUsed + 1;
      if (labelText !== null && (!numbered || outOfOrder || used.has(Number(labelText)) || Number(labelText) >= MIN_YEAR)) {
        bullet = null;
        labelText = null;
      }
      const previousEnded = /[.)>\]]\s*$|\d\s*$/.test(previous);
      // Every entry carries its year (or an undated mark): until it has, a capitalised line ("Anim Ecol J.") goes on with it.
      // A line ending in an initial, a comma, "and" or "In" goes on with more names ("eds A. E. Moon, K. A. Lund, and S. T.⏎Berg"),
      // one ending in a colon with what it introduces ("In:⏎SOLBERG, Henrik (ed.)").
      const namesGoOn = NAMES_GO_ON.test(previous) && !ENDS_UNDATED.test(previous);
      // An undated entry (MLA) is complete at a line closed on pages or a link, or ended before a name written out family name first.
      const complete =
        current !== null &&
        !(namesGoOn && !afterBlank) &&
        (currentHasYear || (previousEnded && (afterBlank || opensWithFullName(text))) || ENDS_ON_PAGES.test(previous));
      const lower = /^\p{Ll}/u.test(text) && !opensWithNames; // "de Wael GJ" opens an entry
      const link = LINK_ONLY.test(text);
      const directlyAfterLabel = pending.length > 0 && onlyBlanksSinceLabel;
      onlyBlanksSinceLabel = false;
      const stray = !numbered && entries.length - 2 >= blockStart && straysFromEntryBefore(current, currentText, currentHasYear, currentAfterBreak, text);
      let startsEntry: boolean;
      // Text the extractor put between a numbered list's heading and its first entry is no entry.
      if (!current) startsEntry = !numbered || bullet !== null || directlyAfterLabel || opensWithNames;
      else if (bullet !== null) startsEntry = !link;
      else if (numbered) startsEntry = !lower && !link && (directlyAfterLabel || (complete && opensWithNames));
      else if (stray) startsEntry = true;
      else
        startsEntry =
          !link &&
          !lower &&
          !/^\d/.test(text) && // "20(3), 71–399." after a page break goes on with its entry
          (!capitals || CAPITALS_OPENING.test(text) || REPEATED_AUTHORS.test(text)) &&
          (afterBlank ||
            (previousEnded && !namesGoOn && NAME_THEN_QUOTED_TITLE.test(text)) ||
            (!namesGoOn && opensWithAuthorsAndYear(text)) ||
            // In such a list names and a colon open an entry even after one that printed no year.
            (colonAfterNames && !namesGoOn && names !== null && text.charAt(names.end) === ':') ||
            (colonAfterNames && complete && CORPORATE_COLON.test(text)) ||
            (complete &&
              (opensWithNames ||
                (CORPORATE_START.test(text) && (CLOSED.test(previous) || (previousEnded && (CORPORATE_YEAR.test(text) || CAPITALS_CORPORATE_YEAR.test(text) || CORPORATE_COMMA_YEAR.test(text))))) ||
                (previousEnded && WORDS_THEN_YEAR.test(text)) ||
                CORPORATE_THEN_SENTENCE_YEAR.test(text) ||
                (previousEnded && (REPEATED_AUTHORS.test(text) || (NAME_THEN_TITLE_START.test(text) && HAS_YEAR.test(text)))))));
      if (stray) {
        // A publisher's line that a page or column break cut from its entry ("Éditions du Marais.") went back to it.
        const before = entries[entries.length - 2];
        before.parts.push(...current!.parts);
        before.end = current!.end;
        entries.pop();
      }
      if (startsEntry) {
        let label: string | null = labelText;
        let start = line.start;
        if (bullet !== null && labelText !== null) use(Number(labelText));
        else if (pending.length > 0) {
          const take = pending[0];
          pending = pending.slice(1);
          label = String(take.number);
          if (take.line === lastLabelLine && directlyAfterLabel) start = lines[take.line].start;
        }
        current = { start, end: line.end, label, parts: [], colonAfterNames };
        currentAfterBreak = pageBreak;
        entries.push(current);
        if (numbered && label === null) orphans.push(current);
        const first = bullet ? line.text.replace(/^\f/, '').slice(bullet[0].length) : text;
        current.parts.push(first);
        currentText = first;
        currentHasYear = HAS_YEAR.test(first);
      } else if (current) {
        current.end = line.end;
        const part = text.replace(/^[-*•]\s+/, '');
        current.parts.push(part);
        // An undated mark may be broken over the line end ("n.⏎d.").
        currentHasYear ||= HAS_YEAR.test(`${currentText.slice(-12)} ${part}`);
        currentText += ' ' + part;
      }
      previous = text;
      afterBlank = false;
      pageBreak = false;
    }
  }
  return entries;
}

/** The work's year, read before the part that says where it is found online when a year stands there. */
function readYear(text: string, authorEnd: number): string | null {
  const online = text.slice(authorEnd).search(AVAILABLE);
  return (online > 0 ? lastYear(text.slice(authorEnd, authorEnd + online)) : null) ?? lastYear(text.slice(authorEnd));
}

function lastYear(part: string): string | null {
  const rest = part
    .replace(/https?:\/\/\S+|www\.\S+/g, ' ')
    .replace(ACCESSED, ' ')
    // Pages are no years: "68(10): 1799–813", "p. 1999-2004".
    .replace(/:\s*\d+\s*[-–]\s*\d+|\bpp?\.\s*\d+(?:\s*[-–]\s*\d+)?/g, ' ')
    .replace(/\d{4}\s+edition/gi, ' ')
    .replace(/\b(\d{4})\s*[-–]\s*\d{2,4}/g, '$1')
    .replace(/\b\d{4}\s*[-–]\s*\)/g, ' ');
  const years = [...rest.matchAll(ANY_YEAR)].map((m) => m[0]);
  return years.length ? normaliseYear(years[years.length - 1]) : null;
}

/** "S.", "A. F.", "C.-P.", "J": given-name initials, never a surname ("KISS", "WU"). */
const INITIALS = /^(?:\p{Lu}\.[\s-]?){1,4}$|^\p{Lu}$|^(?:Jr|Sr|II|III)\.?$/u;

/** Surnames from an author part: "Aris, S. & Snetkov, A.", "Buzan, Barry, Ole Waever and Jaap de Wilde". */
export function surnamesOf(authorText: string): string[] {
  const cleaned = authorText
    .replace(/\bet al\.?/gi, '')
    .replace(/\((?:eds?\.?)\)|\beds?\.(?=\s|,|$)/gi, '')
    .replace(/[.,;\s]+$/, '')
    .trim();
  if (!cleaned) return [];
  const personal = cleaned.includes(',') || cleaned.includes('&');
  const groups = personal ? cleaned.split(/\s*(?:,\s*)?(?:&|\band\b|[–—])\s+/) : [cleaned];
  const names: string[] = [];
  groups.forEach((group, g) => {
    const pieces = group.split(/\s*,\s*/).filter((p) => p.length > 0);
    pieces.forEach((piece, k) => {
      if (INITIALS.test(piece)) return;
      if (k === 0 && (g === 0 || pieces.length > 1)) names.push(piece); // "Surname, Given"
      else if (k === 1 && g === 0) return; // the first author's given names
      else if (INITIALS.test(pieces[k + 1] ?? '')) names.push(piece); // "..., Ali, I."
      else names.push(lastNameOf(piece)); // "Given Surname"
    });
  });
  return names.filter((n) => /\p{L}/u.test(n));
}

/** "Mark V. Kauppi" → "Kauppi", "Jaap de Wilde" → "de Wilde". */
function lastNameOf(fullName: string): string {
  const words = fullName.trim().split(/\s+/);
  let i = words.length - 1;
  while (i > 0 && /^(?:de|van|von|der|den|la|le|di|da|del|du|al|el|bin|ibn)$/i.test(words[i - 1])) i--;
  return words.slice(i).join(' ');
}

/**
 * Where the author part ends in an entry without a leading year (Chicago style:
 * "Haas, Ernst B., Beyond the Nation State, ..."): at the title's opening quote, or at the
 * comma after the given names that is not followed by more authors.
 */
function authorEndWithoutYear(text: string): number {
  // A corporate author ends with its sentence, before the title ("RIVER AGENCY. Title. City: Press, 2005.").
  const sentence = text.search(/\.\s/);
  const firstComma = text.indexOf(',');
  if (sentence > 0 && (firstComma === -1 || sentence < firstComma)) return sentence;
  const quote = text.search(/,?\s*['‘"“]/);
  let commas = 0;
  for (let i = 0; i < text.length && i < 200; i++) {
    if (text[i] !== ',') continue;
    if (quote !== -1 && quote <= i) return quote;
    commas++;
    const after = text.slice(i + 1, i + 60);
    const moreAuthors = /^\s*(?:and|&)\s/.test(after) || /^\s*\p{Lu}\.?(?:\s|,|$)/u.test(after) || /^[^,]{0,40}\s(?:and|&)\s/.test(after);
    if (commas >= 2 && !moreAuthors) return i;
  }
  if (quote !== -1) return quote;
  const comma = text.indexOf(',');
  return comma === -1 ? text.length : comma;
}

/** Drops trailing punctuation but keeps the point of a final initial or "et al." ("Barelli, M."). */
function trimAuthorPart(text: string): string {
  const trimmed = text.replace(/[\s,:;]+$/, '');
  return /(?:\b\p{Lu}|\bal)\.$/u.test(trimmed) ? trimmed.replace(/\.+$/, '.') : trimmed.replace(/[\s.]+$/, '');
}

/** An entry's lines joined with spaces; a word broken by a hyphen at a line end is joined again ("Liesb-⏎eth"; "SMITH-⏎JONES" keeps its hyphen). */
function joinLines(parts: string[]): string {
  const pieces: string[] = [];
  for (const part of parts) {
    const last = pieces.length ? pieces[pieces.length - 1] : '';
    if (!/\p{L}-$/u.test(last.slice(-3)) || !/^\p{L}/u.test(part)) pieces.push(part);
    else pieces[pieces.length - 1] = (/^\p{Ll}/u.test(part) ? last.slice(0, -1) : last) + part;
  }
  return pieces.join(' ');
}

/**
 * The title: the first sentence after the names (and the year). A question or exclamation goes on to a subtitle
 * ("Which index? A comparison of three. Journal. 2008;74:257-71.") when the sentence after it reads as one, with
 * words in lower case and no number (a container's abbreviated name has neither, its volume and pages have
 * numbers), and more of the entry follows.
 */
function titleSentence(rest: string): string | null {
  // Three pieces at most: the title, what may be its subtitle, and whether more follows.
  const sentences = rest.split(/(?<=[.?!])\s/, 3);
  const [first, second] = sentences;
  if (first && /[?!]$/.test(first) && sentences.length > 2 && /\.$/.test(second) && !/\d/.test(second) && /\s\p{Ll}{3,}/u.test(second)) return `${first} ${second}`;
  return first || null;
}

function parseEntry(raw: RawEntry, id: number): ReferenceEntry {
  const text = stripMarkdown(joinLines(raw.parts)).replace(/\s+/g, ' ').trim();
  const link = /(?:https?:\/\/|www\.)[^\s>)\]]+|doi:\s?\S+/i.exec(text)?.[0] ?? null;
  const pagesMatch = /\b(?:pp?\.?\s*)?(\d{1,5})\s*[-–]\s*(\d{1,5})\.?\s*$|(?:,|\))\s*(\d{1,5})\s*[-–]\s*(\d{1,5})/.exec(
    text.replace(/https?:\/\/\S+/g, ''),
  );
  const pages = pagesMatch
    ? { first: Number(pagesMatch[1] ?? pagesMatch[3]), last: Number(pagesMatch[2] ?? pagesMatch[4]) }
    : null;

  let authorText: string;
  let year: string | null;
  let title: string | null = null;
  let surnames: string[] | null = null;
  let etAl: boolean | null = null;
  const list = readAuthorList(text, raw.colonAfterNames);
  const bracketed = LEADING_YEAR.exec(text);
  // A bare year counts as leading only right after the names ("Smith, J. 2017. Title"), not at an ABNT entry's end.
  const bare = bracketed ? null : bareLeadingYear(text);
  // A bracketed year after the first words of a title belongs to the title ("... in the Atlas of Rivers (2017). Journal, 2019").
  const inTitle = bracketed && list && /\s\p{Ll}{2,}\s+\p{Ll}{2,}/u.test(text.slice(list.end, bracketed.index));
  // Without personal names, a bare year leads only right after the author element ("World Bank. 2019. Title"), not in a title ("towards 2030.").
  const bareLeads = bare && (list ? bare.index <= list.end + 4 : !/\.\s/.test(text.slice(0, bare.index).replace(/[.\s]+$/, '')));
  // A list that puts a colon after the names (DIN 1505-2) gives the year after the title, never right after the names.
  const leading = raw.colonAfterNames && list ? null : (inTitle ? null : bracketed) ?? (bareLeads ? bare : null);
  if (/^<?(?:https?:\/\/|www\.)/i.test(text)) {
    authorText = raw.parts[0].trim().split(/\s+/)[0];
    year = UNDATED;
  } else if (leading && leading.index < 200 && (!/['‘"“]/.test(text.slice(0, leading.index)) || /^\s*\*/.test(raw.parts[0]))) {
    authorText = trimAuthorPart(text.slice(0, leading.index));
    if (list && list.end >= authorText.length - 1) ({ surnames, etAl } = list);
    year = normaliseYear(leading[1]);
    title = titleSentence(text.slice(leading.index + leading[0].length).replace(/^[\s.,:]+/, ''));
  } else if (list) {
    // Names, then the title, the year later on (Vancouver, ABNT, IEEE, Chicago with initials).
    authorText = trimAuthorPart(text.slice(0, list.end));
    ({ surnames, etAl } = list);
    year = readYear(text, list.end) ?? UNDATED;
    title = titleSentence(text.slice(list.end).replace(/^[\s.,:]+/, ''));
  } else {
    const end = raw.colonAfterNames && CORPORATE_COLON.test(text) ? text.indexOf(':') : authorEndWithoutYear(text);
    authorText = trimAuthorPart(text.slice(0, end).replace(/^the\s+/i, ''));
    year = readYear(text, end) ?? UNDATED;
    title = titleSentence(text.slice(end).replace(/^[\s.,:'‘"“]+/, '').split(/['’"”]|,\s/)[0]);
  }
  if (!surnames) surnames = authorText && !/^<?(?:https?:|www\.)/i.test(authorText) ? surnamesOf(authorText) : [];
  return {
    id,
    span: { start: raw.start, end: raw.end },
    text,
    authorText,
    surnames,
    etAl: etAl ?? hasEtAlForm(authorText),
    year,
    label: raw.label,
    title,
    link,
    pages: pages && pages.first <= pages.last ? pages : null,
  };
}

export function findReferences(lines: Line[], layout: Layout): ReferenceEntry[] {
  return withRepeatedAuthors(segment(lines, layout).map((raw, id) => parseEntry(raw, id)));
}

/** An entry that opens with a dash in place of its authors has the authors of the entry before it. */
function withRepeatedAuthors(entries: ReferenceEntry[]): ReferenceEntry[] {
  entries.forEach((entry, i) => {
    const previous = entries[i - 1];
    if (!previous || !REPEATED_AUTHORS.test(entry.text)) return;
    entry.authorText = previous.authorText;
    entry.surnames = previous.surnames;
    entry.etAl = previous.etAl;
  });
  return entries;
}
