import { analysePaper, Citation, Paper, targetsOf } from '../../server/src/analysis';

/** Analyses a small paper written for a test. */
export function paper(...lines: string[]): Paper {
  return analysePaper(lines.join('\n'));
}

/** The citation whose text is exactly `text` (fails the test when there is none). */
export function cited(p: Paper, text: string): Citation {
  const c = p.citations.find((x) => x.text === text);
  if (!c) throw new Error(`no citation "${text}"; found: ${p.citations.map((x) => JSON.stringify(x.text)).join(', ')}`);
  return c;
}

/** The first line of the entry or note a citation points at. */
export function targetLines(p: Paper, c: Citation): string[] {
  return targetsOf(p, c).map(({ span }) => p.text.slice(span.start, span.end).split('\n')[0]);
}
