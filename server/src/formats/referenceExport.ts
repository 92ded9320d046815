/** A paper's reference entries written for a reference manager: BibTeX, RIS or CSL-JSON, with citation keys. */
import type { ReferenceEntry } from '../analysis/model';
import { CslItem, entryFields } from '../analysis/entryFields';
import { formatItems } from './citationJs';
import { withCitationKeys } from './citationKeys';
import type { ReferenceFormat } from '../protocol/requests';

/** The entries in the format, ending with a newline. */
export function exportEntries(entries: readonly ReferenceEntry[], format: ReferenceFormat): string {
  const items = withCitationKeys(entries.map(entryFields));
  if (format === 'csl-json') return `${JSON.stringify(items, null, 2)}\n`;
  const text = format === 'ris' ? unwrapped(formatItems(items.map(withParticlesInFamily), 'ris')) : formatItems(items, format);
  return `${text.trim()}\n`;
}

/** RIS has no field for "de" or "van der" and citation-js leaves them out: they go back into the family name ("de Moraes, T."). */
function withParticlesInFamily(item: CslItem): CslItem {
  if (!item.author?.some((n) => n['non-dropping-particle'])) return item;
  const author = item.author.map(({ 'non-dropping-particle': particle, ...name }) => (particle ? { ...name, family: `${particle} ${name.family ?? ''}`.trim() } : name));
  return { ...item, author };
}

/** The tag that opens a RIS line ("TI  - "). */
const RIS_TAG = /^[A-Z][A-Z0-9]  - ?/;
/** citation-js breaks a RIS value after every this many characters. */
const RIS_WRAP = 70;

/**
 * citation-js breaks every RIS value after 70 characters, in the middle of a word (a line break after each
 * 70, even the last), and readers (citation-js itself among them) join the pieces with a space: each value is
 * put back on its tag's line.
 */
function unwrapped(ris: string): string {
  const lines: string[] = [];
  let continued = false;
  for (const line of ris.split('\n')) {
    if (continued) lines[lines.length - 1] += line;
    else lines.push(line);
    continued = line.length - (continued ? 0 : (RIS_TAG.exec(line)?.[0].length ?? 0)) === RIS_WRAP;
  }
  return lines.join('\n');
}
