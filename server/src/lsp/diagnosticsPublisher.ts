import { CancellationToken, Connection, Diagnostic } from 'vscode-languageserver/node';
import { IScholarlyLanguageService } from '../service/languageService';
import { IPaperWorkspace, PaperDocument } from '../workspace/workspace';

/** Typing pauses this long before diagnostics are published. */
const DIAGNOSTICS_DELAY_MS = 150;
/**
 * They are computed earlier, once typing has paused this long, so that they are ready when the delay is
 * up: the analysis of a long paper takes tens of milliseconds, hidden inside the delay instead of added
 * after it. A keystroke before the delay is up makes them stale and they are computed again.
 */
const COMPUTE_AHEAD_MS = 50;
/**
 * Organisations and concepts are read only once the document has stayed unchanged this long after its
 * diagnostics: reading them takes as long as the citation analysis, and done at once after each publish it
 * held up the next keystroke's diagnostics while the reader was still typing.
 */
const PREPARE_IDLE_MS = 400;

/** One timer per document: setting one replaces the document's previous timer. */
class TimerPerDocument {
  private readonly timers = new Map<string, NodeJS.Timeout>();

  set(uri: string, delay: number, run: () => void): void {
    this.clear(uri);
    this.timers.set(uri, setTimeout(() => {
      this.timers.delete(uri);
      run();
    }, delay));
  }

  clear(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
  }
}

/** Pushes each open document's diagnostics after it opens or changes (debounced), and clears them on close. */
export class DiagnosticsPublisher {
  private readonly computing = new TimerPerDocument();
  private readonly publishing = new TimerPerDocument();
  private readonly preparing = new TimerPerDocument();
  /** Diagnostics computed ahead of publishing, with the version they are for. */
  private readonly ahead = new Map<string, { version: number; diagnostics: Promise<Diagnostic[]> }>();

  constructor(
    private readonly connection: Connection,
    private readonly workspace: IPaperWorkspace,
    private readonly service: IScholarlyLanguageService,
  ) {
    workspace.onDidOpenDocument((doc) => this.schedule(doc.uri, 0));
    workspace.onDidChangeDocument((doc) => this.schedule(doc.uri, DIAGNOSTICS_DELAY_MS));
    workspace.onDidCloseDocument((uri) => {
      this.computing.clear(uri);
      this.ahead.delete(uri);
      this.publishing.clear(uri);
      this.preparing.clear(uri);
      void connection.sendDiagnostics({ uri, diagnostics: [] });
    });
  }

  /** Every open document again (after the settings changed). */
  republishAll(): void {
    for (const doc of this.workspace.documents()) this.schedule(doc.uri, 0);
  }

  private schedule(uri: string, delay: number): void {
    this.preparing.clear(uri);
    this.ahead.delete(uri);
    this.computing.clear(uri);
    if (delay > COMPUTE_AHEAD_MS) {
      this.computing.set(uri, COMPUTE_AHEAD_MS, () => {
        const doc = this.workspace.getDocument(uri);
        if (doc) this.ahead.set(uri, { version: doc.version, diagnostics: this.service.computeDiagnostics(doc, CancellationToken.None) });
      });
    }
    this.publishing.set(uri, delay, () => {
      const doc = this.workspace.getDocument(uri);
      if (doc) void this.publish(doc);
    });
  }

  private async publish(doc: PaperDocument): Promise<void> {
    const early = this.ahead.get(doc.uri);
    this.ahead.delete(doc.uri);
    const diagnostics = await (early?.version === doc.version ? early.diagnostics : this.service.computeDiagnostics(doc, CancellationToken.None));
    if (this.workspace.getDocument(doc.uri)?.version !== doc.version) return;
    await this.connection.sendDiagnostics({ uri: doc.uri, diagnostics });
    if (this.workspace.getDocument(doc.uri)?.version !== doc.version) return; // changed or closed while sending
    // Organisations and concepts next, once the reader pauses, so that the first hover need not wait for them.
    this.preparing.set(doc.uri, PREPARE_IDLE_MS, () => this.service.prepare(doc));
  }
}
