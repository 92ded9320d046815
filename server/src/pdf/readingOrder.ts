/**
 * Reading order of a page's lines by recursive cuts through white space (XY-cut): the page splits into
 * bands top to bottom where no line overlaps the horizontal cut, and a band splits into columns left to right
 * where a vertical gutter runs through all of its lines. Consecutive bands that share a gutter (the lines of
 * two columns, each a band of its own when their baselines align) are cut as one, so a two-column page reads
 * down the left column first, however its lines happen to line up with the right one's.
 */
import { LINE_GAP, PageLine } from './lines';

interface Interval {
  from: number;
  to: number;
}

/** The stretches of [from, to] no line covers along one axis, at least `min` wide. */
function gaps(lines: PageLine[], from: number, to: number, min: number): Interval[] {
  const spans = lines.map((l) => ({ from: l.x0, to: l.x1 })).sort((a, b) => a.from - b.from);
  const out: Interval[] = [];
  let reach = from;
  for (const s of spans) {
    if (s.from - reach >= min) out.push({ from: reach, to: s.from });
    reach = Math.max(reach, s.to);
  }
  if (to - reach >= min) out.push({ from: reach, to });
  return out;
}

function intersect(a: Interval[], b: Interval[], min: number): Interval[] {
  const out: Interval[] = [];
  for (const x of a) {
    for (const y of b) {
      const from = Math.max(x.from, y.from);
      const to = Math.min(x.to, y.to);
      if (to - from >= min) out.push({ from, to });
    }
  }
  return out;
}

/** Lines grouped where they overlap vertically (a line's extent is its letters' height). */
function bands(lines: PageLine[]): PageLine[][] {
  const sorted = [...lines].sort((a, b) => a.top - b.top);
  const out: PageLine[][] = [];
  let reach = -Infinity;
  for (const l of sorted) {
    if (!out.length || l.top >= reach) out.push([]);
    out[out.length - 1].push(l);
    reach = Math.max(reach, l.bottom);
  }
  return out;
}

/** Lines split into columns at the gaps, left to right; empty columns left out. */
function columns(lines: PageLine[], cuts: Interval[]): PageLine[][] {
  const parts: PageLine[][] = cuts.map(() => []);
  parts.push([]);
  for (const l of lines) {
    const k = cuts.findIndex((c) => l.x1 <= c.from + 1e-6);
    parts[k === -1 ? cuts.length : k].push(l);
  }
  return parts.filter((p) => p.length > 0);
}

/** A white band at least this many font sizes high, ... */
const REGION_GAP = 2;
/** ... between text of sizes differing by more than this share, parts two regions of columns (the body above, the references below). */
const REGION_SIZE_CHANGE = 0.1;

/** The size most of the lines' letters are set in. */
function mainSize(lines: PageLine[]): number {
  const weight = new Map<number, number>();
  let best = 0;
  let size = lines[0].size;
  for (const l of lines) {
    const key = Math.round(l.size * 2) / 2;
    const w = (weight.get(key) ?? 0) + (l.x1 - l.x0);
    weight.set(key, w);
    if (w > best) [best, size] = [w, key];
  }
  return size;
}

/** Bands of one group of columns split where a wide white band parts text of different sizes. */
function regions(group: PageLine[][]): PageLine[][][] {
  const out: PageLine[][][] = [];
  let start = 0;
  for (let k = 1; k < group.length; k++) {
    const bottom = Math.max(...group[k - 1].map((l) => l.bottom));
    const top = Math.min(...group[k].map((l) => l.top));
    // The white band is checked first: it is rare, the sizes on both sides cost a pass over the group.
    if (top - bottom < REGION_GAP * Math.min(...group[k - 1].map((l) => l.size), ...group[k].map((l) => l.size))) continue;
    const [a, b] = [mainSize(group.slice(start, k).flat()), mainSize(group.slice(k).flat())];
    if (top - bottom >= REGION_GAP * Math.min(a, b) && Math.abs(a - b) > REGION_SIZE_CHANGE * Math.max(a, b)) {
      out.push(group.slice(start, k));
      start = k;
    }
  }
  out.push(group.slice(start));
  return out;
}

function cut(lines: PageLine[], out: PageLine[][], gutter: number): void {
  const from = Math.min(...lines.map((l) => l.x0));
  const to = Math.max(...lines.map((l) => l.x1));
  const all = bands(lines);
  // Bands that no gutter splits read as one block, top to bottom.
  let block: PageLine[] = [];
  const flush = () => {
    if (block.length) out.push(block);
    block = [];
  };
  for (let k = 0; k < all.length; ) {
    let shared = gaps(all[k], from, to, gutter);
    let j = k + 1;
    for (; j < all.length; j++) {
      const next = intersect(shared, gaps(all[j], from, to, gutter), gutter);
      if (!next.length) break;
      shared = next;
    }
    for (const region of shared.length && j - k > 1 ? regions(all.slice(k, j)) : [all.slice(k, j)]) {
      const group = region.flat();
      const parts = shared.length ? columns(group, shared) : [group];
      if (parts.length > 1) {
        flush();
        for (const p of parts) cut(p, out, gutter);
      } else block.push(...group.sort((a, b) => a.top - b.top || a.x0 - b.x0));
    }
    k = j;
  }
  flush();
}

/** The page's lines as blocks in reading order, each block's lines top to bottom. */
export function readingOrder(lines: PageLine[]): PageLine[][] {
  if (!lines.length) return [];
  const sizes = lines.map((l) => l.size).sort((a, b) => a - b);
  const gutter = LINE_GAP * sizes[Math.floor(sizes.length / 2)];
  const out: PageLine[][] = [];
  cut(lines, out, gutter);
  return out;
}
