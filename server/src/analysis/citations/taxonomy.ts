/**
 * Taxonomic authorities: in biology a Latin species name is followed by the name of who described
 * it and the year, "Raja montana (Vellard, 1902)", "R. pallidus (Okafor, 1999)". That names the
 * describer, it cites no work of the reference list, so it is not read as a citation unless the
 * list has that work (that author in that year).
 */

/** "Raja montana (", "R. pallidus (", "Quercus robur (": a genus (or its initial) and a species epithet with a Latin ending. */
const BINOMIAL_BEFORE =
  /(?:^|[\s(])(?:\p{Lu}\p{Ll}+|\p{Lu}\.)\s+\p{Ll}+(?:us|um|a|ae|i|ii|is|es|ens|ensis|oides|atus|ata|icus|ica|ianus|iana|or|ix|ax)\s*\(\s*$/u;

export function followsSpeciesName(text: string, citationStart: number): boolean {
  const open = text.lastIndexOf('(', citationStart);
  if (open === -1 || citationStart - open > 3) return false;
  return BINOMIAL_BEFORE.test(text.slice(Math.max(0, open - 60), open + 1).replace(/\s+/g, ' '));
}
