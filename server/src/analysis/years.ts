/** Years as papers write them: 2009, 2009a, n.d., s. a. */
import { UNDATED_SOURCE } from './conventions';

export const UNDATED = 'n.d.';

/**
 * A cited or listed year: four digits (1500–2099) with an optional letter, a year given as probable or approximate in
 * square brackets ("[2010?]", "[ca. 2010]", ABNT), or an undated mark, bare with an optional letter ("n.d.-a") or in
 * square brackets ("[s.d.]" in ABNT, "[no date]" in ISO 690).
 */
export const YEAR_SOURCE = String.raw`(?:1[5-9]\d\d|20\d\d)[a-z]?(?![\d])|\[(?:ca\.\s?)?(?:1[5-9]\d\d|20\d\d)\??\]|\[(?:${UNDATED_SOURCE})\]|(?:${UNDATED_SOURCE})(?:-[a-z](?![a-z]))?`;

/** "2009A" → "2009a"; any undated mark → "n.d.", keeping its letter ("s. f.-b" → "n.d.-b"). */
export function normaliseYear(raw: string): string {
  const t = raw.trim().toLowerCase();
  const probable = /^\[(?:ca\.\s?)?(\d{4})\??\]$/.exec(t);
  if (probable) return probable[1];
  if (/^\d{4}[a-z]?$/.test(t)) return t;
  const letter = /-([a-z])$/.exec(t);
  return letter ? `${UNDATED}-${letter[1]}` : UNDATED;
}

/** "2009a" → "2009", "n.d.-a" → "n.d.". */
export function baseYear(year: string): string {
  const last = year.charCodeAt(year.length - 1);
  if (last < 0x61 || last > 0x7a) return year;
  return year.slice(0, year.charCodeAt(year.length - 2) === 0x2d ? -2 : -1);
}
