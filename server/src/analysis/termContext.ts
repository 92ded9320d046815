/** What the organisation and concept finders share for one text: body lines, sentences and the word index. */
import { Layout } from './layout';
import { Note } from './model';
import { paragraphLine, Sentence, sentencesOf, startsBlock } from './sentences';
import { lastStartingAt, Line } from './text';
import { WordIndex } from './wordIndex';

export class TermContext {
  readonly words: WordIndex;
  /** Sentences of the body (reference lists left out), in text order. */
  readonly sentences: Sentence[];
  /** 1 for lines of the body: not in a reference list, not blank. */
  private readonly body: Uint8Array;
  private readonly headings = new Set<number>();
  /** Lines of a footnote or endnote. */
  private readonly noteLines = new Set<number>();
  /** The paper's lines (in an array of its own: see `packed`). */
  readonly lines: Line[];

  /** `notes` are the paper's notes (see `findNotes`). */
  constructor(
    readonly text: string,
    paperLines: Line[],
    layout: Layout,
    notes: Note[],
  ) {
    const lines = (this.lines = packed(paperLines));
    for (const s of layout.sections) this.headings.add(this.lineOf(s.span.start));
    this.body = new Uint8Array(lines.length);
    for (let i = 0; i < lines.length; i++) this.body[i] = !layout.inReferences[i] && lines[i].text.trim() !== '' ? 1 : 0;
    const noteStarts = new Set<number>();
    for (const n of notes) {
      noteStarts.add(this.lineOf(n.span.start));
      for (let i = this.lineOf(n.span.start); i <= this.lineOf(Math.max(n.span.start, n.span.end - 1)); i++) this.noteLines.add(i);
    }
    // A line goes on with the paragraph of the line before unless a blank, a heading, a note or a block starts it.
    const goesOn = (i: number): boolean =>
      this.body[i - 1] === 1 && !this.headings.has(i) && !this.headings.has(i - 1) && !noteStarts.has(i) && this.noteLines.has(i) === this.noteLines.has(i - 1) && !startsBlock(lines[i]);
    const sentences: Sentence[] = [];
    for (let i = 0; i < lines.length; i++) {
      if (!this.body[i]) continue;
      let last = i;
      while (last + 1 < lines.length && this.body[last + 1] && goesOn(last + 1)) last++;
      for (const s of sentencesOf(paragraphLine(text, lines[i], lines[last]))) sentences.push(s);
      i = last;
    }
    this.sentences = sentences;
    this.words = new WordIndex(text);
  }

  /** False for lines of a reference list and blank lines. */
  isBody(line: number): boolean {
    return this.body[line] === 1;
  }

  isHeading(line: number): boolean {
    return this.headings.has(line);
  }

  /** True for lines of a footnote or endnote (where titles of works, not definitions, are set off). */
  isNote(line: number): boolean {
    return this.noteLines.has(line);
  }

  lineOf(offset: number): number {
    return lastStartingAt(this.lines, offset, (line) => line.start);
  }

  /** The sentence holding `offset` and the one before it in the same paragraph. */
  sentenceAt(offset: number): { sentence: Sentence; previous: Sentence | null } | null {
    const sentences = this.sentences;
    const lo = lastStartingAt(sentences, offset, (sentence) => sentence.start);
    const s = sentences[lo];
    if (!s || offset < s.start || offset > s.end) return null;
    const prev = lo > 0 && sentences[lo - 1].line === s.line ? sentences[lo - 1] : null;
    return { sentence: s, previous: prev };
  }
}

/**
 * A copy of an array that the engine stores as one kind of array whatever kind the caller's is (an array
 * built by `map` in optimised code can be another kind): the code reading it is not thrown away for that.
 */
function packed<T>(items: T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < items.length; i++) out.push(items[i]);
  return out;
}

