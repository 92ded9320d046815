/** Years as papers write them: 2009, 2009a, n.d., s. a. */
import { UNDATED_SOURCE } from './conventions';

export const UNDATED = 'n.d.';

/**
 * A cited or listed year: four digits (1500–2099) with an optional letter, a year given as probable or approximate in
 * square brackets ("[2010?]", "[ca. 2010]", ABNT), or an undated mark, bare or in square brackets ("[s.d.]" in ABNT,
 * "[no date]" in ISO 690).
 */
export const YEAR_SOURCE = String.raw`(?:1[5-9]\d\d|20\d\d)[a-z]?(?![\d])|\[(?:ca\.\s?)?(?:1[5-9]\d\d|20\d\d)\??\]|\[(?:${UNDATED_SOURCE})\]|${UNDATED_SOURCE}`;

export function normaliseYear(raw: string): string {
  const t = raw.trim().toLowerCase();
  const probable = /^\[(?:ca\.\s?)?(\d{4})\??\]$/.exec(t);
  if (probable) return probable[1];
  return /^\d{4}[a-z]?$/.test(t) ? t : UNDATED;
}

/** "2009a" → "2009"; undated stays undated. */
export function baseYear(year: string): string {
  return year.replace(/[a-z]$/, '');
}
