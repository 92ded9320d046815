/** Reproducible random prose for the re-anchoring tests. */

export function randomInt(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

const SYLLABLES = ['ka', 'lo', 'mi', 'sen', 'tar', 'vel', 'do', 'ru', 'phi', 'gan', 'tse', 'or', 'is', 'an', 'qu', 'bel', 'nor', 'ith'];

export function randomVocabulary(random: () => number, size: number): string[] {
  const words = new Set<string>();
  while (words.size < size) {
    const syllables = randomInt(random, 1, 4);
    let word = '';
    for (let i = 0; i < syllables; i++) word += SYLLABLES[randomInt(random, 0, SYLLABLES.length - 1)];
    words.add(word);
  }
  return [...words];
}

export function randomWords(random: () => number, vocabulary: string[], count: number): string {
  const words: string[] = [];
  for (let i = 0; i < count; i++) words.push(vocabulary[randomInt(random, 0, vocabulary.length - 1)]);
  return words.join(' ');
}

/** Sentences wrapped into lines and paragraphs, like a paper's plain text. */
export function randomPaper(random: () => number, vocabulary: string[], sentences: number): string {
  const paragraphs: string[] = [];
  let paragraph: string[] = [];
  for (let i = 0; i < sentences; i++) {
    const sentence = randomWords(random, vocabulary, randomInt(random, 6, 22));
    paragraph.push(`${sentence[0].toUpperCase()}${sentence.slice(1)}.`);
    if (random() < 0.15) {
      paragraphs.push(paragraph.join(' ').replace(/(.{60,75}) /g, '$1\n'));
      paragraph = [];
    }
  }
  paragraphs.push(paragraph.join(' '));
  return `${paragraphs.join('\n\n')}\n`;
}
