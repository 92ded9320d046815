/** A style's family as its CSL file declares it (`<category citation-format=…>`), for styles outside the matrix. */
import { Family } from './matrix';

const FORMATS: Record<string, Family> = { 'author-date': 'author-date', author: 'author-page', numeric: 'numeric', note: 'note' };

/** null for a dependent style (it only names its parent) or a citation format the matrix does not render (label). */
export function familyOfCsl(csl: string): Family | null {
  if (/<link[^>]*rel="independent-parent"/.test(csl)) return null;
  const format = FORMATS[/<category[^>]*citation-format="([a-z-]+)"/.exec(csl)?.[1] ?? ''];
  if (format !== 'numeric') return format ?? null;
  const citation = /<citation[\s>][\s\S]*?<\/citation>/.exec(csl)?.[0] ?? '';
  return /vertical-align="sup"/.test(citation) ? 'superscript' : 'numeric';
}
