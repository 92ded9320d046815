/** What the organisation and concept finders share for one text: body lines, sentences and the word index. */
import { Layout } from './layout';
import { Organisation } from './model';
import { Sentence, sentencesOf } from './sentences';
import { Line } from './text';
import { WordIndex, wordIndex } from './words';

export interface TermContext {
  text: string;
  lines: Line[];
  words: WordIndex;
  /** Sentences of the body (reference lists left out), in text order. */
  sentences: Sentence[];
  /** False for lines of a reference list and blank lines. */
  isBody(line: number): boolean;
  isHeading(line: number): boolean;
  lineOf(offset: number): number;
  /** The sentence holding `offset` and the one before it in the same paragraph. */
  sentenceAt(offset: number): { sentence: Sentence; previous: Sentence | null } | null;
  /** Set once the organisations are found, for the concept finder. */
  organisations?: Organisation[];
}

const cache: TermContext[] = [];

export function termContext(text: string, lines: Line[], layout: Layout): TermContext {
  const hit = cache.find((c) => c.text === text && c.lines.length === lines.length);
  if (hit) return hit;
  const headings = new Set<number>();
  for (const s of layout.sections) headings.add(lineIndex(lines, s.span.start));
  const isBody = (i: number): boolean => !layout.inReferences[i] && lines[i].text.trim() !== '';
  const sentences: Sentence[] = [];
  for (const line of lines) if (isBody(line.index)) sentences.push(...sentencesOf(line));
  const context: TermContext = {
    text,
    lines,
    words: wordIndex(text),
    sentences,
    isBody,
    isHeading: (i) => headings.has(i),
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
  cache.unshift(context);
  if (cache.length > 4) cache.pop();
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
