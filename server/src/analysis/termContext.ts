/** What the organisation and concept finders share for one text: body lines, sentences and the word index. */
import { Layout } from './layout';
import { Organisation } from './model';
import { Sentence, sentencesOf } from './sentences';
import { Line } from './text';
import { findNotes } from './notes';
import { WordIndex } from './words';

export interface TermContext {
  text: string;
  lines: Line[];
  words: WordIndex;
  /** Sentences of the body (reference lists left out), in text order. */
  sentences: Sentence[];
  /** False for lines of a reference list and blank lines. */
  isBody(line: number): boolean;
  isHeading(line: number): boolean;
  /** True for lines of a footnote or endnote (where titles of works, not definitions, are set off). */
  isNote(line: number): boolean;
  lineOf(offset: number): number;
  /** The sentence holding `offset` and the one before it in the same paragraph. */
  sentenceAt(offset: number): { sentence: Sentence; previous: Sentence | null } | null;
  /** Set once the organisations are found, for the concept finder. */
  organisations?: Organisation[];
}

/** One context per analysis: the finders of one `analysePaper` call share the same `lines` array. */
const cache = new WeakMap<Line[], TermContext>();

export function termContext(text: string, lines: Line[], layout: Layout): TermContext {
  const hit = cache.get(lines);
  if (hit && hit.text === text) return hit;
  const headings = new Set<number>();
  for (const s of layout.sections) headings.add(lineIndex(lines, s.span.start));
  const isBody = (i: number): boolean => !layout.inReferences[i] && lines[i].text.trim() !== '';
  const noteLines = new Set<number>();
  for (const n of findNotes(lines, layout)) {
    for (let i = lineIndex(lines, n.span.start); i <= lineIndex(lines, Math.max(n.span.start, n.span.end - 1)); i++) noteLines.add(i);
  }
  const sentences: Sentence[] = [];
  for (const line of lines) if (isBody(line.index)) for (const s of sentencesOf(line)) sentences.push(s);
  const context: TermContext = {
    text,
    lines,
    words: new WordIndex(text),
    sentences,
    isBody,
    isHeading: (i) => headings.has(i),
    isNote: (i) => noteLines.has(i),
    lineOf: (offset) => lineIndex(lines, offset),
    sentenceAt(offset) {
      let lo = 0;
      let hi = sentences.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (sentences[mid].start <= offset) lo = mid;
        else hi = mid - 1;
      }
      const s = sentences[lo];
      if (!s || offset < s.start || offset > s.end) return null;
      const prev = lo > 0 && sentences[lo - 1].line === s.line ? sentences[lo - 1] : null;
      return { sentence: s, previous: prev };
    },
  };
  cache.set(lines, context);
  return context;
}

function lineIndex(lines: Line[], offset: number): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lines[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
