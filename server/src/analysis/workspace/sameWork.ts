/** The same work listed in two reference lists: same authors, same year, a similar title. */
import { ReferenceEntry } from '../model';

/** What the workspace keeps of a reference entry of another paper: what tells the work and labels it. */
export type ListedWork = Pick<ReferenceEntry, 'span' | 'authorText' | 'surnames' | 'etAl' | 'year' | 'title' | 'link'>;
import { similarity } from '../similarity';
import { foldWords } from '../text';

function year(entry: ListedWork): string | null {
  return entry.year ? (/\d{4}/.exec(entry.year)?.[0] ?? null) : null;
}

function surnames(entry: ListedWork): string[] {
  return entry.surnames.map(foldWords).filter(Boolean);
}

/** The DOI in a text ("https://doi.org/10.5555/Berths."), folded to compare ("10.5555/berths"), else null. */
export function doiIn(text: string | null): string | null {
  const m = /\b10\.\d{4,9}\/[^\s"<>]+/i.exec(text ?? '');
  return m ? m[0].replace(/[.,;)\]]+$/, '').toLowerCase() : null;
}

/** The DOI of the entry's link, folded, else null. */
export function doiOf(entry: ListedWork): string | null {
  return doiIn(entry.link);
}

/** A bucket for works that may be the same: first author's folded family name and the year's digits. */
export function workKey(entry: ListedWork): string | null {
  const y = year(entry);
  const first = surnames(entry)[0];
  return y && first ? `${first}\u0000${y}` : null;
}

function titleOf(entry: ListedWork): string {
  return foldWords(entry.title ?? '');
}

/**
 * Same work: the same DOI when both print one; else the same year, the same family names (one list may stop at the first author, "et al." or not),
 * and titles alike (edit similarity 0.7 or one title starts the other, for a dropped subtitle).
 */
export function sameWork(a: ListedWork, b: ListedWork): boolean {
  const [da, db] = [doiOf(a), doiOf(b)];
  if (da && db) return da === db;
  if (!year(a) || year(a) !== year(b)) return false;
  const sa = surnames(a);
  const sb = surnames(b);
  if (!sa.length || !sb.length || sa[0] !== sb[0]) return false;
  const shorter = sa.length <= sb.length ? sa : sb;
  const longer = sa.length <= sb.length ? sb : sa;
  if (!shorter.every((s) => longer.includes(s))) return false;
  if (shorter.length < longer.length && !(a.etAl || b.etAl || shorter.length === 1)) return false;
  const ta = titleOf(a);
  const tb = titleOf(b);
  if (!ta || !tb) return !ta && !tb && sa.join() === sb.join();
  if (ta.startsWith(tb) || tb.startsWith(ta)) return Math.min(ta.length, tb.length) >= 12;
  return similarity(ta, tb) >= 0.7;
}
