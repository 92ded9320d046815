import { CitationCandidate } from './candidate';
import { hasEtAl, splitNames } from './authorNames';
import { PARTICLES } from '../conventions';

/** How many words before a narrative citation's names may still belong to them. */
const MAX_WORDS_BEFORE = 12;
/** The word before `at` and the space after it; a word ending a sentence or holding a bracket or digit ends the search. */
const WORD_BEFORE = /(?:^|\s)([^\s.:!?()[\]\d]+)\s+$/u;

/**
 * A narrative citation with the words before its names that belong to them: co-authors joined by commas or
 * semicolons ("Lund, Ito (2014)", "Moura; Lima (2021)", as ISO 690 and ABNT write them) or the first words of
 * a corporate author ("Agência Nacional de Águas (2019)"). Words count only when, with them, the names are a
 * listed entry's authors (`names`); the longest such reading wins, else the citation stays as found.
 */
export function withNamesBefore(c: CitationCandidate, text: string, names: (c: CitationCandidate) => boolean): CitationCandidate {
  const nameEnd = c.span.start + c.nameText.length;
  let best = c;
  let at = c.span.start;
  for (let k = 0; k < MAX_WORDS_BEFORE; k++) {
    const w = WORD_BEFORE.exec(text.slice(Math.max(0, at - 80), at));
    if (!w) break;
    at -= w[0].length - (w[0].length - w[0].trimStart().length);
    // A name opens with a capital or with its particles in small letters ("de Moraes").
    if (!/^\p{Lu}/u.test(w[1]) && !PARTICLES.includes(w[1])) continue;
    const nameText = text.slice(at, nameEnd);
    const wider = { ...c, span: { start: at, end: c.span.end }, text: text.slice(at, c.span.end), nameText, names: splitNames(nameText), etAl: hasEtAl(nameText) };
    if (names(wider)) best = wider;
  }
  return best;
}
