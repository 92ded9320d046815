/**
 * Superscripts that call no note and cite no work, now that PDF extraction keeps superscripts as such:
 * exponents ("R²", "10⁷", "mL−¹", "m⁻²") and the affiliation marks of a byline ("Ana Lima¹, Rui Sá²").
 */
import { AND_WORDS, isParticle } from '../conventions';

/**
 * An exponent: after a letter standing alone (a variable: "R²", "Q²"), after a base of ten ("10⁷"), or after
 * a minus sign (a unit: "mL−¹", "m⁻²").
 */
export function isExponentAt(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 3), start);
  return /(?:^|[^\p{L}\p{M}\d])\p{L}$/u.test(before) || /(?:^|\D)10$/.test(before) || /[−⁻-]$/.test(before);
}

const MARKS = /[⁰¹²³⁴⁵⁶⁷⁸⁹*†‡§,]+/g;
const INITIAL = /^\p{Lu}\.(?:-?\p{Lu}\.)*$/u;

/**
 * A byline: a line of people's names and nothing else, every word capitalised (initials, particles and the
 * word for "and" apart), no sentence punctuation, at least two names or one name with a mark.
 */
export function isBylineText(line: string): boolean {
  if (line.length > 300 || !/[⁰¹²³⁴⁵⁶⁷⁸⁹]/.test(line)) return false;
  const bare = line.replace(MARKS, ' ').trim();
  if (/[;:!?()[\]"“”]|\.\s+\p{Ll}|\d/u.test(bare)) return false;
  const words = bare.split(/\s+/).filter(Boolean);
  if (words.length < 2) return false;
  return words.every((w) => INITIAL.test(w) || AND_WORDS.includes(w) || isParticle(w) || /^\p{Lu}[\p{L}\p{M}'’-]*\.?$/u.test(w));
}
