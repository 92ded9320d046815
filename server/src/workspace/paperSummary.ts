/**
 * What the workspace keeps of a paper on disk: what the cross-paper registry and the features read of
 * another paper (see `WorkspacePaper`), as plain data that a worker thread sends and the index cache stores.
 */
import { Concept, IndexedParts, listsAsPaper, Organisation, WorkspacePaper } from '../analysis';
import { version } from '../../../package.json';
import { ownedTable, PhraseTable, phraseTableOf } from './phraseTable';
import { CompactWords } from './compactWords';
import { Packed, packMentions, unpackMentions } from './packedMentions';

/** Bump when the analysis or this summary changes: cached summaries of another version are not read. */
const SUMMARY_FORM = 9;
export const SUMMARY_VERSION = `${version}-${SUMMARY_FORM}`;

export interface PaperSummary extends Omit<WorkspacePaper, 'words' | 'organisations' | 'concepts'> {
  organisations: Packed<Organisation>[];
  concepts: Packed<Concept>[];
  /** Start and end of every mention, the organisations' in order and then the concepts'. */
  mentions: Uint32Array;
  /** False for a file that lists fewer than two works and two notes (a README, a licence): see `listsAsPaper`. */
  isPaper: boolean;
  words: PhraseTable;
}

export function summaryOf(paper: IndexedParts): PaperSummary {
  const { lineStarts } = paper;
  const offsets: number[] = [];
  const organisations = packMentions(paper.organisations, offsets);
  const concepts = packMentions(paper.concepts, offsets);
  const references = paper.references.map(({ span, authorText, surnames, etAl, year, title, link }) => ({ span, authorText, surnames, etAl, year, title, link }));
  return { organisations, concepts, mentions: Uint32Array.from(offsets), isPaper: listsAsPaper(paper), references, lineStarts, words: phraseTableOf(paper.words, paper.text) };
}

export function workspacePaperOf(summary: PaperSummary): WorkspacePaper {
  const { references, lineStarts, mentions } = summary;
  const organisations = unpackMentions<Organisation>(summary.organisations, mentions, 0);
  const concepts = unpackMentions<Concept>(summary.concepts, mentions, organisations.next);
  return { organisations: organisations.items, concepts: concepts.items, references, lineStarts, words: new CompactWords(summary.words) };
}

/** The summary with typed arrays that hold only their own bytes (those read from a cache file are views of the whole file). */
export function ownedSummary(summary: PaperSummary): PaperSummary {
  return { ...summary, mentions: summary.mentions.slice(), words: ownedTable(summary.words) };
}
