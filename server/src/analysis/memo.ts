/**
 * Results remembered across analyses (the same names and lines are read again and again, and again when an
 * edited paper is analysed anew), at most `limit` at a time. A key is kept as a copy of its own: a slice of a
 * paper's text would keep the whole text alive.
 */
export function analysisMemo<V>(limit: number): { get(key: string): V | undefined; set(key: string, value: V): void } {
  const map = new Map<string, V>();
  return {
    get: (key) => map.get(key),
    set: (key, value) => {
      if (map.size >= limit) map.clear();
      map.set(ownCopy(key), value);
    },
  };
}

/** A string of its own (the engine flattens the joined string and slices that, not the text it came from). */
function ownCopy(s: string): string {
  return (' ' + s).slice(1);
}
