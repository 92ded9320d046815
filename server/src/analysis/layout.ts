import { isBylineText } from './citations/superscriptMarks';
import { Section } from './model';
import { Line } from './text';
import { isReferenceHeadingText } from './conventions';
import { findFurniture } from './pageFurniture';
import { readAuthorList } from './authorList';
import { findUnannouncedList } from './unannouncedList';
import { MARKDOWN_NOTE_LABEL } from './notes';

/** Where the parts of a paper lie, by line: headings, reference lists and the rest. */
export interface Layout {
  sections: Section[];
  /** Line index ranges [first, last] of each reference list's entries. */
  referenceBlocks: Array<{ heading: number; first: number; last: number }>;
  /** True for lines inside a reference list (heading included). */
  inReferences: boolean[];
  /** True for running headers, footers, page numbers and glyph debris of a PDF extraction. */
  furniture: boolean[];
}


/** Heading text without Markdown marks, numbering and a trailing colon. */
export function headingText(line: string): string {
  return line
    .trim()
    .replace(/^#{1,6}\s*/, '')
    .replace(/^\*\*(.*)\*\*$/, '$1')
    .replace(/^<u>(.*)<\/u>$/, '$1')
    .replace(/^(?:\d+(?:\.\d+)*\.?|[IVX]+\.)\s+/, '')
    .replace(/\s*:$/, '')
    .trim();
}

export function isReferenceHeading(line: string): boolean {
  return isReferenceHeadingText(headingText(line));
}

function isBlank(lines: Line[], i: number): boolean {
  return i < 0 || i >= lines.length || lines[i].text.trim() === '';
}

/** A short title-like line standing on its own, or a Markdown heading. */
export function isHeading(lines: Line[], i: number): boolean {
  const raw = lines[i].text.trim();
  if (/^#{1,6}\s+\S/.test(raw)) return true;
  if (raw.length < 3 || raw.length > 120) return false;
  if (!isBlank(lines, i - 1) || !isBlank(lines, i + 1)) return false;
  const text = headingText(raw);
  if (!/^[\p{Lu}\d]/u.test(text)) return false;
  if (/[.,;]$/.test(text) || /^[-*•]\s/.test(raw) || /^[⁰¹²³⁴⁵⁶⁷⁸⁹]/.test(raw)) return false;
  // A byline ("Ana Lima¹, Rui Sá²") names the authors; it opens no section.
  if (isBylineText(raw)) return false;
  if (text.split(/\s+/).length > 14) return false;
  return !/\(\s*\d{4}|https?:|\t/.test(text);
}

/** A line that plainly ends a reference list: a heading that is not itself an entry. */
function endsReferenceList(lines: Line[], i: number): boolean {
  const raw = lines[i].text.trim();
  if (/^#{1,6}\s/.test(raw) || MARKDOWN_NOTE_LABEL.test(lines[i].text)) return true;
  if (raw.length > 60 || /\d|https?:|^[-*•[]/.test(raw)) return false;
  return isHeading(lines, i);
}

/** The next line with text after `i` opens a reference entry: names and a year (a list goes on after a page's furniture). */
function entryFollows(lines: Line[], i: number, furniture: boolean[]): boolean {
  for (let k = i + 1; k < lines.length && k <= i + 12; k++) {
    if (furniture[k] || lines[k].text.trim() === '') continue;
    const text = lines[k].text.trim();
    return readAuthorList(text) !== null && /(?<!\d)(?:1[5-9]\d\d|20\d\d)(?!\d)/.test(text);
  }
  return false;
}

export function findLayout(lines: Line[]): Layout {
  const sections: Section[] = [];
  const referenceBlocks: Layout['referenceBlocks'] = [];
  const inReferences = new Array<boolean>(lines.length).fill(false);
  let open: { heading: number; first: number; last: number } | null = null;
  const furniture = findFurniture(lines);

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.text.trim() === '') continue;
    if (furniture[i]) {
      if (open) inReferences[i] = true;
      continue;
    }
    const referenceHeading = isHeading(lines, i) || /^\S.{0,40}$/.test(line.text.trim()) ? isReferenceHeading(line.text) : false;
    if (referenceHeading || (open && endsReferenceList(lines, i) && !entryFollows(lines, i, furniture)) || (!open && isHeading(lines, i))) {
      if (open) {
        referenceBlocks.push(open);
        open = null;
      }
      const title = headingText(line.text);
      const level = /^#+/.exec(line.text.trim())?.[0].length ?? 1;
      sections.push({ title, span: { start: line.start, end: line.end }, level });
      if (referenceHeading) {
        open = { heading: i, first: i + 1, last: i };
        inReferences[i] = true;
      }
      continue;
    }
    if (open) {
      open.last = i;
      inReferences[i] = true;
    }
  }
  if (open) referenceBlocks.push(open);
  const blocks = referenceBlocks.filter((b) => b.last >= b.first);
  if (!blocks.some((b) => holdsEntries(lines, b))) {
    const list = findUnannouncedList(lines, (i) => furniture[i] || inReferences[i]);
    if (list) {
      for (let i = list.first; i <= list.last; i++) inReferences[i] = true;
      return { sections, referenceBlocks: [{ heading: list.first, ...list }], inReferences, furniture };
    }
  }
  return { sections, referenceBlocks: blocks, inReferences, furniture };
}

/** Whether a list under a heading holds entries at all: two lines or more that open with names. */
function holdsEntries(lines: Line[], block: { first: number; last: number }): boolean {
  let openings = 0;
  for (let i = block.first; i <= block.last && openings < 2; i++) {
    if (readAuthorList(lines[i].text.replace(/^\s*(?:\[\d{1,3}\]|\d{1,3}[.)])\s+/, '').trimStart()) !== null) openings++;
  }
  return openings >= 2;
}
