/** The letters a short form of a name would have: each word's first letter, all of a word in capitals ("UN Security Council" → "unsc"). */
const CONNECTORS = /^(?:of|for|and|on|in|the|de|to)$/i;

export function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => w && !CONNECTORS.test(w))
    .map((w) => (/^[\p{Lu}\p{N}]{2,}$/u.test(w) ? w : (w[0] ?? '')).toLowerCase())
    .join('');
}
