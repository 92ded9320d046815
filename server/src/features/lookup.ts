import { Citation, CitedPaper, Note, ReferenceEntry } from '../analysis';
import { citedIndex } from './citedIndex';

/** The first citation (in the paper's order) whose span holds `offset`; an empty span holds the offset it sits at. */
export function citationAt(paper: CitedPaper, offset: number): Citation | undefined {
  return paper.citations[citedIndex(paper).citations.firstOwnerAt(offset)];
}

export function entryAt(paper: CitedPaper, offset: number): ReferenceEntry | undefined {
  return paper.references[citedIndex(paper).entries.firstOwnerAt(offset)];
}

export function noteAt(paper: CitedPaper, offset: number): Note | undefined {
  return paper.notes[citedIndex(paper).notes.firstOwnerAt(offset)];
}
