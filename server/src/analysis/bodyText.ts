/**
 * The running text of a paper as a reader reads it: lines of one paragraph joined with a space,
 * a word hyphenated at a line end joined again ("Gonzá-⏎lez" → "González", "Smith-⏎Jones" keeps
 * its hyphen), page furniture between the halves of a sentence left out, a heading never joined to
 * the text around it (so "4 Methods" after a page break is no call after the sentence before). Citations are found in
 * these chunks and mapped back to offsets of the original text, so a paper reads the same however
 * its lines are wrapped.
 */
import { lastStartingAt, Line } from './text';
import { CitationCandidate } from './citations/candidate';
import { findNoteCalls } from './citations/noteCalls';
import { isHeading } from './layout';

export interface Chunk {
  text: string;
  /** Where each piece of `text` starts in `text`, and where it starts in the original text. */
  starts: number[];
  origins: number[];
}

/** Builds chunks from the lines `include` accepts; `own` lines and headings form a chunk of their own; `skip` lines are passed over without ending a paragraph. */
export function bodyChunks(
  lines: Line[],
  include: (i: number) => boolean,
  skip: (i: number) => boolean,
  own: (i: number) => boolean,
): Chunk[] {
  const chunks: Chunk[] = [];
  let parts: Array<{ line: Line; from: number; to: number }> = [];
  let gapHasBreak = false;
  let sawBlank = false;
  const flush = () => {
    if (parts.length) chunks.push(build(parts));
    parts = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!include(i)) {
      flush();
      sawBlank = false;
      gapHasBreak = false;
      continue;
    }
    if (skip(i) || line.text.includes('\f')) {
      if (skip(i)) {
        gapHasBreak = true;
        continue;
      }
      gapHasBreak = true;
    }
    let trimmedEnd = line.text.length;
    while (trimmedEnd > 0 && isSpace(line.text.charCodeAt(trimmedEnd - 1))) trimmedEnd--;
    let lead = 0;
    while (lead < trimmedEnd && isSpace(line.text.charCodeAt(lead))) lead++;
    if (trimmedEnd <= lead) {
      sawBlank = true;
      continue;
    }
    if (sawBlank && !gapHasBreak) flush();
    sawBlank = false;
    gapHasBreak = false;
    if (own(i) || isHeading(lines, i)) {
      flush();
      parts.push({ line, from: lead, to: trimmedEnd });
      flush();
      continue;
    }
    parts.push({ line, from: lead, to: trimmedEnd });
  }
  flush();
  return chunks;
}

/** Space, tab, form feed, carriage return, no-break space. */
function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 12 || code === 13 || code === 160 || code === 11;
}

function build(parts: Array<{ line: Line; from: number; to: number }>): Chunk {
  const pieces: string[] = [];
  const starts: number[] = [];
  const origins: number[] = [];
  let n = 0;
  const add = (piece: string, origin: number) => {
    pieces.push(piece);
    starts.push(n);
    origins.push(origin);
    n += piece.length;
  };
  parts.forEach((p, k) => {
    let to = p.to;
    const next = parts[k + 1];
    const nextText = next ? next.line.text.slice(next.from, next.from + 1) : '';
    // "recog-⏎nition": a hyphen at the line end before a small letter is the word's own break.
    const hyphen = next !== undefined && p.line.text[to - 1] === '-' && /\p{L}/u.test(p.line.text[to - 2] ?? '');
    const softHyphen = hyphen && /^\p{Ll}/u.test(nextText);
    const keepHyphen = hyphen && /^\p{Lu}/u.test(nextText);
    if (softHyphen) to--;
    add(p.line.text.slice(p.from, to), p.line.start + p.from);
    if (next && !softHyphen && !keepHyphen) add(' ', p.line.start + p.to);
  });
  return { text: pieces.join(''), starts, origins };
}

/** The original offset of a chunk offset. */
function originalOffset(chunk: Chunk, at: number): number {
  const k = lastStartingAt(chunk.starts, at, (s) => s);
  return chunk.origins[k] + (at - chunk.starts[k]);
}

/** The original span of a chunk span [start, end). */
export function originalSpan(chunk: Chunk, start: number, end: number): { start: number; end: number } {
  return { start: originalOffset(chunk, start), end: originalOffset(chunk, Math.max(start, end - 1)) + 1 };
}

/**
 * Note calls in the running text: the chunks stand as lines one after another (at virtual offsets),
 * so the calls climb through the whole paper in reading order, and each found call is mapped back.
 */
export function findCallsInRunningText(
  lines: Line[],
  include: (i: number) => boolean,
  skip: (i: number) => boolean,
  noteNumbers: Set<number>,
): CitationCandidate[] {
  const chunks = bodyChunks(lines, include, skip, () => false);
  const virtual: Line[] = [];
  let at = 0;
  chunks.forEach((chunk, index) => {
    virtual.push({ index, start: at, end: at + chunk.text.length, text: chunk.text });
    at += chunk.text.length + 1;
  });
  return findNoteCalls(virtual, () => true, noteNumbers).map((c) => {
    const k = lastStartingAt(virtual, c.span.start, (l) => l.start);
    const base = virtual[k].start;
    return { ...c, span: originalSpan(chunks[k], c.span.start - base, c.span.end - base) };
  });
}
