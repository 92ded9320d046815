/**
 * A reference list that no heading announces: the run of entries a paper ends with. Some papers
 * print none, and extractors that follow the PDF's content stream can put the heading after the
 * list. A reader knows such a run by its shape: every entry opens with an author list (after its
 * label, in a numbered list) and carries a year; labels count up from 1, and an unnumbered list
 * is in alphabetical order.
 */
import { fold, Line } from './text';
import { readAuthorList } from './authorList';
import { isReferenceHeadingText, UNDATED_SOURCE } from './conventions';

const LABEL = /^\s*(?:\[(\d{1,3})\]|(\d{1,3})[.)])\s+/;
const HAS_YEAR = new RegExp(String.raw`(?<!\d)(?:1[5-9]\d\d|20\d\d)(?!\d)|${UNDATED_SOURCE}`, 'i');
/** Lines an entry may run on over before the next one opens. */
const MAX_ENTRY_LINES = 7;
/** Lines after the last entry that may close the paper (a statement, a misplaced heading). */
const MAX_TRAILER_LINES = 4;
const MIN_ENTRIES = 3;
/** Share of entries that may lack a year, or stand out of order, before the run is no list. */
const TOLERANCE = 0.2;

interface Opening {
  line: number;
  label: number | null;
  firstAuthor: string;
}

function openingAt(lines: Line[], i: number, numbered: boolean): Opening | null {
  const text = lines[i].text.replace(/\f/g, '');
  const label = LABEL.exec(text);
  if (numbered !== (label !== null)) return null;
  const names = readAuthorList(label ? text.slice(label[0].length) : text.trimStart());
  if (!names) return null;
  return { line: i, label: label ? Number(label[1] ?? label[2]) : null, firstAuthor: fold(names.surnames[0]) };
}

/** Whether the openings, one per entry, make one list: numbered 1, 2, 3, ... or unnumbered in alphabetical order. */
function isOneList(openings: Opening[], numbered: boolean): boolean {
  if (numbered) return openings.every((o, k) => o.label === k + 1);
  let outOfOrder = 0;
  for (let k = 1; k < openings.length; k++) if (openings[k].firstAuthor < openings[k - 1].firstAuthor) outOfOrder++;
  return outOfOrder <= TOLERANCE * openings.length;
}

/**
 * The line range [first, last] of the list the paper ends with, or null. `skip` marks lines that are
 * no text (page furniture, or lines already in a list).
 */
export function findUnannouncedList(lines: Line[], skip: (i: number) => boolean): { first: number; last: number } | null {
  return listAtEnd(lines, skip, true) ?? listAtEnd(lines, skip, false);
}

/** In a numbered list only labelled lines open entries ("Acad Sci USA. 2005" goes on with the entry before). */
function listAtEnd(lines: Line[], skip: (i: number) => boolean, numbered: boolean): { first: number; last: number } | null {
  const openings: Opening[] = [];
  let last = -1;
  let sinceOpening = 0;
  for (let i = lines.length - 1; i >= 0; i--) {
    if (skip(i) || lines[i].text.trim() === '') continue;
    const opening = openingAt(lines, i, numbered);
    if (opening) {
      if (last < 0) last = i;
      openings.push(opening);
      sinceOpening = 0;
      continue;
    }
    sinceOpening++;
    if (sinceOpening > (last < 0 ? MAX_TRAILER_LINES : MAX_ENTRY_LINES)) break;
  }
  if (openings.length < MIN_ENTRIES) return null;
  openings.reverse();
  // Entries run from one opening to the next; the last runs to the last line counted with the list.
  const ends = openings.map((_, k) => (k + 1 < openings.length ? openings[k + 1].line - 1 : Math.min(lines.length - 1, last + MAX_ENTRY_LINES)));
  const undated = openings.filter((o, k) => !lines.slice(o.line, ends[k] + 1).some((l) => HAS_YEAR.test(l.text))).length;
  if (undated > TOLERANCE * openings.length || !isOneList(openings, numbered)) return null;
  // The last entry runs on to a blank line or a heading.
  let end = last;
  for (let i = last + 1; i <= ends[ends.length - 1] && !skip(i) && lines[i].text.trim() !== '' && !isReferenceHeadingText(lines[i].text.trim()); i++) end = i;
  return { first: openings[0].line, last: end };
}
