/**
 * Results remembered across analyses (the same names and lines are read again and again, and again when an
 * edited paper is analysed anew), at most `limit` at a time (more for a long paper: see `fitMemosTo`), for
 * keys of at most `longest` characters (longer ones seldom come again). A key is kept as a copy of its own:
 * a slice of a paper's text would keep the whole text alive.
 */
export function analysisMemo<V>(limit: number, longest: number, compute: (key: string) => V): (key: string) => V {
  const map = new Map<string, V>();
  return (key) => {
    if (key.length > longest) return compute(key);
    let value = map.get(key);
    if (value === undefined) {
      value = compute(key);
      if (map.size >= limit * scale) map.clear();
      map.set(ownCopy(key), value);
    }
    return value;
  };
}

/** Papers up to this many characters see each memo's own limit; a longer one, proportionally more. */
const PAPER_CHARS = 200_000;
let scale = 1;

/**
 * Sizes the memos for the paper about to be read: a long paper's distinct names and words grow with its
 * length, and a memo smaller than them would start afresh again and again while it is read, so that its
 * time would grow faster than its text.
 */
export function fitMemosTo(textLength: number): void {
  scale = Math.max(1, textLength / PAPER_CHARS);
}

/** The engine copies a short slice and keeps a longer one as a view of its text: only those need copying. */
const SHORTEST_VIEW = 13;

/** A string of its own (the engine flattens the joined string and slices that, not the text it came from). */
export function ownCopy(s: string): string {
  return s.length < SHORTEST_VIEW ? s : (' ' + s).slice(1);
}
