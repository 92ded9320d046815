/** The language server: adapts LSP to the language service. It owns the connection and nothing else. */
import {
  CancellationToken,
  createConnection,
  DidChangeConfigurationNotification,
  ErrorCodes,
  ResponseError,
  InitializeResult,
  ProposedFeatures,
  SemanticTokensRefreshRequest,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { BUNDLE } from './workers/bundle';
import { CITATIONS_REQUEST, CitationsParams, EXPORT_REFERENCES_REQUEST, ExportReferencesParams, GLOSSARY_REQUEST, isReferenceFormat, REFERENCE_FORMATS, InitializationOptions, PAPER_STATUS_REQUEST, PDF_TEXT_REQUEST, PdfTextParams } from './protocol/requests';
import { SEMANTIC_LEGEND } from './features/semanticTokens';
import { createLanguageService, IScholarlyLanguageService } from './service/languageService';
import { Logger } from './logging';
import { LspLogger } from './lsp/lspLogger';
import { LspPaperWorkspace } from './lsp/lspWorkspace';
import { ClientSettings } from './lsp/clientSettings';
import { DiagnosticsPublisher } from './lsp/diagnosticsPublisher';
import { workDoneProgress } from './lsp/indexProgress';
import { PaperDocument } from './workspace/workspace';
import { BYTES_PER_MB } from './workspace/sizeLimits';
import { PdfTexts } from './workspace/pdfTexts';
import { PdfDocuments } from './lsp/pdfDocuments';
import { BIBLIOGRAPHY_FILES, TEXT_PAPERS } from './workspace/paperSources';
import { pdfPapers } from './workspace/pdfPapers';

const connection = createConnection(ProposedFeatures.all);

function serve(): void {
  const sink = new LspLogger(connection);
  const logger = new Logger(sink);
  const texts = new PdfTexts((m) => logger.warn(m));
  const pdfs = new PdfDocuments(texts);
  // The settings ask whether a document is open before they are read, when the workspace exists.
  const workspace: LspPaperWorkspace = new LspPaperWorkspace(connection, logger, async () => (await settings.windowSettings()).limits.maxIndexedMB * BYTES_PER_MB, [
    TEXT_PAPERS,
    BIBLIOGRAPHY_FILES,
    pdfPapers(texts),
  ]);
  const settings = new ClientSettings(connection, logger, (uri) => workspace.getDocument(uri) !== undefined);
  let service: IScholarlyLanguageService | null = null;
  const ready = (): IScholarlyLanguageService => {
    if (!service) throw new Error('Scholarly Lens got a request before initialize; the client must send initialize first.');
    return service;
  };

  connection.onInitialize((params): InitializeResult => {
    const capabilities = params.capabilities;
    settings.initialize(!!capabilities.workspace?.configuration);
    workspace.initialize(params);
    const options = params.initializationOptions as InitializationOptions | undefined;
    texts.configure({ workerScript: BUNDLE, cacheDir: options?.storagePath });
    service = createLanguageService({
      pdfPages: (uri) => pdfs.pagesOf(uri),
      workspace,
      settings,
      logger: sink,
      annotationHovers: options?.annotationHovers !== false,
      entryCopyCommands: options?.entryCopyCommands === true,
      index: { workerScript: BUNDLE, cacheDir: options?.storagePath },
    });
    const publisher = new DiagnosticsPublisher(connection, workspace, service);
    // A bibliography's problems show whether or not it is open; the citations by key of open manuscripts
    // resolve against the library, so their diagnostics follow it.
    service.onDidChangeLibrary((uri) => {
      void service!.getLibraryDiagnostics(uri).then((diagnostics) => connection.sendDiagnostics({ uri, diagnostics }));
      publisher.republishAll();
    });
    const refreshesTokens = !!capabilities.workspace?.semanticTokens?.refreshSupport;

    connection.onInitialized(() => {
      if (capabilities.workspace?.configuration) {
        connection.client
          .register(DidChangeConfigurationNotification.type, { section: 'scholarlyLens' })
          .catch((error) => logger.warn('could not register for settings changes; restart the server after changing them', error));
      }
      workspace.start(capabilities);
      const progress = capabilities.window?.workDoneProgress
        ? workDoneProgress(connection).catch((error) => void logger.warn('could not show indexing progress', error))
        : Promise.resolve(undefined);
      void progress.then((p) => ready().indexWorkspace(p));
    });
    connection.onDidChangeConfiguration(() => {
      settings.changed();
      publisher.republishAll();
      // The index size limit may have changed: files it skipped may now be read, and the other way round.
      void ready().indexWorkspace();
      if (refreshesTokens) connection.sendRequest(SemanticTokensRefreshRequest.type).catch((error) => logger.warn('could not refresh semantic tokens', error));
    });
    workspace.onDidCloseDocument((uri) => settings.forget(uri));

    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        documentHighlightProvider: true,
        documentSymbolProvider: true,
        workspaceSymbolProvider: true,
        codeActionProvider: { codeActionKinds: ['quickfix'] },
        completionProvider: { triggerCharacters: ['('] },
        semanticTokensProvider: { legend: SEMANTIC_LEGEND, full: true },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'scholarly-lens' },
    };
  });

  connection.onHover((p, token) => withDocument(p.textDocument.uri, null, (s, doc) => s.getHover(doc, p.position, token)));
  connection.onDefinition((p, token) => withDocument(p.textDocument.uri, null, (s, doc) => s.getDefinition(doc, p.position, token)));
  connection.onReferences((p, token) => withDocument(p.textDocument.uri, null, (s, doc) => s.getReferences(doc, p.position, p.context, token)));
  connection.onDocumentHighlight((p, token) => withDocument(p.textDocument.uri, null, (s, doc) => s.getDocumentHighlights(doc, p.position, token)));
  connection.onDocumentSymbol((p, token) => withDocument(p.textDocument.uri, [], (s, doc) => s.getDocumentSymbols(doc, token)));
  connection.onCodeAction((p, token) => withDocument(p.textDocument.uri, [], (s, doc) => s.getCodeActions(doc, p.range, p.context, token)));
  connection.onCompletion((p, token) => withDocument(p.textDocument.uri, [], (s, doc) => s.getCompletionItems(doc, p.position, token)));
  connection.languages.semanticTokens.on((p, token) => withDocument(p.textDocument.uri, { data: [] }, (s, doc) => s.getSemanticTokens(doc, token)));
  connection.onRequest(CITATIONS_REQUEST, (p: CitationsParams, token) => withDocument(p.textDocument.uri, [], (s, doc) => s.getCitations(doc, token)));
  connection.onRequest(PAPER_STATUS_REQUEST, (p: CitationsParams) => withDocument(p.textDocument.uri, {}, (s, doc) => s.getPaperStatus(doc)));
  connection.onRequest(EXPORT_REFERENCES_REQUEST, (p: ExportReferencesParams, token) => {
    if (!isReferenceFormat(p.format)) throw new ResponseError(ErrorCodes.InvalidParams, `unknown format '${String(p.format)}': use one of ${REFERENCE_FORMATS.join(', ')}`);
    return withDocument(p.textDocument.uri, { text: '', count: 0 }, (s, doc) => s.exportReferences(doc, p.format, p.entries, token));
  });
  connection.onRequest(PDF_TEXT_REQUEST, (p: PdfTextParams) => pdfs.textOf(p.uri));
  connection.onWorkspaceSymbol((p, token) => ready().getWorkspaceSymbols(p.query, token));
  // The glossary takes no parameters; clients that send null still put the token last.
  connection.onRequest(GLOSSARY_REQUEST, (...args: unknown[]) => ready().getGlossary(args[args.length - 1] as CancellationToken));

  /** Runs a request on an open document; one the client never opened, or a failure (a URI no path can be made of), gets `fallback`. */
  async function withDocument<R>(uri: string, fallback: R, run: (s: IScholarlyLanguageService, doc: PaperDocument) => Promise<R>): Promise<R> {
    const doc = workspace.getDocument(uri);
    if (!doc) return fallback;
    const service = ready();
    try {
      return await run(service, doc);
    } catch (error) {
      logger.error(`could not answer a request on ${uri}`, error);
      return fallback;
    }
  }

  // A failure in one request must never take the server down for the reader.
  process.on('unhandledRejection', (error) => logger.error('could not finish a request', error));
}

serve();
connection.listen();
