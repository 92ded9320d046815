/** Deliberate errors made by editing a rendered citation, as authors make them: a misspelt name, a wrong year. */
import { Random } from './random';

const VOWELS = 'aeiou';
const CONSONANTS = 'bcdfghklmnprstvz';

/** The surname with one ASCII letter inside it changed (never the first or last letter), or null. */
export function misspelt(name: string, rnd: Random, taken: Set<string>): string | null {
  const inner = [...name].map((ch, i) => ({ ch, i })).filter(({ ch, i }) => i > 0 && i < name.length - 1 && /[a-z]/.test(ch));
  for (const { ch, i } of rnd.sample(inner, inner.length)) {
    const pool = (VOWELS.includes(ch) ? VOWELS : CONSONANTS).replace(ch, '');
    const changed = name.slice(0, i) + rnd.pick([...pool]) + name.slice(i + 1);
    if (!taken.has(changed.toLowerCase())) return changed;
  }
  return null;
}

/** Another year of the same length that the author has no work in, or null. */
export function wrongYear(year: number, rnd: Random, authorYears: Set<number>): number | null {
  for (const delta of rnd.sample([1, 2, 3, -1, -2, -3], 6)) {
    if (!authorYears.has(year + delta)) return year + delta;
  }
  return null;
}

/** Replaces `length` characters at `at` in `text`. */
export function spliced(text: string, at: number, length: number, replacement: string): string {
  return text.slice(0, at) + replacement + text.slice(at + length);
}
