/**
 * What the workspace keeps of a paper on disk: what the cross-paper registry and the features read of
 * another paper (see `WorkspacePaper`), as plain data that a worker thread sends and the index cache stores.
 */
import { IndexedParts, WorkspacePaper } from '../analysis';
import { version } from '../../../package.json';
import { PhraseTable, phraseTableOf } from './phraseTable';
import { CompactWords } from './compactWords';

/** Bump when the analysis or this summary changes: cached summaries of another version are not read. */
const SUMMARY_FORM = 4;
export const SUMMARY_VERSION = `${version}-${SUMMARY_FORM}`;

export interface PaperSummary extends Omit<WorkspacePaper, 'words'> {
  words: PhraseTable;
}

export function summaryOf(paper: IndexedParts): PaperSummary {
  const { organisations, concepts, lineStarts } = paper;
  const references = paper.references.map(({ span, authorText, surnames, etAl, year, title, link }) => ({ span, authorText, surnames, etAl, year, title, link }));
  return { organisations, concepts, references, lineStarts, words: phraseTableOf(paper.words, paper.text) };
}

export function workspacePaperOf(summary: PaperSummary): WorkspacePaper {
  return { ...summary, words: new CompactWords(summary.words) };
}
