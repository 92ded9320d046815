/** The part of CSL-JSON (citeproc's input format) that the invented works use. */
import { CslName } from '../../server/src/analysis/entryFields';

export type { CslName };

export interface CslItem {
  id: string;
  type: 'book' | 'chapter' | 'article-journal' | 'report' | 'thesis' | 'webpage';
  title: string;
  author: CslName[];
  editor?: CslName[];
  issued?: { 'date-parts': number[][] };
  accessed?: { 'date-parts': number[][] };
  'container-title'?: string;
  publisher?: string;
  'publisher-place'?: string;
  volume?: string;
  issue?: string;
  page?: string;
  number?: string;
  genre?: string;
  URL?: string;
  language?: string;
}

/** The name a citation prints first: the family name (with its particle) or the corporate name. */
export function firstAuthorName(item: CslItem): string {
  const a = item.author[0];
  return a.literal ?? [a['non-dropping-particle'], a.family].filter(Boolean).join(' ');
}

export function yearOf(item: CslItem): number | null {
  return item.issued?.['date-parts'][0][0] ?? null;
}
