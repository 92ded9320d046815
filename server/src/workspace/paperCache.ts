import { PaperAnalysis } from '../analysis';
import { PaperDocument } from './workspace';
import { BYTES_PER_MB, DEFAULT_MAX_ANALYSED_MB } from './sizeLimits';
import { documentFacts, proseOf } from './paperProse';

/**
 * One analysis per open document version; every feature reads the model from here. A document over the size
 * limit is not analysed: it reads as an empty paper, here and in the workspace index.
 */
export class PaperCache {
  private readonly entries = new Map<string, { version: number; bytes: number; analysis?: PaperAnalysis }>();
  private maxBytes = DEFAULT_MAX_ANALYSED_MB * BYTES_PER_MB;
  /** What a document too large to analyse reads as: a paper with nothing in it. */
  private readonly nothing = new PaperAnalysis('');

  /** The `maxAnalysedMB` setting, in bytes (window-wide: the service passes on the value it last read). */
  limitTo(maxBytes: number): void {
    this.maxBytes = maxBytes;
  }

  get(doc: PaperDocument): PaperAnalysis {
    const entry = this.entryOf(doc);
    if (entry.bytes > this.maxBytes) return this.nothing;
    entry.analysis ??= new PaperAnalysis(proseOf(doc.uri, doc.getText()), documentFacts(doc.uri, doc.getText()));
    return entry.analysis;
  }

  /** The document's size in UTF-8 bytes when it is over the limit, else undefined. */
  oversize(doc: PaperDocument): number | undefined {
    const { bytes } = this.entryOf(doc);
    return bytes > this.maxBytes ? bytes : undefined;
  }

  has(uri: string): boolean {
    return this.entries.has(uri);
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }

  private entryOf(doc: PaperDocument): { version: number; bytes: number; analysis?: PaperAnalysis } {
    const cached = this.entries.get(doc.uri);
    if (cached && cached.version === doc.version) return cached;
    const entry = { version: doc.version, bytes: Buffer.byteLength(doc.getText(), 'utf8') };
    this.entries.set(doc.uri, entry);
    return entry;
  }
}
