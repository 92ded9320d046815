/**
 * Whether a document reads as a paper: it cites at least two works of its reference list, or calls at least
 * two of its notes. A README, a licence or a changelog seldom does, so the editor shows no outline group,
 * citation count, colours or term hovers there; every paper of the shared and sample sets does.
 */
import { CitedPaper } from './model';

const MIN_CITED = 2;

/**
 * The same question for a file of the workspace, whose citations the index does not read: it lists at least
 * two works or two notes.
 */
export function listsAsPaper(paper: Pick<CitedPaper, 'references' | 'notes'>): boolean {
  return paper.references.length >= MIN_CITED || paper.notes.length >= MIN_CITED;
}

/** Asked on every request and every registry update: worked out once per model. */
const known = new WeakMap<object, boolean>();

export function readsAsPaper(paper: Pick<CitedPaper, 'citations'>): boolean {
  let reads = known.get(paper.citations);
  if (reads === undefined) known.set(paper.citations, (reads = citesTwo(paper.citations)));
  return reads;
}

function citesTwo(citations: CitedPaper['citations']): boolean {
  const entries = new Set<number>();
  const notes = new Set<number>();
  for (const c of citations) {
    if (c.status !== 'resolved') continue;
    if (c.kind === 'footnote') for (const n of c.notes) notes.add(n);
    else for (const e of c.entries) entries.add(e);
    if (entries.size >= MIN_CITED || notes.size >= MIN_CITED) return true;
  }
  return false;
}
