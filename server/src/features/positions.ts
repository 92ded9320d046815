import { Position, Range } from 'vscode-languageserver';
import { CitedPaper, lineAt, Span } from '../analysis';

/** What placing an offset needs: a paper of the workspace is kept without its text. */
type Lines = Pick<CitedPaper, 'lineStarts'>;

export function toPosition(paper: Lines, offset: number): Position {
  const line = lineAt(paper.lineStarts, offset);
  return { line, character: offset - paper.lineStarts[line] };
}

export function toRange(paper: Lines, span: Span): Range {
  return { start: toPosition(paper, span.start), end: toPosition(paper, span.end) };
}

export function toOffset(paper: Pick<CitedPaper, 'lineStarts' | 'text'>, position: Position): number {
  const start = paper.lineStarts[Math.min(position.line, paper.lineStarts.length - 1)] ?? 0;
  return Math.min(start + position.character, paper.text.length);
}

/** The line the span starts on, 1-based, as people count lines. */
export function lineNumber(paper: Lines, span: Span): number {
  return lineAt(paper.lineStarts, span.start) + 1;
}
