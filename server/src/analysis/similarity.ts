import { distance } from 'fastest-levenshtein';

/** 1 for equal strings, falling to 0 as the edit distance reaches the longer length. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const longest = Math.max(a.length, b.length);
  return longest === 0 ? 1 : 1 - distance(a, b) / longest;
}
