import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
import { CITATIONS_REQUEST, CitationInfo, CitationsParams, PAPER_STATUS_REQUEST, PaperStatus } from '../../server/src/protocol';

/** Waits this long after the last edit before asking the server for new counts. */
const REFRESH_DELAY_MS = 300;

/**
 * "42 citations · 3 unresolved" for the paper in the active editor, or why it is not analysed (too large);
 * hidden for anything else.
 */
export class CitationStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Left, 100);
  private readonly subscriptions: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly client: LanguageClient, private readonly selector: vscode.DocumentSelector) {
    this.item.name = 'Scholarly Lens';
    this.subscriptions.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule(0)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === vscode.window.activeTextEditor?.document) this.schedule(REFRESH_DELAY_MS);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('scholarlyLens')) this.schedule(0);
      }),
    );
    this.schedule(0);
  }

  private schedule(delay: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), delay);
  }

  private async refresh(): Promise<void> {
    const doc = vscode.window.activeTextEditor?.document;
    const enabled = vscode.workspace.getConfiguration('scholarlyLens', doc?.uri).get<boolean>('enable', true);
    if (!doc || !enabled || !vscode.languages.match(this.selector, doc)) {
      this.item.hide();
      return;
    }
    try {
      const params: CitationsParams = { textDocument: { uri: doc.uri.toString() } };
      const status = await this.client.sendRequest<PaperStatus>(PAPER_STATUS_REQUEST, params);
      if (status?.notAnalysed) {
        this.item.text = `$(warning) ${status.notAnalysed}`;
        this.item.tooltip = 'Click to open the scholarlyLens.limits.maxAnalysedMB setting';
        this.item.command = { title: 'Open setting', command: 'workbench.action.openSettings', arguments: ['scholarlyLens.limits.maxAnalysedMB'] };
        this.item.show();
        return;
      }
      const citations = await this.client.sendRequest<CitationInfo[]>(CITATIONS_REQUEST, params);
      if (!citations || citations.length === 0) {
        this.item.hide();
        return;
      }
      const unresolved = citations.filter((c) => c.status !== 'resolved').length;
      this.item.text = `$(book) ${citations.length} citation${citations.length === 1 ? '' : 's'} · ${unresolved} unresolved`;
      this.item.tooltip = 'Scholarly Lens: citations in this paper (click for the Problems panel)';
      this.item.command = 'workbench.actions.view.problems';
      this.item.show();
    } catch (error) {
      this.client.warn('The status bar could not count the citations of the active paper', error, false);
      this.item.hide();
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.item.dispose();
    this.subscriptions.forEach((s) => s.dispose());
  }
}
