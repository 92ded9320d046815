/** Where each cited work stands inside a rendered cluster ("(Halvorsen, 2019a; Berg et al., 2011, p. 12)"). */

export interface WorkSpan {
  /** The work this part of the cluster cites. */
  id: string;
  /** For an endpoint of a numeric range, every work of the range. */
  rangeIds: string[];
  start: number;
  /** End of the author-and-year part (locators excluded). */
  end: number;
}

const OUTER_BRACKETS = /^[([]|[)\]]$/g;

/**
 * Author-date and author-page clusters: each work's own rendering, alone and without its locator, is found in the
 * cluster. Null when a work cannot be found (the caller then cites the works one by one).
 */
export function locateByRendering(cluster: string, ids: string[], renderAlone: (id: string) => string): WorkSpan[] | null {
  const spans: WorkSpan[] = [];
  for (const id of ids) {
    const alone = renderAlone(id).trim().replace(OUTER_BRACKETS, '');
    let at = cluster.indexOf(alone);
    while (at >= 0 && spans.some((s) => at < s.end && s.start < at + alone.length)) at = cluster.indexOf(alone, at + 1);
    if (at < 0 || !alone) return null;
    spans.push({ id, rangeIds: [], start: at, end: at + alone.length });
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** A narrative citation "Halvorsen (2019a, p. 4)": the work runs from the name through the year. */
export function locateNarrative(text: string, id: string): WorkSpan {
  const open = text.indexOf('(');
  const year = /^[^,;:)]+/.exec(text.slice(open + 1));
  return { id, rangeIds: [], start: 0, end: open + 1 + (year ? year[0].length : 0) };
}

/**
 * Numeric clusters ("[2], [5]–[7]", "1,3"): each number is a work of the numbered list; both ends of a range
 * are items, and each stands for the whole range. With a locator ("[3, p. 12]") only the first number cites.
 */
export function locateNumbers(cluster: string, numbered: string[], hasLocator: boolean): WorkSpan[] {
  const numbers = [...cluster.matchAll(/\d+/g)].slice(0, hasLocator ? 1 : undefined);
  const spans: WorkSpan[] = numbers.map((m) => ({ id: numbered[Number(m[0]) - 1], rangeIds: [], start: m.index, end: m.index + m[0].length }));
  for (let i = 1; i < numbers.length; i++) {
    const between = cluster.slice(spans[i - 1].end, spans[i].start);
    if (!/^\]?\s*[–-]\s*\[?$/.test(between)) continue;
    const range = numbered.slice(Number(numbers[i - 1][0]) - 1, Number(numbers[i][0]));
    spans[i - 1].rangeIds = range;
    spans[i].rangeIds = range;
  }
  return spans;
}
