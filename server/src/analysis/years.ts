/** Years as papers write them: 2009, 2009a, n.d., s. a. */
import { UNDATED_SOURCE } from './conventions';

export const UNDATED = 'n.d.';

/** A cited or listed year: four digits (1500–2099) with an optional letter, or an undated mark with one ("n.d.-a"). */
export const YEAR_SOURCE = String.raw`(?:1[5-9]\d\d|20\d\d)[a-z]?(?![\d])|(?:${UNDATED_SOURCE})(?:-[a-z](?![a-z]))?`;

/** "2009A" → "2009a"; any undated mark → "n.d.", keeping its letter ("s. f.-b" → "n.d.-b"). */
export function normaliseYear(raw: string): string {
  const t = raw.trim().toLowerCase();
  if (/^\d{4}[a-z]?$/.test(t)) return t;
  const letter = /-([a-z])$/.exec(t);
  return letter ? `${UNDATED}-${letter[1]}` : UNDATED;
}

/** "2009a" → "2009", "n.d.-a" → "n.d.". */
export function baseYear(year: string): string {
  return year.replace(/-?[a-z]$/, '');
}
