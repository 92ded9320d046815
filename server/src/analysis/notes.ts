import { Note } from './model';
import { Layout } from './layout';
import { Line } from './text';
import { superscriptValue } from './superscript';
import { isNotesHeadingText } from './conventions';
import { headingText } from './layout';
import { comparisons } from './comparisons';

/** A note's own label at the start of its line: "¹ ", "- ⁴⁵ ", "<sup>3</sup> ", and (in sequence) "- 53 ". */
const SUPERSCRIPT_LABEL = /^\s*(?:[-*•]\s*)?([⁰¹²³⁴⁵⁶⁷⁸⁹]+)(?![⁰¹²³⁴⁵⁶⁷⁸⁹])\s*(?=\S)/;
const SUP_TAG_LABEL = /^\s*(?:[-*•]\s*)?<sup>\s*(\d{1,3})\s*<\/sup>\s*(?=\S)/i;
/** A Markdown footnote's definition: "[^3]: text". */
export const MARKDOWN_NOTE_LABEL = /^ {0,3}\[\^(\d{1,3})\]:\s*(?=\S)/;
const PLAIN_LABEL = /^\s*(?:[-*•]\s*)?(\d{1,3})\.?\s+(?=\S)/;
/** How far (in lines) a plain-numbered note may stand from a note with a superscript label. */
const PLAIN_NOTE_REACH = 12;

interface Labelled {
  line: number;
  number: number;
  labelLength: number;
  strong: boolean;
  /** Labelled by a plain number, not a superscript. */
  plain: boolean;
}

function strongLabel(text: string): { number: number; length: number } | null {
  const sup = SUPERSCRIPT_LABEL.exec(text);
  if (sup) return { number: superscriptValue(sup[1]), length: sup[0].length };
  const tag = SUP_TAG_LABEL.exec(text) ?? MARKDOWN_NOTE_LABEL.exec(text);
  if (tag) return { number: Number(tag[1]), length: tag[0].length };
  return null;
}

/**
 * Notes are lines that open with their number as a superscript (anywhere outside reference lists),
 * or with a plain number where that number sits in sequence among such notes or under a "Notes"
 * heading. In a run of bulleted notes, a bulleted line without a number is a note that lost it.
 */
export function findNotes(lines: Line[], layout: Layout): Note[] {
  const labelled = labelledLines(lines, layout);
  const accepted = withoutWrappedNumbers(labelled.filter((l, i) => l.strong || fitsBetweenStrongNotes(labelled, i)), lines);
  const notes: Note[] = accepted.map((l) => {
    const line = lines[l.line];
    return {
      id: 0,
      number: l.number,
      span: { start: line.start, end: line.end },
      text: line.text.slice(l.labelLength).trim(),
      placement: 'footnote',
    };
  });
  for (const n of unnumberedNotes(lines, accepted)) notes.push(n);
  notes.sort((a, b) => a.span.start - b.span.start);
  notes.forEach((n, i) => (n.id = i));
  return notes;
}

/** The lines that open with a note label (superscript, <sup> or Markdown ones strong; plain numbers strong only under a notes heading). */
function labelledLines(lines: Line[], layout: Layout): Labelled[] {
  const labelled: Labelled[] = [];
  let underNotesHeading = false;
  for (const line of lines) {
    if (line.text.length < 60 && isNotesHeadingText(headingText(line.text))) {
      underNotesHeading = true;
      continue;
    }
    if (layout.inReferences[line.index]) {
      underNotesHeading = false;
      continue;
    }
    const strong = strongLabel(line.text);
    if (strong) {
      labelled.push({ line: line.index, number: strong.number, labelLength: strong.length, strong: true, plain: false });
      continue;
    }
    const plain = PLAIN_LABEL.exec(line.text);
    if (plain && line.text.length > plain[0].length + 8) {
      labelled.push({ line: line.index, number: Number(plain[1]), labelLength: plain[0].length, strong: underNotesHeading, plain: true });
    }
  }
  return labelled;
}

/**
 * A plain number opening a line that goes on with the sentence of the line before ("[accessed⏎21 August 2025].",
 * "(2019)⏎31 Journal of ...") is no label when it breaks the notes' sequence or the next note has the same number.
 */
function withoutWrappedNumbers(labelled: Labelled[], lines: Line[]): Labelled[] {
  const out: Labelled[] = [];
  labelled.forEach((l, i) => {
    const before = lines[l.line - 1]?.text.trim() ?? '';
    const wrapped = l.plain && before !== '' && !/[.!?]['’"”»)\]]*$/.test(before);
    const previous = out[out.length - 1];
    const outOfSequence = previous !== undefined && l.number !== previous.number + 1;
    if (wrapped && (outOfSequence || labelled[i + 1]?.number === l.number)) return;
    out.push(l);
  });
  return out;
}

function fitsBetweenStrongNotes(labelled: Labelled[], i: number): boolean {
  const me = labelled[i];
  let before: Labelled | undefined;
  let after: Labelled | undefined;
  // Labels stand on lines of their own, in line order: only those within reach are looked at (a long numbered list stays linear).
  for (let k = i - 1; k >= 0 && !before && me.line - labelled[k].line <= PLAIN_NOTE_REACH; k--) {
    comparisons.count++;
    if (labelled[k].strong) before = labelled[k];
  }
  for (let k = i + 1; k < labelled.length && !after && labelled[k].line - me.line <= PLAIN_NOTE_REACH; k++) {
    comparisons.count++;
    if (labelled[k].strong) after = labelled[k];
  }
  if (!before || !after) return false;
  return before.number < me.number && me.number < after.number;
}

/** Bulleted lines without a number inside a run of bulleted notes. */
function unnumberedNotes(lines: Line[], accepted: Labelled[]): Note[] {
  const out: Note[] = [];
  for (let k = 0; k + 1 < accepted.length; k++) {
    const from = accepted[k];
    const to = accepted[k + 1];
    if (to.line - from.line > PLAIN_NOTE_REACH || !/^\s*[-*•]/.test(lines[from.line].text)) continue;
    for (let i = from.line + 1; i < to.line; i++) {
      const text = lines[i].text;
      if (!/^\s*[-*•]\s+\p{Lu}/u.test(text) || /^\s*[-*•]\s+Vol\./.test(text)) continue;
      out.push({
        id: 0,
        number: null,
        span: { start: lines[i].start, end: lines[i].end },
        text: text.replace(/^\s*[-*•]\s+/, '').trim(),
        placement: 'footnote',
      });
    }
  }
  return out;
}

/**
 * The lines a note runs on to: a note wrapped over lines goes on while its sentence does (its line
 * does not end with a full stop, a question mark or a closing quote or bracket) and no blank line
 * or other note comes.
 */
export function noteLineSpread(lines: Line[], noteStarts: Set<number>): Set<number> {
  const out = new Set<number>(noteStarts);
  for (const start of noteStarts) {
    for (let i = start + 1; i < lines.length && !noteStarts.has(i); i++) {
      if (lines[i].text.trim() === '' || /[.!?'’"”)\]]\s*$/.test(lines[i - 1].text)) break;
      out.add(i);
    }
  }
  return out;
}
