/**
 * One document's analysis, stage by stage: the structure and citations at once (diagnostics need no more),
 * the organisations and concepts when first asked for (or ahead of time, off the request path).
 */
import { CitedPaper, Paper } from './model';
import { readCitations, readStructure, Structure } from './analyse';
import { readTerms } from './terms';

export class PaperAnalysis {
  readonly cited: CitedPaper;
  /** Kept only until the terms are read. */
  private structure: Structure | null;
  private complete: Paper | null = null;

  constructor(text: string) {
    this.structure = readStructure(text);
    this.cited = readCitations(this.structure);
  }

  /** The whole model; the first call reads the terms. */
  paper(): Paper {
    if (!this.complete) {
      this.complete = { ...this.cited, ...readTerms(this.structure!, this.cited) };
      this.structure = null;
    }
    return this.complete;
  }
}

/** Every stage at once: text in, the whole Paper model out. */
export function analysePaper(text: string): Paper {
  return new PaperAnalysis(text).paper();
}
