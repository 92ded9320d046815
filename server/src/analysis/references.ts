import { ReferenceEntry } from './model';
import { Layout } from './layout';
import { Line, stripMarkdown } from './text';
import { normaliseYear, UNDATED, YEAR_SOURCE } from './years';

const BULLET = /^\s*(?:[-*•]\s+|\[(\d{1,4})\]\s*|(\d{1,4})[.)]\s+)/;
const AUTHOR_START = /^\p{Lu}[\p{L}'’\-]*(?:\s+\p{Lu}[\p{L}'’\-]*){0,3}\s?[,.(]/u;
const LINK_ONLY = /^\s*<?(?:https?:\/\/|doi:|www\.)\S+>?\s*$/i;
/** "de Jong, A.", "van der Berg, L.": a family name with lower-case particles opening an entry. */
const PARTICLE_AUTHOR_START = /^(?:\p{Ll}{1,3}\s+){1,2}\p{Lu}[\p{L}'’\-]*,\s/u;
/** "Agencia Estatal de Riberas. Title": a name of a few words, then a full stop (or a comma and a quoted title). */
const NAME_THEN_TITLE_START = /^\p{Lu}[\p{L}'’\-]*(?:\s+[\p{L}'’\-]+){0,6}(?:\.\s|,\s[‘“«„"])/u;
/** "———." or "--,": the same authors as the entry before (MLA, Chicago, MHRA). */
export const REPEATED_AUTHORS = /^(?:[—–]{2,}|-{2,})\s*[.,]/;
/** An author-date year right after the authors: "(2009a)", "(2010, July 8)", "(s. a.):". */
const LEADING_YEAR = new RegExp(String.raw`\(\s*(${YEAR_SOURCE})\s*(?:,[^)]{0,40})?\)`, 'i');
/** Harvard without parentheses: "Smith, J. 2019. Title." (the year must be followed by more text). */
const BARE_LEADING_YEAR = new RegExp(String.raw`(?<=^[^()"“'‘]{2,150}?[.,]?)\s(${YEAR_SOURCE})[.:,]\s(?=\S)`, 'i');
const ANY_YEAR = /(?<![\d:/.-])(1[5-9]\d\d|20\d\d)[a-z]?(?![\d])/g;

interface RawEntry {
  start: number;
  end: number;
  label: string | null;
  parts: string[];
}

/** Splits reference blocks into entries: bullets, numbers, blank lines and author-like starts open one. */
function segment(lines: Line[], layout: Layout): RawEntry[] {
  const entries: RawEntry[] = [];
  for (const block of layout.referenceBlocks) {
    let current: RawEntry | null = null;
    let afterBlank = true;
    for (let i = block.first; i <= block.last; i++) {
      const line = lines[i];
      const text = line.text.trim();
      if (text === '') {
        afterBlank = true;
        continue;
      }
      const bullet = BULLET.exec(line.text);
      const previousEnded = i > block.first && /[.)>]\s*$|\d\s*$/.test(lines[i - 1].text);
      const startsEntry =
        !current ||
        (bullet !== null && !LINK_ONLY.test(text)) ||
        (!LINK_ONLY.test(text) && (afterBlank || (previousEnded && AUTHOR_START.test(text))) && !/^\p{Ll}/u.test(text)) ||
        (previousEnded && (PARTICLE_AUTHOR_START.test(text) || REPEATED_AUTHORS.test(text) || NAME_THEN_TITLE_START.test(text)));
      if (startsEntry) {
        current = { start: line.start, end: line.end, label: bullet?.[1] ?? bullet?.[2] ?? null, parts: [] };
        entries.push(current);
        current.parts.push(bullet ? line.text.slice(bullet[0].length) : line.text);
      } else if (current) {
        current.end = line.end;
        current.parts.push(text.replace(/^[-*•]\s+/, ''));
      }
      afterBlank = false;
    }
  }
  return entries;
}

function readYear(text: string, authorEnd: number): string | null {
  const rest = text
    .slice(authorEnd)
    .replace(/https?:\/\/\S+|www\.\S+/g, ' ')
    .replace(/\b(?:accessed|retrieved|viewed|consulted)\b[^)]*?\d{4}/gi, ' ')
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

function parseEntry(raw: RawEntry, id: number): ReferenceEntry {
  const text = stripMarkdown(raw.parts.join(' ')).replace(/\s+/g, ' ').trim();
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
  const leading = LEADING_YEAR.exec(text) ?? BARE_LEADING_YEAR.exec(text);
  if (/^<?(?:https?:\/\/|www\.)/i.test(text)) {
    authorText = raw.parts[0].trim().split(/\s+/)[0];
    year = UNDATED;
  } else if (leading && leading.index < 200 && (!/['‘"“]/.test(text.slice(0, leading.index)) || /^\s*\*/.test(raw.parts[0]))) {
    authorText = trimAuthorPart(text.slice(0, leading.index));
    year = normaliseYear(leading[1]);
    title = text.slice(leading.index + leading[0].length).replace(/^[\s.,:]+/, '').split(/(?<=[.?!])\s/)[0] ?? null;
  } else {
    const end = authorEndWithoutYear(text);
    authorText = trimAuthorPart(text.slice(0, end).replace(/^the\s+/i, ''));
    year = readYear(text, end) ?? UNDATED;
    title = text.slice(end).replace(/^[\s.,:'‘"“]+/, '').split(/['’"”]|,\s/)[0] || null;
  }
  const surnames = authorText && !/^<?(?:https?:|www\.)/i.test(authorText) ? surnamesOf(authorText) : [];
  return {
    id,
    span: { start: raw.start, end: raw.end },
    text,
    authorText,
    surnames,
    etAl: /\bet al\b/i.test(authorText),
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
