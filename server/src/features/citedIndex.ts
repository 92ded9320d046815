import { Citation, CitationTarget, CitedPaper } from '../analysis';
// Not in the library's index, and the one place that tells a note from an entry.
import { isNote } from '../analysis/targets';
import { SpanIndex } from './spanIndex';

/** Position lookups over a paper's citations, entries and notes, and who cites each entry and note. */
interface CitedIndex {
  citations: SpanIndex;
  entries: SpanIndex;
  notes: SpanIndex;
  /** The work citations of each entry (by id), in text order. */
  citingEntry: Map<number, Citation[]>;
  /** The note calls of each note (by id), in text order. */
  callingNote: Map<number, Citation[]>;
}

/** Built once per model: a new version of the text is a new model, so an index never goes stale. */
const indexes = new WeakMap<CitedPaper, CitedIndex>();

function build(paper: CitedPaper): CitedIndex {
  const citingEntry = new Map<number, Citation[]>();
  const callingNote = new Map<number, Citation[]>();
  for (const c of paper.citations) {
    const [by, ids] = c.kind === 'footnote' ? [callingNote, c.notes] : [citingEntry, c.entries];
    for (const id of new Set(ids)) {
      const list = by.get(id);
      if (list) list.push(c);
      else by.set(id, [c]);
    }
  }
  return {
    // An empty span still holds the offset it sits at.
    citations: new SpanIndex(paper.citations.map((c, owner) => ({ span: c.span, owner })), 1),
    entries: new SpanIndex(paper.references.map((e, owner) => ({ span: e.span, owner })), 1),
    notes: new SpanIndex(paper.notes.map((n, owner) => ({ span: n.span, owner })), 1),
    citingEntry,
    callingNote,
  };
}

export function citedIndex(paper: CitedPaper): CitedIndex {
  let index = indexes.get(paper);
  if (!index) {
    index = build(paper);
    indexes.set(paper, index);
  }
  return index;
}

/** The citations that point at an entry (work citations) or a note (note calls), in text order. */
export function citing(paper: CitedPaper, target: CitationTarget): Citation[] {
  const index = citedIndex(paper);
  return (isNote(target) ? index.callingNote : index.citingEntry).get(target.id) ?? [];
}
