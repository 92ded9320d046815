/**
 * One key for the spellings of a name: "the Shanghai Co-operation Organisation" and
 * "Shanghai Cooperation Organization" meet; case, accents, hyphens and a leading "the" do not matter.
 */
import { phraseKeys } from '../words';

export function nameKey(name: string): string {
  return nameKeys(name).join(' ');
}

/** The keys of a name's words without a leading "the". */
export function nameKeys(name: string): readonly string[] {
  const keys = phraseKeys(name);
  return keys.length > 1 && keys[0] === 'the' ? keys.slice(1) : keys;
}

/** The name to show for a group of spellings: the one written most often, the earliest on a tie. */
export function preferredSpelling(spellings: string[]): string {
  const counts = new Map<string, number>();
  for (const s of spellings) counts.set(s, (counts.get(s) ?? 0) + 1);
  let best = spellings[0];
  for (const [s, n] of counts) if (n > (counts.get(best) ?? 0)) best = s;
  return best;
}
