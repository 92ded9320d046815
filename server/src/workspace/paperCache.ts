import { analysePaper, Paper } from '../analysis';

/** One analysis per document version; every feature reads the model from here. */
export class PaperCache {
  private readonly papers = new Map<string, { version: number; paper: Paper }>();

  get(uri: string, version: number, text: () => string): Paper {
    const cached = this.papers.get(uri);
    if (cached && cached.version === version) return cached.paper;
    const paper = analysePaper(text());
    this.papers.set(uri, { version, paper });
    return paper;
  }

  delete(uri: string): void {
    this.papers.delete(uri);
  }
}
