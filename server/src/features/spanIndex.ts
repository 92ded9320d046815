import { Span } from '../analysis';

/** A span and what it belongs to: the owner's index in the list the index was built from. */
export interface OwnedSpan {
  span: Span;
  owner: number;
}

/**
 * Which owners have a span containing an offset, answered by binary search: spans sorted by start, each
 * with the largest end up to it, so that the walk back from the offset stops at the first span that cannot
 * reach it. Spans may overlap and nest.
 */
export class SpanIndex {
  private readonly starts: number[];
  private readonly ends: number[];
  private readonly owners: number[];
  /** `reach[i]`: the largest end among the first i + 1 spans in start order. */
  private readonly reach: number[];

  /** `minLength` 1 counts an empty span as holding the offset it sits at. */
  constructor(spans: OwnedSpan[], minLength: 0 | 1 = 0) {
    const sorted = [...spans].sort((a, b) => a.span.start - b.span.start || a.owner - b.owner);
    this.starts = sorted.map((s) => s.span.start);
    this.ends = sorted.map((s) => Math.max(s.span.end, s.span.start + minLength));
    this.owners = sorted.map((s) => s.owner);
    this.reach = [];
    let reach = -Infinity;
    for (const end of this.ends) this.reach.push((reach = Math.max(reach, end)));
  }

  /** The owners with a span containing `offset` (start ≤ offset < end), in ascending order, each once. */
  ownersAt(offset: number): number[] {
    const found: number[] = [];
    for (let i = this.lastStartingAt(offset); i >= 0 && this.reach[i] > offset; i--) {
      if (this.ends[i] > offset && !found.includes(this.owners[i])) found.push(this.owners[i]);
    }
    return found.sort((a, b) => a - b);
  }

  /** The lowest owner with a span containing `offset`, or -1. */
  firstOwnerAt(offset: number): number {
    let first = -1;
    for (let i = this.lastStartingAt(offset); i >= 0 && this.reach[i] > offset; i--) {
      if (this.ends[i] > offset && (first === -1 || this.owners[i] < first)) first = this.owners[i];
    }
    return first;
  }

  /** Index of the last span starting at or before `offset`, or -1. */
  private lastStartingAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }
}
