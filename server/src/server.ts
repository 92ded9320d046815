import {
  createConnection,
  DidChangeConfigurationNotification,
  InitializeParams,
  InitializeResult,
  ProposedFeatures,
  SemanticTokensRefreshRequest,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Paper } from './analysis';
import { PaperCache } from './workspace/paperCache';
import { WorkspaceFolders } from './workspace/folders';
import { annotationHover } from './features/annotationHover';
import { annotationSymbols } from './features/annotationSymbols';
import { annotationDiagnostics } from './features/annotationDiagnostics';
import { forgetAnnotations } from './features/annotationCache';
import { mergeHovers } from './features/mergeHovers';
import { citationsInfo, CITATIONS_REQUEST } from './features/citationsRequest';
import { codeActions } from './features/codeActions';
import { completion } from './features/completion';
import { definition } from './features/definition';
import { diagnostics } from './features/diagnostics';
import { documentHighlights } from './features/documentHighlight';
import { documentSymbols } from './features/documentSymbols';
import { hover } from './features/hover';
import { toOffset } from './features/positions';
import { references } from './features/references';
import { SEMANTIC_LEGEND, semanticTokens } from './features/semanticTokens';
import { defaultSettings, readSettings, Settings } from './features/settings';
import { WorkspaceService } from './workspace/workspaceService';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const papers = new PaperCache();
const settingsByUri = new Map<string, Promise<Settings>>();
const pendingDiagnostics = new Map<string, NodeJS.Timeout>();
/** Typing pauses this long before diagnostics are recomputed. */
const DIAGNOSTICS_DELAY_MS = 150;
let clientHasConfiguration = false;
let clientHasWorkspaceFolders = false;
let clientRefreshesTokens = false;
const folders = new WorkspaceFolders();
/** Every paper of the workspace folders, indexed in the background. */
const workspace = new WorkspaceService(connection, { paperOf, openUris: () => documents.all().map((d) => d.uri) });
/** VS Code shows annotation notes on its own highlights; other editors get them as hovers. */
let annotationHovers = true;

function paperOf(uri: string): Paper | null {
  const doc = documents.get(uri);
  return doc ? papers.get(uri, doc.version, () => doc.getText()) : null;
}

function settingsOf(uri: string): Promise<Settings> {
  if (!clientHasConfiguration) return Promise.resolve(defaultSettings());
  let s = settingsByUri.get(uri);
  if (!s) {
    s = connection.workspace
      .getConfiguration({ scopeUri: uri, section: 'scholarlyLens' })
      .then(readSettings, () => defaultSettings());
    settingsByUri.set(uri, s);
  }
  return s;
}

function logFailure(what: string): (error: unknown) => void {
  return (error) => connection.console.warn(`Scholarly Lens could not ${what}: ${error instanceof Error ? error.message : String(error)}`);
}

/** Runs a feature over the current paper; a failure is logged and answered with `fallback`, never a crash. */
async function withPaper<T>(uri: string, fallback: T, run: (paper: Paper) => T): Promise<T> {
  try {
    const settings = await settingsOf(uri);
    const paper = settings.enable ? paperOf(uri) : null;
    return paper ? run(paper) : fallback;
  } catch (error) {
    connection.console.error(`Scholarly Lens failed on ${uri}: ${error instanceof Error ? error.stack : String(error)}`);
    return fallback;
  }
}

/** Reads the reader annotations of an open document; a broken store or a failure gives `fallback`. */
async function readerAnnotations<T>(uri: string, run: (doc: TextDocument, folder: string) => Promise<T>, fallback: T): Promise<T> {
  const doc = documents.get(uri);
  const folder = folders.folderOf(uri);
  if (!doc || !folder) return fallback;
  try {
    return await run(doc, folder);
  } catch (error) {
    connection.console.error(`Scholarly Lens could not read the annotations of ${uri}: ${error instanceof Error ? error.message : String(error)}`);
    return fallback;
  }
}

async function publishDiagnostics(uri: string): Promise<void> {
  const settings = await settingsOf(uri);
  const found = await withPaper(uri, [], (paper) => diagnostics(uri, paper, settings));
  const store = await readerAnnotations(uri, (doc, folder) => annotationDiagnostics(doc.uri, doc.getText(), folder), []);
  if (documents.get(uri)) await connection.sendDiagnostics({ uri, diagnostics: [...store, ...found] });
  // Organisations and concepts are worked out on first use; do it now, so the first hover need not wait.
  setImmediate(() => void withPaper(uri, 0, (paper) => paper.organisations.length + paper.concepts.length));
}

function scheduleDiagnostics(uri: string, delay: number): void {
  clearTimeout(pendingDiagnostics.get(uri));
  pendingDiagnostics.set(uri, setTimeout(() => {
    pendingDiagnostics.delete(uri);
    void publishDiagnostics(uri);
  }, delay));
}

connection.onInitialize((params: InitializeParams): InitializeResult => {
  clientHasConfiguration = !!params.capabilities.workspace?.configuration;
  clientHasWorkspaceFolders = !!params.capabilities.workspace?.workspaceFolders;
  clientRefreshesTokens = !!params.capabilities.workspace?.semanticTokens?.refreshSupport;
  folders.init(params);
  annotationHovers = (params.initializationOptions as { annotationHovers?: boolean } | undefined)?.annotationHovers !== false;
  const workspaceCapabilities = workspace.initialize(params);
  return {
    capabilities: {
      ...workspaceCapabilities,
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      documentHighlightProvider: true,
      documentSymbolProvider: true,
      codeActionProvider: { codeActionKinds: ['quickfix'] },
      completionProvider: { triggerCharacters: ['('] },
      semanticTokensProvider: { legend: SEMANTIC_LEGEND, full: true },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'scholarly-lens' },
  };
});

connection.onInitialized(() => {
  if (clientHasConfiguration) {
    connection.client.register(DidChangeConfigurationNotification.type, { section: 'scholarlyLens' }).catch(logFailure('register for settings changes'));
  }
  if (clientHasWorkspaceFolders) connection.workspace.onDidChangeWorkspaceFolders((e) => folders.change(e.added, e.removed));
  if (clientHasWorkspaceFolders) connection.workspace.onDidChangeWorkspaceFolders((e) => workspace.foldersChanged(e.added, e.removed));
  workspace.start();
});

connection.onDidChangeConfiguration(() => {
  settingsByUri.clear();
  for (const doc of documents.all()) scheduleDiagnostics(doc.uri, 0);
  if (clientRefreshesTokens) connection.sendRequest(SemanticTokensRefreshRequest.type).catch(logFailure('refresh semantic tokens'));
});

documents.onDidOpen((e) => scheduleDiagnostics(e.document.uri, 0));
documents.onDidChangeContent((e) => scheduleDiagnostics(e.document.uri, DIAGNOSTICS_DELAY_MS));
documents.onDidClose((e) => {
  clearTimeout(pendingDiagnostics.get(e.document.uri));
  papers.delete(e.document.uri);
  forgetAnnotations(e.document.uri);
  settingsByUri.delete(e.document.uri);
  void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
});

connection.onHover(async ({ textDocument, position }) => {
  const found = await withPaper(textDocument.uri, null, (p) => hover(p, toOffset(p, position), workspace.scope(textDocument.uri)));
  if (!annotationHovers) return found;
  const annotated = await readerAnnotations(textDocument.uri, (doc, folder) => annotationHover(doc.uri, doc.getText(), folder, position), null);
  return mergeHovers(found, annotated);
});
connection.onDefinition(({ textDocument, position }) =>
  withPaper(textDocument.uri, null, (p) => definition(textDocument.uri, p, toOffset(p, position), workspace.scope(textDocument.uri))),
);
connection.onReferences(({ textDocument, position, context }) =>
  withPaper(textDocument.uri, null, (p) =>
    references(textDocument.uri, p, toOffset(p, position), context.includeDeclaration, workspace.scope(textDocument.uri)),
  ),
);
connection.onDocumentHighlight(({ textDocument, position }) =>
  withPaper(textDocument.uri, null, (p) => documentHighlights(p, toOffset(p, position))),
);
connection.onDocumentSymbol(async ({ textDocument }) => [
  ...(await withPaper(textDocument.uri, [], (p) => documentSymbols(p))),
  ...(await readerAnnotations(textDocument.uri, (doc, folder) => annotationSymbols(doc.uri, doc.getText(), folder), [])),
]);
connection.onCodeAction(({ textDocument, range, context }) =>
  withPaper(textDocument.uri, [], (p) => codeActions(textDocument.uri, p, range, context.diagnostics)),
);
connection.onCompletion(({ textDocument, position }) =>
  withPaper(textDocument.uri, [], (p) => completion(p, toOffset(p, position))),
);
connection.languages.semanticTokens.on(({ textDocument }) =>
  withPaper(textDocument.uri, { data: [] }, (p) => semanticTokens(p)),
);
connection.onRequest(CITATIONS_REQUEST, ({ textDocument }: { textDocument: { uri: string } }) =>
  withPaper(textDocument.uri, [], (p) => citationsInfo(textDocument.uri, p)),
);

// A failure in one request must never take the server down for the reader.
process.on('unhandledRejection', (error) => logFailure('finish a request')(error));

workspace.listen();
documents.listen(connection);
connection.listen();
