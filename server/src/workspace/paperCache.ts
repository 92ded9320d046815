import { PaperAnalysis } from '../analysis';
import { PaperDocument } from './workspace';

/** One analysis per open document version; every feature reads the model from here. */
export class PaperCache {
  private readonly analyses = new Map<string, { version: number; analysis: PaperAnalysis }>();

  get(doc: PaperDocument): PaperAnalysis {
    const cached = this.analyses.get(doc.uri);
    if (cached && cached.version === doc.version) return cached.analysis;
    const analysis = new PaperAnalysis(doc.getText());
    this.analyses.set(doc.uri, { version: doc.version, analysis });
    return analysis;
  }

  has(uri: string): boolean {
    return this.analyses.has(uri);
  }

  delete(uri: string): void {
    this.analyses.delete(uri);
  }
}
