/**
 * The works cited inside notes (Chicago notes, MHRA, OSCOLA): a note names its work by the first author's family
 * name, in full ("Chidi Okafor, Title (City: Publisher, 2015), 23.") or short ("Okafor, Short Title, 23."); among
 * that author's works, the one whose title words the note repeats, or the one an earlier note it points back to
 * ("(n 14)") cites. "Ibid." and its forms in other languages cite the work of the note before. Only what resolves to
 * one entry is reported: a note that names no listed author is prose.
 */
import { Line, foldWords } from '../text';
import { Note, Span } from '../model';
import { EARLIER_NOTE, SAME_AS_BEFORE_SOURCE } from '../conventions/citing';
import { AND_SOURCE, ET_AL_SOURCE } from '../conventions';
import { ListedWork, WorkIndex } from '../listedWorks';
import { CitationCandidate } from './candidate';

/** Lines of wrapped note text read after the note's first line. */
const MAX_CONTINUATION = 3;
/** Blank lines and furniture lines a page break puts inside a note. */
const MAX_PAGE_BREAK_LINES = 8;
/** Share of a work's title words the note must repeat for the title to pick the work. */
const MIN_TITLE_SHARE = 0.6;
/** Words after the name in a note that gives no title ("and others", "ibid"). */
const MAX_UNTITLED_WORDS = 2;
/** Longest family or corporate name compared word by word (each word of a note is looked at once). */
const MAX_FAMILY_WORDS = 8;
const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’\-]*/gu;
const SAME_AS_BEFORE = new RegExp(String.raw`^\s*(?:(?:see|cf\.?)\s+)?(${SAME_AS_BEFORE_SOURCE})(?=[\s,.;:]|$)`, 'iu');

interface NoteText {
  text: string;
  start: number;
  /** The end of the last line read. */
  end: number;
}

/**
 * The note's text from after its label through its wrapped lines (up to the next note, a blank line or a heading);
 * a page break's furniture and the blank lines around it do not end the note.
 */
function noteText(note: Note, next: Note | undefined, lines: Line[], lineOf: (offset: number) => number, include: (line: number) => boolean, furniture: (line: number) => boolean): NoteText {
  const first = lineOf(note.span.start);
  const textStart = note.span.start + Math.max(0, lines[first].text.indexOf(note.text));
  let text = note.text;
  let end = note.span.end;
  let i = first + 1;
  for (let k = 1; k <= MAX_CONTINUATION; k++, i++) {
    const pageBreak = pageBreakAt(lines, i, furniture);
    if (pageBreak > i) i = pageBreak;
    const line = lines[i];
    if (!line || (next && line.start >= next.span.start) || line.text.trim() === '' || !include(line.index)) break;
    text += ' ' + line.text.trim();
    end = line.end;
  }
  return { text, start: textStart, end };
}

/** The line after a run of blank lines and page furniture starting at `i` that holds furniture, else `i`. */
function pageBreakAt(lines: Line[], i: number, furniture: (line: number) => boolean): number {
  let k = i;
  let sawFurniture = false;
  for (; k < lines.length && k - i < MAX_PAGE_BREAK_LINES; k++) {
    if (furniture(k)) sawFurniture = true;
    else if (lines[k].text.trim() !== '') break;
  }
  return sawFurniture ? k : i;
}

/** The work the note names first: its first author's family name, then the title words or a pointer to a note. */
function namedWork(text: string, index: WorkIndex, byNote: Map<number, ListedWork>): { work: ListedWork; at: number } | null {
  const words = foldedWordsOf(text);
  for (let j = 0; j < words.length; j++) {
    const works = index.byFamilyWord.get(words[j].word.split(' ').pop()!);
    if (!works) continue;
    const before = words.slice(Math.max(0, j + 1 - MAX_FAMILY_WORDS), j + 1).map((w) => w.word).join(' ');
    const named = works.filter((w) => before === w.families[0] || before.endsWith(' ' + w.families[0]));
    if (!named.length) continue;
    const at = words[firstWordOf(words, j, named[0].families[0])].at;
    const rest = new Set(words.slice(j + 1).map((w) => w.word));
    const nameEnd = words[j].at + text.slice(words[j].at).search(/[\s,(‘“«„"'.]|$/);
    const fitting = named.filter((w) => fitsNamedAuthors(text.slice(nameEnd), w));
    const work = choose(fitting.length ? fitting : named, rest, text, byNote);
    return work ? { work, at } : null;
  }
  return null;
}

/** The note's words, folded, with where each starts. */
function foldedWordsOf(text: string): Array<{ word: string; at: number }> {
  const words: Array<{ word: string; at: number }> = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) words.push({ word: foldWords(m[0]), at: m.index });
  return words;
}

/** The first of the note's words that spell `family` up to word `j` ("Okonkwo-Reyes" is one word, "van der Berg" three). */
function firstWordOf(words: Array<{ word: string }>, j: number, family: string): number {
  let k = j;
  let spelt = words[j].word;
  while (k > 0 && j - k < MAX_FAMILY_WORDS && spelt !== family) spelt = `${words[--k].word} ${spelt}`;
  return k;
}

const MORE_AUTHORS_NEXT = new RegExp(String.raw`^[\s,]*${ET_AL_SOURCE}`, 'iu');
const MORE_NAMES_NEXT = new RegExp(String.raw`^\s*,\s*\p{Lu}[^,]*(?:,\s*\p{Lu}[^,]*)*,?\s(?:${AND_SOURCE})\s`, 'u');
const ONE_MORE_NEXT = new RegExp(String.raw`^[\s,]*${AND_SOURCE}\s+((?:\p{Lu}[\p{L}\p{M}'’\-]*|\p{Ll}{1,3})(?:\s+(?:\p{Lu}[\p{L}\p{M}'’\-]*|\p{Ll}{1,3})){0,3})`, 'u');

/** Whether what follows the first author's name ("and others", "and Hanna Lind", nothing) fits the work's authors. */
function fitsNamedAuthors(after: string, work: ListedWork): boolean {
  if (MORE_AUTHORS_NEXT.test(after)) return work.many;
  const one = ONE_MORE_NEXT.exec(after);
  if (one) {
    const last = foldWords(one[1]).split(' ').pop()!;
    return !work.many && work.families.length === 2 && work.families[1].split(' ').pop() === last;
  }
  // A comma then more names (OSCOLA "Okafor, Lind and Bell", MHRA "Okafor, Hanna Lind, and Tom Bell") is read by the title alone.
  if (MORE_NAMES_NEXT.test(after)) return true;
  return work.families.length === 1 && !work.many;
}

function choose(named: ListedWork[], rest: Set<string>, text: string, byNote: Map<number, ListedWork>): ListedWork | null {
  const pointer = EARLIER_NOTE.exec(text);
  const earlier = pointer ? byNote.get(Number(pointer[1] ?? pointer[2])) : undefined;
  if (earlier && named.includes(earlier)) return earlier;
  const scored = named.map((w) => ({ w, share: w.titleWords.length ? w.titleWords.filter((t) => rest.has(t)).length / w.titleWords.length : 0 }));
  const best = Math.max(...scored.map((s) => s.share));
  const top = scored.filter((s) => s.share === best);
  if (best >= MIN_TITLE_SHARE && top.length === 1) return top[0].w;
  // An author with one work needs no title ("Okafor (n 3)", "Okafor 23"); a title the work does not have is another work.
  const titled = [...rest].filter((w) => w.length > 2 && !/^\d+$/.test(w)).length > MAX_UNTITLED_WORDS;
  return named.length === 1 && !titled ? named[0] : null;
}

export interface NoteCitation {
  candidate: CitationCandidate;
  entry: number;
  /** The whole note as read, over its wrapped lines. */
  note: Span;
}

/** The work each note cites, as a citation of its entry at the author's name (or at "Ibid."). */
export function findInNotes(
  notes: Note[],
  lines: Line[],
  lineOf: (offset: number) => number,
  include: (line: number) => boolean,
  furniture: (line: number) => boolean,
  index: WorkIndex,
): NoteCitation[] {
  const out: NoteCitation[] = [];
  if (index.works.length === 0) return out;
  const byNote = new Map<number, ListedWork>();
  let previous: ListedWork | null = null;
  notes.forEach((note, i) => {
    const { text, start, end: noteEnd } = noteText(note, notes[i + 1], lines, lineOf, include, furniture);
    const same = SAME_AS_BEFORE.exec(text);
    let found: { work: ListedWork; at: number; end: number } | null = null;
    if (same && previous) {
      const at = same.index + same[0].length - same[1].length;
      found = { work: previous, at, end: at + same[1].length };
    } else {
      const named = namedWork(text, index, byNote);
      if (named) found = { ...named, end: note.text.replace(/\s+$/, '').length };
    }
    previous = found?.work ?? null;
    if (!found) return;
    if (note.number !== null) byNote.set(note.number, found.work);
    const end = Math.min(found.end, note.text.length);
    if (found.at >= end) return;
    out.push({
      entry: found.work.entry.id,
      note: { start: note.span.start, end: noteEnd },
      candidate: {
        kind: 'note-reference',
        span: { start: start + found.at, end: start + end },
        text: note.text.slice(found.at, end),
        nameText: '',
        names: found.work.names,
        etAl: found.work.many,
        year: found.work.entry.year,
        yearText: null,
        numbers: [],
        locator: null,
      },
    });
  });
  return out;
}
