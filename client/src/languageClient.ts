import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, LanguageClientOptions, ServerOptions, TransportKind } from 'vscode-languageclient/node';
import { COPY_ENTRY_COMMAND, InitializationOptions, PDF_PAPER_SCHEME } from '../../server/src/protocol';

/** Plain-text and Markdown documents, on disk or unsaved, and PDF papers opened as text. */
export const PAPER_SELECTOR = [
  { scheme: PDF_PAPER_SCHEME },
  { language: 'plaintext', scheme: 'file' },
  { language: 'plaintext', scheme: 'untitled' },
  { language: 'markdown', scheme: 'file' },
  { language: 'markdown', scheme: 'untitled' },
];

export function createLanguageClient(context: vscode.ExtensionContext): LanguageClient {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009', '--enable-source-maps'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: PAPER_SELECTOR,
    synchronize: { configurationSection: 'scholarlyLens' },
    // VS Code shows annotation notes on the highlights themselves (client/src/annotations).
    initializationOptions: {
      annotationHovers: false,
      entryCopyCommands: true,
      // The workspace index caches paper summaries here (per workspace; global storage when no folder is open).
      storagePath: (context.storageUri ?? context.globalStorageUri).fsPath,
    } satisfies InitializationOptions,
    // Hovers may run the copy command their entry links name, and nothing else.
    markdown: { isTrusted: { enabledCommands: [COPY_ENTRY_COMMAND] } },
    // The server's log lines (window/logMessage), with their levels, in Output › Scholarly Lens.
    outputChannel: vscode.window.createOutputChannel('Scholarly Lens', { log: true }),
  };
  return new LanguageClient('scholarlyLens', 'Scholarly Lens', serverOptions, clientOptions);
}
