/**
 * A narrative citation starts at its first author's name as the entry prints it. The words before the
 * names are read generously ("Segundo Quintas, Malm e Ostrander (2020)", "Laut Berger (2019)"), and
 * once the citation has resolved, the entry tells which of them belong: a given name the entry prints
 * stays ("Robert Jackson (1992)" for "Jackson, Robert"), a sentence's opening word goes.
 */
import { ReferenceEntry, WorkCitation } from '../model';
import { foldWords } from '../text';

export function startingAtListedName(c: WorkCitation, entry: ReferenceEntry, text: string): WorkCitation {
  const first = c.names[0];
  const surname = entry.surnames[0];
  if (c.kind !== 'narrative' || !first || !surname) return c;
  const words = first.split(/\s+/);
  const family = foldWords(surname);
  const k = words.findIndex((_, i) => i > 0 && foldWords(words.slice(i).join(' ')) === family);
  if (k <= 0) return c;
  const printed = new Set(foldWords(entry.authorText).split(' '));
  if (words.slice(0, k).some((w) => printed.has(foldWords(w)))) return c;
  const at = text.indexOf(words[k], c.span.start);
  if (at < 0 || at >= c.span.end) return c;
  return { ...c, span: { start: at, end: c.span.end }, text: text.slice(at, c.span.end), names: [words.slice(k).join(' '), ...c.names.slice(1)] };
}
