import { CancellationToken, Connection } from 'vscode-languageserver/node';
import { IScholarlyLanguageService } from '../service/languageService';
import { IPaperWorkspace, PaperDocument } from '../workspace/workspace';

/** Typing pauses this long before diagnostics are recomputed. */
const DIAGNOSTICS_DELAY_MS = 150;

/** Pushes each open document's diagnostics after it opens or changes (debounced), and clears them on close. */
export class DiagnosticsPublisher {
  private readonly pending = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly connection: Connection,
    private readonly workspace: IPaperWorkspace,
    private readonly service: IScholarlyLanguageService,
  ) {
    workspace.onDidOpenDocument((doc) => this.schedule(doc.uri, 0));
    workspace.onDidChangeDocument((doc) => this.schedule(doc.uri, DIAGNOSTICS_DELAY_MS));
    workspace.onDidCloseDocument((uri) => {
      clearTimeout(this.pending.get(uri));
      this.pending.delete(uri);
      void connection.sendDiagnostics({ uri, diagnostics: [] });
    });
  }

  /** Every open document again (after the settings changed). */
  republishAll(): void {
    for (const doc of this.workspace.documents()) this.schedule(doc.uri, 0);
  }

  private schedule(uri: string, delay: number): void {
    clearTimeout(this.pending.get(uri));
    this.pending.set(uri, setTimeout(() => {
      this.pending.delete(uri);
      const doc = this.workspace.getDocument(uri);
      if (doc) void this.publish(doc);
    }, delay));
  }

  private async publish(doc: PaperDocument): Promise<void> {
    const diagnostics = await this.service.computeDiagnostics(doc, CancellationToken.None);
    if (this.workspace.getDocument(doc.uri)?.version !== doc.version) return;
    await this.connection.sendDiagnostics({ uri: doc.uri, diagnostics });
    // Organisations and concepts next, so that the first hover need not wait for them.
    this.service.prepare(doc);
  }
}
