/**
 * Results remembered while one text is analysed (the same names and lines are read again and again).
 * They are forgotten when the next analysis starts: a remembered key may be a slice of the text, and
 * would keep the whole text alive.
 */
const memos: Array<Map<string, unknown>> = [];

/** A map kept for the analysis under way; at most `limit` entries. */
export function analysisMemo<V>(limit: number): { get(key: string): V | undefined; set(key: string, value: V): void } {
  const map = new Map<string, V>();
  memos.push(map);
  return {
    get: (key) => map.get(key),
    set: (key, value) => {
      if (map.size >= limit) map.clear();
      map.set(key, value);
    },
  };
}

/** Called as an analysis starts. */
export function forgetMemos(): void {
  for (const map of memos) map.clear();
}
