/**
 * Words within one edit of a set of words (a letter changed, added, left out, or two swapped), found
 * by their one-letter deletions: a lookup costs the word's length, whatever the size of the set.
 */
export class OneEditIndex {
  private readonly keys = new Set<string>();

  add(word: string): void {
    this.keys.add(word);
    for (const key of deletions(word)) this.keys.add(key);
  }

  has(word: string): boolean {
    return this.keys.has(word) || deletions(word).some((key) => this.keys.has(key));
  }
}

/** The word with each one of its letters left out in turn. */
export function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}
