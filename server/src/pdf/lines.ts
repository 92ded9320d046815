/**
 * Lines of a page rebuilt from its runs: runs on one baseline and close together form a line; a run
 * raised above a line and smaller than it (a note call, a reference number) joins that line as a
 * superscript, one set lower joins it as a subscript.
 */
import { TextRun } from './textRuns';

export interface PageLine {
  runs: TextRun[];
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  baseline: number;
  /** The font size most of the line's letters are set in (superscripts aside). */
  size: number;
  font: string;
}

/** Baselines closer than this share a row (in units of the smaller font size). */
const SAME_BASELINE = 0.25;
/** A horizontal gap wider than this (in font sizes) parts two lines, as a column gutter does. */
export const LINE_GAP = 1.0;
/** A list's label ("12.", "[3]") stands further from its entry than words do, but still belongs to its line. */
const LIST_LABEL = /^\s*[[(]?\d{1,3}[.)\]]?\s*$/;
const LABEL_GAP = 3;
/** A superscript is smaller than this share of its line's size, ... */
const SMALLER = 0.85;
/** ... and its baseline lies this far above the line's (in the line's font size). */
const RAISED_MIN = 0.12;
const RAISED_MAX = 0.75;
/** A subscript's baseline lies at most this far below the line's. */
const LOWERED_MAX = 0.45;
/** How near (in the line's font size) a superscript stands to the line's own runs. */
const ADJACENT = 0.8;
/** The longest text a superscript or subscript holds ("12,14–16"). */
const MAX_SCRIPT_LENGTH = 16;
/** Extents of a line around its baseline, in font sizes. */
const ASCENT = 0.75;
const DESCENT = 0.25;

function lineOf(runs: TextRun[]): PageLine {
  runs.sort((a, b) => a.x0 - b.x0);
  const weight = new Map<string, number>();
  let x0 = Infinity;
  let x1 = -Infinity;
  for (const r of runs) {
    x0 = Math.min(x0, r.x0);
    x1 = Math.max(x1, r.x1);
  }
  // The size and font of most letters, and the baseline of the runs in that size.
  let size = runs[0].size;
  let font = runs[0].font;
  let best = -1;
  for (const r of runs) {
    const key = `${r.size.toFixed(1)}|${r.font}`;
    const w = (weight.get(key) ?? 0) + r.text.length;
    weight.set(key, w);
    if (w > best) [best, size, font] = [w, r.size, r.font];
  }
  const main = runs.filter((r) => Math.abs(r.size - size) < 0.05 * size);
  const baseline = main.reduce((s, r) => s + r.baseline, 0) / main.length;
  return { runs, x0, x1, top: baseline - ASCENT * size, bottom: baseline + DESCENT * size, baseline, size, font };
}

/** Runs on one baseline, split where a wide gap parts them. */
function rows(runs: TextRun[]): TextRun[][] {
  const sorted = [...runs].sort((a, b) => a.baseline - b.baseline || a.x0 - b.x0);
  const out: TextRun[][] = [];
  let row: TextRun[] = [];
  let rowBaseline = 0;
  for (const r of sorted) {
    if (row.length && Math.abs(r.baseline - rowBaseline) > SAME_BASELINE * Math.min(r.size, row[0].size)) {
      out.push(row);
      row = [];
    }
    if (!row.length) rowBaseline = r.baseline;
    row.push(r);
  }
  if (row.length) out.push(row);
  return out.flatMap(splitAtGaps);
}

function splitAtGaps(row: TextRun[]): TextRun[][] {
  const sorted = [...row].sort((a, b) => a.x0 - b.x0);
  const out: TextRun[][] = [];
  let part: TextRun[] = [];
  let reach = -Infinity;
  for (const r of sorted) {
    // A run drawn again over itself (simulated bold, a shadow) is one run.
    if (part.some((p) => p.text === r.text && Math.abs(p.x0 - r.x0) < 0.2 * r.size)) continue;
    const gap = (r.x0 - reach) / Math.max(r.size, part[part.length - 1]?.size ?? 0);
    const label = part.length === 1 && LIST_LABEL.test(part[0].text) && gap <= LABEL_GAP;
    if (part.length && gap > LINE_GAP && !label) {
      out.push(part);
      part = [];
    }
    part.push(r);
    reach = Math.max(reach, r.x1);
  }
  if (part.length) out.push(part);
  return out;
}

function isScriptOf(script: PageLine, line: PageLine): 'sup' | 'sub' | null {
  if (script.size >= SMALLER * line.size || script === line) return null;
  const length = script.runs.reduce((n, r) => n + r.text.trim().length, 0);
  if (length > MAX_SCRIPT_LENGTH) return null;
  if (script.x1 < line.x0 - ADJACENT * line.size || script.x0 > line.x1 + ADJACENT * line.size) return null;
  // It stands in a gap of the line, not over its letters.
  if (line.runs.some((r) => Math.min(r.x1, script.x1) - Math.max(r.x0, script.x0) > 0.5 * (script.x1 - script.x0))) return null;
  const rise = (line.baseline - script.baseline) / line.size;
  if (rise >= RAISED_MIN && rise <= RAISED_MAX) return 'sup';
  if (rise <= -RAISED_MIN && rise >= -LOWERED_MAX) return 'sub';
  return null;
}

/** The lines of a page, in no particular order. */
export function pageLines(runs: TextRun[]): PageLine[] {
  const lines = rows(runs).map(lineOf);
  const absorbed = new Set<PageLine>();
  for (const script of [...lines].sort((a, b) => a.size - b.size)) {
    const host = lines.find((l) => !absorbed.has(l) && isScriptOf(script, l) !== null);
    if (!host) continue;
    const kind = isScriptOf(script, host);
    for (const r of script.runs) {
      r.superscript = kind === 'sup';
      host.runs.push(r);
    }
    host.runs.sort((a, b) => a.x0 - b.x0);
    host.x0 = Math.min(host.x0, script.x0);
    host.x1 = Math.max(host.x1, script.x1);
    absorbed.add(script);
  }
  return joinedOverScripts(lines.filter((l) => !absorbed.has(l)));
}

/** Lines of one row that a script now bridges ("odorants⁹,¹¹ , including": the call filled the gap between them) are one line. */
function joinedOverScripts(lines: PageLine[]): PageLine[] {
  const sorted = [...lines].sort((a, b) => a.baseline - b.baseline || a.x0 - b.x0);
  const out: PageLine[] = [];
  for (const line of sorted) {
    const last = out[out.length - 1];
    const sameRow = last && Math.abs(line.baseline - last.baseline) <= SAME_BASELINE * Math.min(line.size, last.size);
    // They were parted by a gap wider than LINE_GAP: a narrower one now is a script's doing.
    const bridged = sameRow && line.x0 - last.x1 <= LINE_GAP * last.size && line.x0 >= last.x0;
    if (!bridged) {
      out.push(line);
      continue;
    }
    out[out.length - 1] = lineOf([...last.runs, ...line.runs]);
  }
  return out;
}
