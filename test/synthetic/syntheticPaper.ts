/**
 * A synthetic author-date paper of any size, for the linearity test and the bench: invented family names,
 * a reference list, and paragraphs citing it in parenthetical and narrative forms, with page locators,
 * groups, a share of misspelt names (flagged, with a fix) and of names the list does not have.
 */
import { seededRandom } from './seededRandom';

const ONSETS = ['b', 'br', 'c', 'ch', 'd', 'dr', 'f', 'g', 'gr', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'pr', 'r', 's', 'st', 't', 'tr', 'v', 'w', 'z'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'ou', 'y'];
const CODAS = ['', '', 'n', 'r', 'l', 's', 'nd', 'rt', 'ck', 'm', 'x', 'th'];

export interface SyntheticPaper {
  text: string;
  entries: number;
  citations: number;
}

/** `entries` reference entries and `citations` citations (four of each entry unless told). */
export function syntheticPaper(entries: number, citationsWanted = 4 * entries, seed = 7): SyntheticPaper {
  const next = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const used = new Set<string>();
  const familyName = (): string => {
    for (;;) {
      let name = '';
      // Three syllables or four: a shorter invented name may be a word (a month, a place) that no reader takes for a name.
      const syllables = 3 + Math.floor(next() * 2);
      for (let s = 0; s < syllables; s++) name += pick(ONSETS) + pick(VOWELS) + pick(CODAS);
      name = name[0].toUpperCase() + name.slice(1);
      if (!used.has(name)) {
        used.add(name);
        return name;
      }
    }
  };
  const works = Array.from({ length: entries }, () => {
    const authors = Array.from({ length: 1 + Math.floor(next() * 3) }, familyName);
    return { authors, year: String(1950 + Math.floor(next() * 75)), pages: 1 + Math.floor(next() * 400) };
  });
  const cited = (w: (typeof works)[number]) =>
    w.authors.length === 1 ? w.authors[0] : w.authors.length === 2 ? `${w.authors[0]} & ${w.authors[1]}` : `${w.authors[0]} et al.`;
  const misspelt = (name: string) => name.slice(0, 2) + name.slice(3);

  const paragraphs: string[] = [];
  let sentences: string[] = [];
  let citations = 0;
  for (let k = 0; citations < citationsWanted; k++) {
    const w = works[k % entries];
    const other = pick(works);
    const roll = next();
    if (roll < 0.5) sentences.push(`The measured effect was small (${cited(w)}, ${w.year}, p. ${w.pages}).`);
    else if (roll < 0.7) sentences.push(`${cited(w)} (${w.year}) reported a larger one.`);
    else if (roll < 0.9) sentences.push(`Later surveys agreed (${cited(w)}, ${w.year}; ${cited(other)}, ${other.year}).`);
    else if (roll < 0.95) sentences.push(`A dissenting view (${misspelt(w.authors[0])}, ${w.year}) was not taken up.`);
    else sentences.push(`Nobody repeated the trial (${familyName()}, ${w.year}).`);
    citations += roll >= 0.7 && roll < 0.9 ? 2 : 1;
    if (sentences.length === 6) {
      paragraphs.push(sentences.join(' '));
      sentences = [];
    }
  }
  if (sentences.length) paragraphs.push(sentences.join(' '));

  const list = works
    .map((w, i) => {
      const names = w.authors.map((a, j) => `${a}, ${String.fromCharCode(65 + ((i + j) % 26))}.`).join(', ');
      return `${names} (${w.year}). On the measured growth of samples, part ${i + 1}. Journal of Field Studies, ${1 + (i % 40)}(${1 + (i % 4)}), ${w.pages}-${w.pages + 20}.`;
    })
    .sort((a, b) => a.localeCompare(b));
  const text = ['Growth of samples: a survey', '', 'Introduction', '', paragraphs.join('\n\n'), '', 'References', '', ...list, ''].join('\n');
  return { text, entries, citations };
}
