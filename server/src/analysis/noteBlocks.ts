/**
 * A block of notes that no heading announces (or one in a language the headings do not list): lines that open
 * with the numbers 1, 2, 3, ... in sequence, wrapped lines and page furniture between them, whose numbers the body
 * calls in order. The sequence and the calls, not a heading word, make it notes; a numbered list nothing calls
 * stays a list.
 */
import { Note } from './model';
import { isHeading, Layout } from './layout';
import { Line } from './text';
import { findNoteCalls } from './citations/noteCalls';

const PLAIN_LABEL = /^\s*(\d{1,3})\.?\s+(?=\S)/;
/** Shortest run of numbered lines read as notes. */
const MIN_NOTES = 3;
/** How many lines (wrapped note text, page headers) may stand between one note and the next. */
const REACH = 10;
/** Share of the block's numbers the body must call. */
const MIN_CALLED = 0.5;

interface Run {
  lines: number[];
  numbers: number[];
}

/** The number opening a line that is not a numbered heading ("2 Background"). */
function labelOf(lines: Line[], i: number): number | null {
  const line = lines[i];
  const m = PLAIN_LABEL.exec(line.text);
  if (m && isHeading(lines, i)) return null;
  return m && line.text.length > m[0].length + 8 ? Number(m[1]) : null;
}

/** Runs of lines labelled 1, 2, 3, ... outside reference lists. */
function runs(lines: Line[], layout: Layout): Run[] {
  const out: Run[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (layout.inReferences[i] || labelOf(lines, i) !== 1) continue;
    const run: Run = { lines: [i], numbers: [1] };
    let last = i;
    for (let k = i + 1; k < lines.length && k - last <= REACH && !layout.inReferences[k]; k++) {
      if (labelOf(lines, k) === run.numbers.length + 1) {
        run.lines.push(k);
        run.numbers.push(run.numbers.length + 1);
        last = k;
      }
    }
    if (run.lines.length >= MIN_NOTES) {
      out.push(run);
      i = last;
    }
  }
  return out;
}

/** Notes of the numbered blocks the body calls, when the paper has no notes found otherwise. */
export function withNumberedNoteBlocks(lines: Line[], layout: Layout, notes: Note[]): Note[] {
  if (notes.length > 0) return notes;
  const found: Note[] = [];
  // The last block, where endnotes stand: one reading of the body for the calls.
  const blocks = runs(lines, layout).slice(-1);
  const inBlock = new Array<boolean>(lines.length).fill(false);
  for (const run of blocks) for (let i = run.lines[0]; i <= run.lines[run.lines.length - 1]; i++) inBlock[i] = true;
  for (const run of blocks) {
    const calls = findNoteCalls(lines, (i) => !inBlock[i] && !layout.inReferences[i], new Set(run.numbers));
    const called = new Set(calls.map((c) => c.numbers[0]).filter((n) => n <= run.numbers.length));
    if (called.size < run.numbers.length * MIN_CALLED) continue;
    run.lines.forEach((i, k) => {
      const line = lines[i];
      const label = PLAIN_LABEL.exec(line.text)!;
      found.push({ id: 0, number: run.numbers[k], span: { start: line.start, end: line.end }, text: line.text.slice(label[0].length).trim(), placement: 'footnote' });
    });
  }
  found.sort((a, b) => a.span.start - b.span.start);
  found.forEach((n, i) => (n.id = i));
  return found;
}
