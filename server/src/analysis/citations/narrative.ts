import { YEAR_SOURCE, normaliseYear } from '../years';
import { hasEtAl, isNotAName, splitNames } from './authorNames';
import { CitationCandidate } from './candidate';

const NAME_WORD = String.raw`\p{Lu}[\p{L}'’\-]+`;
/** "Teitt (2008", "Jim and Ikenberry (2023", "Robert Jackson (1992:271", "Kneuer et al. (2018". */
const NARRATIVE = new RegExp(
  String.raw`(${NAME_WORD}(?:\s+${NAME_WORD}){0,2}(?:\s+(?:and|&)\s+${NAME_WORD}(?:\s+${NAME_WORD})?)?(?:\s+et\s+al\.?)?)(?:['’]s)?\s*\(\s*(${YEAR_SOURCE})(?=\s*[),:;]|\s+p)`,
  'gu',
);

/** Narrative citations in one line; the names must open with a word that can be an author. */
export function findNarrative(line: string, offset: number): CitationCandidate[] {
  const out: CitationCandidate[] = [];
  NARRATIVE.lastIndex = 0;
  for (let m = NARRATIVE.exec(line); m; m = NARRATIVE.exec(line)) {
    let nameStart = m.index;
    let nameText = m[1];
    // Drop sentence openers ("In Hou (2023" → "Hou (2023").
    for (let w = /^(\S+)\s+/.exec(nameText); w && isNotAName(w[1]); w = /^(\S+)\s+/.exec(nameText)) {
      nameStart += w[0].length;
      nameText = nameText.slice(w[0].length);
    }
    if (isNotAName(nameText.split(/\s+/)[0])) continue;
    const yearEnd = m.index + m[0].length;
    out.push({
      kind: 'narrative',
      span: { start: offset + nameStart, end: offset + yearEnd },
      text: line.slice(nameStart, yearEnd),
      nameText,
      names: splitNames(nameText),
      etAl: hasEtAl(nameText),
      year: normaliseYear(m[2]),
      yearText: m[2],
      numbers: [],
      locator: /^[\s,:]*([^)]{1,40})\)/.exec(line.slice(yearEnd))?.[1]?.trim() ?? null,
    });
  }
  return out;
}
