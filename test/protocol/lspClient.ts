import { ChildProcess, spawn } from 'child_process';
import * as path from 'path';
import { createMessageConnection, MessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';

export const SERVER = path.resolve(__dirname, '../../../dist/server.js');

export interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  message: string;
  code: string;
  severity: number;
}

/** A real LSP client over stdio, as Neovim or the evaluation start the server. */
/** What the tests' editor sets: their papers are a few lines, not papers, so Scholarly Lens shows in every document. */
export const TEST_SETTINGS = { showIn: 'everyDocument' };

export class LspClient {
  readonly diagnostics = new Map<string, Diagnostic[]>();
  private readonly waiters: Array<() => void> = [];
  private constructor(private readonly child: ChildProcess, readonly connection: MessageConnection) {}

  /**
   * `settings` answers the server's workspace/configuration requests (null: the editor has none);
   * `initializationOptions` are Scholarly Lens's own; with `workDoneProgress` the server reports indexing as progress.
   */
  static async start(rootUri: string | null = null, settings: unknown = TEST_SETTINGS, extra: { initializationOptions?: unknown; workDoneProgress?: boolean } = {}): Promise<LspClient> {
    const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new LspClient(child, connection);
    connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: Diagnostic[] }) => {
      client.diagnostics.set(p.uri, p.diagnostics);
      client.waiters.splice(0).forEach((w) => w());
    });
    connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => settings));
    connection.onRequest(() => null);
    connection.listen();
    await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: rootUri ? [{ uri: rootUri, name: 'root' }] : null,
      capabilities: { workspace: { configuration: true }, window: { workDoneProgress: extra.workDoneProgress ?? false } },
      initializationOptions: extra.initializationOptions,
    });
    connection.sendNotification('initialized', {});
    return client;
  }

  open(uri: string, text: string, languageId = 'plaintext'): void {
    this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  request<T>(method: string, params: unknown): Promise<T> {
    return this.connection.sendRequest(method, params) as Promise<T>;
  }

  /** Resolves once diagnostics for `uri` have arrived. */
  async diagnosticsFor(uri: string, timeoutMs = 10_000): Promise<Diagnostic[]> {
    const deadline = Date.now() + timeoutMs;
    while (!this.diagnostics.has(uri)) {
      if (Date.now() > deadline) throw new Error(`no diagnostics for ${uri} within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 100);
      });
    }
    return this.diagnostics.get(uri)!;
  }

  async stop(): Promise<void> {
    // A server that exits on `shutdown` closes its input before `exit` is written.
    this.child.stdin?.on('error', () => undefined);
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.connection.sendNotification('exit');
    } finally {
      this.connection.dispose();
      this.child.kill();
    }
  }
}
