import { Span } from '../model';
import { normaliseYear, UNDATED } from '../years';
import { CitationCandidate } from './candidate';
import { hasEtAl, splitNames } from './authorNames';

/** A citation of names and a year (`yearText` as written; null when none is cited, an undated work). */
export function namedCandidate(
  kind: 'author-date' | 'narrative',
  span: Span,
  text: string,
  nameText: string,
  yearText: string | null,
  locator: string | null,
): CitationCandidate {
  return {
    kind,
    span,
    text,
    nameText,
    names: splitNames(nameText),
    etAl: hasEtAl(nameText),
    year: yearText === null ? UNDATED : normaliseYear(yearText),
    yearText,
    numbers: [],
    locator,
  };
}
