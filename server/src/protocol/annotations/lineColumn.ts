import { computeLineStarts, lineAt } from '../../analysis/text';

/** 1-based line and column, as editors and compilers print them. */
export interface LineColumn {
  line: number;
  column: number;
}

/** A lookup from UTF-16 offsets in `text` to lines and columns (the line table is built once). */
export function lineColumnLookup(text: string): (offset: number) => LineColumn {
  const lineStarts = computeLineStarts(text);
  return (offset) => {
    const line = lineAt(lineStarts, offset);
    return { line: line + 1, column: offset - lineStarts[line] + 1 };
  };
}
