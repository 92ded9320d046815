/**
 * The text items of one page as runs in page space: left to right, y growing down from the top of the
 * page as the reader sees it (rotation and crop box applied), each with its baseline and font size.
 */
import type { TextItem, TextMarkedContent } from 'pdfjs-dist/types/src/display/api';

export interface TextRun {
  text: string;
  x0: number;
  x1: number;
  baseline: number;
  size: number;
  font: string;
  /** Raised and smaller than the text it stands in (set when lines are built). */
  superscript: boolean;
}

type Matrix = [number, number, number, number, number, number];

function multiply(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[2] * n[1],
    m[1] * n[0] + m[3] * n[1],
    m[0] * n[2] + m[2] * n[3],
    m[1] * n[2] + m[3] * n[3],
    m[0] * n[4] + m[2] * n[5] + m[4],
    m[1] * n[4] + m[3] * n[5] + m[5],
  ];
}

/** How far a glyph's axes may lean before the run counts as rotated (vertical margin text, stamps). */
const SKEW = 0.05;

/** Runs of upright text; rotated text (margin stamps, axis labels) is left out, and so are runs of only spaces. */
export function textRuns(items: Array<TextItem | TextMarkedContent>, viewport: Matrix): TextRun[] {
  const runs: TextRun[] = [];
  for (const item of items) {
    if (!('str' in item) || item.str.trim() === '') continue;
    const m = multiply(viewport, item.transform as Matrix);
    const size = Math.hypot(m[2], m[3]);
    if (size <= 0 || m[0] <= 0 || m[3] >= 0 || Math.abs(m[1]) > SKEW * size || Math.abs(m[2]) > SKEW * size) continue;
    // The viewport is at scale 1: the item's width (its advance along the baseline) is in page units already.
    runs.push({ text: item.str, x0: m[4], x1: m[4] + item.width, baseline: m[5], size, font: item.fontName, superscript: false });
  }
  return runs;
}
