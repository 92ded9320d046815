/**
 * One document's analysis, stage by stage: the structure and citations at once (diagnostics need no more),
 * the organisations and concepts when first asked for (or ahead of time, off the request path).
 */
import { CitedPaper, Paper, PaperTerms } from './model';
import { readCitations, readStructure, Structure } from './analyse';
import { readTerms } from './terms';

export class PaperAnalysis {
  readonly cited: CitedPaper;
  /** Kept only until the terms are read. */
  private structure: Structure | null;
  private complete: Paper | null = null;

  /** `namesBibliography`: what the document's front matter says, which the text read here no longer holds (see `blankMarkdownCode`). */
  constructor(text: string, { namesBibliography = false }: { namesBibliography?: boolean } = {}) {
    this.structure = readStructure(text);
    const cited = readCitations(this.structure);
    this.cited = namesBibliography ? { ...cited, namesBibliography } : cited;
  }

  /** The whole model; the first call reads the terms. */
  paper(): Paper {
    if (!this.complete) {
      this.complete = { ...this.cited, ...readTerms(this.structure!) };
      this.structure = null;
    }
    return this.complete;
  }
}

/** Every stage at once: text in, the whole Paper model out. */
export function analysePaper(text: string): Paper {
  return new PaperAnalysis(text).paper();
}

/** What the workspace reads of a paper that is not open: its entries, organisations, concepts and words. */
export type IndexedParts = Pick<Paper, 'text' | 'lineStarts' | 'references' | 'notes'> & PaperTerms;

/** The parts of a paper the workspace index keeps, without its citations (which nothing reads of another paper). */
export function analyseIndexedParts(text: string): IndexedParts {
  const structure = readStructure(text);
  return { text: structure.text, lineStarts: structure.lineStarts, references: structure.references, notes: structure.notes, ...readTerms(structure) };
}
