/**
 * The language service: every feature of Scholarly Lens behind one object, over a workspace it is given.
 * Each method takes the document, then a position, range or options, then a cancellation token; the LSP
 * server only adapts the protocol to it (see `server.ts`), tests call it directly over an in-memory workspace.
 */
import { PdfPage } from '../pdf/pageMap';
import { withPdfPage } from '../features/pdfPage';
import { isPdfDocument } from '../workspace/pdfUris';
import {
  CancellationToken,
  CodeAction,
  CompletionItem,
  Diagnostic,
  Disposable,
  DocumentHighlight,
  DocumentSymbol,
  Event,
  Hover,
  Location,
  Position,
  Range,
  SemanticTokens,
  SymbolInformation,
} from 'vscode-languageserver';
import { OtherPapers, PaperAnalysis, readsAsPaper, WorkspaceRegistry } from '../analysis';
import { CitationInfo, ExportedReferences, PaperStatus, ReferenceFormat } from '../protocol/requests';
import { ILogger, Logger } from '../logging';
import { IPaperWorkspace, PaperDocument } from '../workspace/workspace';
import { PaperCache } from '../workspace/paperCache';
import { IndexProgress, WorkspaceIndex } from '../workspace/workspaceIndex';
import { IndexOptions } from '../workspace/paperSummaries';
import { CitedContext, PaperContext } from '../features/context';
import { Settings } from './settings';
import { BYTES_PER_MB } from '../workspace/sizeLimits';
import { toOffset } from '../features/positions';
import { hover } from '../features/hover';
import { definition } from '../features/definition';
import { references } from '../features/references';
import { documentHighlights } from '../features/documentHighlight';
import { documentSymbols } from '../features/documentSymbols';
import { codeActions } from '../features/codeActions';
import { copyEntryActions, exportReferences } from '../features/exportReferences';
import { keyCitationActions, keyCitationDefinition, keyCitationDiagnostics, keyCompletions } from '../features/keyCitations';
import { manuscriptActions, manuscriptDefinition, manuscriptDiagnostics } from '../features/manuscriptCitations';
import { completion } from '../features/completion';
import { semanticTokens } from '../features/semanticTokens';
import { diagnostics, libraryDiagnostics } from '../features/diagnostics';
import { isLibraryFile } from '../workspace/paperSources';
import { citations } from '../features/citations';
import { workspaceSymbols } from '../features/workspaceSymbols';
import { glossaryMarkdown } from '../features/glossary';
import { AnchoredAnnotations } from '../features/annotationCache';
import { annotationHover } from '../features/annotationHover';
import { annotationSymbols } from '../features/annotationSymbols';
import { annotationDiagnostics } from '../features/annotationDiagnostics';
import { mergeHovers } from '../features/mergeHovers';
import { paperStatus } from '../features/paperStatus';

/** The `scholarlyLens.*` settings that apply to a document. */
export interface ISettingsProvider {
  settingsFor(uri: string): Promise<Settings>;
  /** The settings of no document in particular; without it, those of the empty URI. */
  windowSettings?(): Promise<Settings>;
}

export interface LanguageServiceOptions {
  workspace: IPaperWorkspace;
  settings: ISettingsProvider;
  logger: ILogger;
  /** Show reader annotations as hovers (editors that do not draw them themselves). */
  annotationHovers?: boolean;
  /** The client runs `COPY_ENTRY_COMMAND`: entry hovers link to it, and entries get code actions that run it. */
  entryCopyCommands?: boolean;
  /** The page map of a document read from a PDF (none for other documents): hovers name the page. */
  pdfPages?: (documentUri: string) => PdfPage[] | undefined;
  /** Worker threads and cache of the workspace index. */
  index?: IndexOptions;
}

export interface IScholarlyLanguageService extends Disposable {
  getHover(document: PaperDocument, position: Position, token: CancellationToken): Promise<Hover | null>;
  getDefinition(document: PaperDocument, position: Position, token: CancellationToken): Promise<Location[] | null>;
  getReferences(document: PaperDocument, position: Position, options: { includeDeclaration: boolean }, token: CancellationToken): Promise<Location[] | null>;
  getDocumentHighlights(document: PaperDocument, position: Position, token: CancellationToken): Promise<DocumentHighlight[] | null>;
  getDocumentSymbols(document: PaperDocument, token: CancellationToken): Promise<DocumentSymbol[]>;
  getCodeActions(document: PaperDocument, range: Range, options: { diagnostics: Diagnostic[] }, token: CancellationToken): Promise<CodeAction[]>;
  getCompletionItems(document: PaperDocument, position: Position, token: CancellationToken): Promise<CompletionItem[]>;
  getSemanticTokens(document: PaperDocument, token: CancellationToken): Promise<SemanticTokens>;
  /** The paper's problems (and a broken annotation store), each at the severity its code is set to. */
  computeDiagnostics(document: PaperDocument, token: CancellationToken): Promise<Diagnostic[]>;
  getCitations(document: PaperDocument, token: CancellationToken): Promise<CitationInfo[]>;
  /** Whether the document is analysed: a paper over `scholarlyLens.limits.maxAnalysedMB` is not (every feature answers empty). */
  getPaperStatus(document: PaperDocument): Promise<PaperStatus>;
  getWorkspaceSymbols(query: string, token: CancellationToken): Promise<SymbolInformation[]>;
  getGlossary(token: CancellationToken): Promise<string>;
  /** The document's reference entries (all, or those asked for) in a reference manager's format. */
  exportReferences(document: PaperDocument, format: ReferenceFormat, entries: number[] | undefined, token: CancellationToken): Promise<ExportedReferences>;
  /** Reads a document's organisations and concepts ahead of the first request that needs them. */
  prepare(document: PaperDocument): void;
  /** A bibliography file of the reader's library was read again, or is gone. */
  readonly onDidChangeLibrary: Event<string>;
  /** What is wrong in a bibliography file, whether or not it is open. */
  getLibraryDiagnostics(uri: string): Promise<Diagnostic[]>;
  /** Indexes every paper of the workspace folders in the background. */
  indexWorkspace(progress?: IndexProgress): Promise<void>;
  /** Whether the service still keeps anything for a document: nothing once it is closed. */
  holds(uri: string): boolean;
}

export function createLanguageService(options: LanguageServiceOptions): IScholarlyLanguageService {
  return new ScholarlyLanguageService(options);
}

const NO_TOKENS: SemanticTokens = { data: [] };

class ScholarlyLanguageService implements IScholarlyLanguageService {
  private readonly workspace: IPaperWorkspace;
  private readonly settings: ISettingsProvider;
  private readonly logger: Logger;
  private readonly annotationHovers: boolean;
  private readonly entryCopyCommands: boolean;
  private readonly pdfPages: (documentUri: string) => PdfPage[] | undefined;
  private readonly papers = new PaperCache();
  private readonly annotations = new AnchoredAnnotations();
  /** One view of the workspace per paper and registry, so that what features work out from it is kept until a paper changes. */
  private readonly views = new WeakMap<WorkspaceRegistry, { version: number; byUri: Map<string, OtherPapers> }>();
  private readonly index: WorkspaceIndex;
  private readonly subscriptions: Disposable[];

  constructor(options: LanguageServiceOptions) {
    this.workspace = options.workspace;
    this.settings = options.settings;
    this.logger = new Logger(options.logger);
    this.annotationHovers = options.annotationHovers ?? true;
    this.entryCopyCommands = options.entryCopyCommands ?? false;
    this.pdfPages = options.pdfPages ?? (() => undefined);
    this.index = new WorkspaceIndex(this.workspace, this.papers, this.logger, options.index);
    this.subscriptions = [
      this.index,
      this.workspace.onDidCloseDocument((uri) => this.release(uri)),
    ];
  }

  async getHover(document: PaperDocument, position: Position, token: CancellationToken): Promise<Hover | null> {
    // The annotation store is looked up on disk while the paper's own hover is worked out.
    const annotated = this.annotationHovers
      ? this.withAnnotations(document, null, (folder) => annotationHover(this.annotations, document.uri, document.getText(), folder, position))
      : null;
    const shown = await this.shownAsPaper(document, token);
    const found = await this.withPaper(document, token, null, (ctx) => {
      const offset = toOffset(ctx.paper, position);
      return withPdfPage(hover(ctx, offset, { terms: shown, copyLinks: this.entryCopyCommands, library: this.index.library }), this.pdfPages(document.uri), offset);
    });
    if (!annotated || token.isCancellationRequested) return found;
    return mergeHovers(found, await annotated);
  }

  getDefinition(document: PaperDocument, position: Position, token: CancellationToken): Promise<Location[] | null> {
    return this.withPaper(document, token, null, (ctx) => {
      const offset = toOffset(ctx.paper, position);
      return keyCitationDefinition(ctx.paper, this.index.library, offset) ?? manuscriptDefinition(ctx.paper, this.index.library, offset) ?? definition(ctx, offset);
    });
  }

  getReferences(document: PaperDocument, position: Position, options: { includeDeclaration: boolean }, token: CancellationToken): Promise<Location[] | null> {
    return this.withPaper(document, token, null, (ctx) => references(ctx, toOffset(ctx.paper, position), options.includeDeclaration));
  }

  getDocumentHighlights(document: PaperDocument, position: Position, token: CancellationToken): Promise<DocumentHighlight[] | null> {
    return this.withCited(document, token, null, (ctx) => documentHighlights(ctx, toOffset(ctx.paper, position)));
  }

  async getDocumentSymbols(document: PaperDocument, token: CancellationToken): Promise<DocumentSymbol[]> {
    const own = (await this.shownAsPaper(document, token)) ? await this.withPaper(document, token, [], (ctx) => documentSymbols(ctx)) : [];
    const annotated = await this.withAnnotations(document, [], (folder) => annotationSymbols(this.annotations, document.uri, document.getText(), folder));
    return [...own, ...annotated];
  }

  getCodeActions(document: PaperDocument, range: Range, options: { diagnostics: Diagnostic[] }, token: CancellationToken): Promise<CodeAction[]> {
    const copies = (ctx: CitedContext): CodeAction[] => (this.entryCopyCommands ? copyEntryActions(ctx, range) : []);
    // A PDF paper is read-only: its fixes stay in the diagnostics' messages and related entries, as notes.
    if (isPdfDocument(document.uri)) return this.withCited(document, token, [], copies);
    return this.withCited(document, token, [], (ctx) => [
      ...codeActions(ctx, range, options.diagnostics),
      ...keyCitationActions(ctx, this.index.library, range, options.diagnostics),
      ...manuscriptActions(ctx, this.index.library, range, options.diagnostics),
      ...copies(ctx),
    ]);
  }

  getCompletionItems(document: PaperDocument, position: Position, token: CancellationToken): Promise<CompletionItem[]> {
    return this.withCited(document, token, [], (ctx) => {
      const offset = toOffset(ctx.paper, position);
      return [...keyCompletions(ctx.paper, this.index.library, offset), ...completion(ctx, offset)];
    });
  }

  async getSemanticTokens(document: PaperDocument, token: CancellationToken): Promise<SemanticTokens> {
    if (!(await this.shownAsPaper(document, token))) return NO_TOKENS;
    return this.withCited(document, token, NO_TOKENS, (ctx) => semanticTokens(ctx));
  }

  async computeDiagnostics(document: PaperDocument, token: CancellationToken): Promise<Diagnostic[]> {
    const settings = await this.settings.settingsFor(document.uri);
    if (isLibraryFile(document.uri)) return libraryDiagnostics(this.index.libraryProblems(document.uri), settings.severity);
    const found = await this.withCited(document, token, [], (ctx) => [
      ...diagnostics(ctx, settings.severity),
      ...keyCitationDiagnostics(ctx.paper, this.index.library, settings.severity),
      ...manuscriptDiagnostics(ctx.paper, this.index.library, settings.severity),
    ]);
    const store = await this.withAnnotations(document, [], (folder) => annotationDiagnostics(this.annotations, document.uri, document.getText(), folder));
    return [...store, ...found];
  }

  async getCitations(document: PaperDocument, token: CancellationToken): Promise<CitationInfo[]> {
    if (!(await this.shownAsPaper(document, token))) return [];
    return this.withCited(document, token, [], (ctx) => citations(ctx));
  }

  /** Whether the paper's outline, counts, colours and term hovers show in this document (see `readsAsPaper` and the showIn setting). */
  private async shownAsPaper(document: PaperDocument, token: CancellationToken): Promise<boolean> {
    if ((await this.settings.settingsFor(document.uri)).showIn === 'everyDocument') return true;
    return this.withCited(document, token, false, (ctx) => readsAsPaper(ctx.paper));
  }

  getPaperStatus(document: PaperDocument): Promise<PaperStatus> {
    return this.guard(`tell the status of ${document.uri}`, {}, async () => {
      const settings = await this.settingsWithLimit(document);
      return paperStatus(this.papers.oversize(document), settings.limits.maxAnalysedMB);
    });
  }

  async getWorkspaceSymbols(query: string, token: CancellationToken): Promise<SymbolInformation[]> {
    return this.guard('list workspace symbols', [], async () => {
      await this.followShowIn();
      return token.isCancellationRequested ? [] : workspaceSymbols(this.index.registry(), query);
    });
  }

  async getGlossary(token: CancellationToken): Promise<string> {
    return this.guard('build the glossary', '', async () => {
      await this.followShowIn();
      return token.isCancellationRequested ? '' : glossaryMarkdown(this.index.registry(), this.index.indexing);
    });
  }

  get onDidChangeLibrary(): Event<string> {
    return (listener, thisArgs, disposables) => this.index.onDidChangeLibrary(({ uri }) => listener.call(thisArgs, uri), undefined, disposables);
  }

  async getLibraryDiagnostics(uri: string): Promise<Diagnostic[]> {
    return libraryDiagnostics(this.index.libraryProblems(uri), (await this.settings.settingsFor(uri)).severity);
  }

  exportReferences(document: PaperDocument, format: ReferenceFormat, entries: number[] | undefined, token: CancellationToken): Promise<ExportedReferences> {
    return this.withCited(document, token, { text: '', count: 0 }, (ctx) => exportReferences(ctx.paper, format, entries));
  }

  /** Files of the workspace that are no papers count among its papers only when the showIn setting asks for every document. */
  private async followShowIn(): Promise<void> {
    this.index.includeEveryFile((await this.windowSettings()).showIn === 'everyDocument');
  }

  private windowSettings(): Promise<Settings> {
    return this.settings.windowSettings?.() ?? this.settings.settingsFor('');
  }

  prepare(document: PaperDocument): void {
    setImmediate(() => {
      if (this.workspace.getDocument(document.uri)?.version !== document.version) return;
      void this.guard(`read the terms of ${document.uri}`, null, () => this.papers.get(document).paper());
    });
  }

  async indexWorkspace(progress?: IndexProgress): Promise<void> {
    const settings = await this.windowSettings();
    this.index.setBibliographies(settings.bibliographies);
    return this.index.indexAll(progress);
  }

  holds(uri: string): boolean {
    return this.papers.has(uri) || this.annotations.has(uri) || this.index.holdsDocument(uri);
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }

  private release(uri: string): void {
    this.papers.delete(uri);
    this.annotations.forget(uri);
  }

  /** A request that was still running when its document closed has just cached it again: let go of it. */
  private releaseIfClosed(document: PaperDocument): void {
    if (!this.workspace.getDocument(document.uri)) this.release(document.uri);
  }

  /** The document's analysis when Scholarly Lens is enabled for it and it is not too large, else null. */
  private async analysisOf(document: PaperDocument): Promise<PaperAnalysis | null> {
    const settings = await this.settingsWithLimit(document);
    this.index.includeEveryFile(settings.showIn === 'everyDocument');
    return settings.enable && this.papers.oversize(document) === undefined ? this.papers.get(document) : null;
  }

  /** The document's settings, its size limit passed on to the paper cache. */
  private async settingsWithLimit(document: PaperDocument): Promise<Settings> {
    const settings = await this.settings.settingsFor(document.uri);
    this.papers.limitTo(settings.limits.maxAnalysedMB * BYTES_PER_MB);
    return settings;
  }

  /** Runs a feature over the document's citations; a failure is logged and answered with `fallback`, never a crash. */
  private withCited<T>(document: PaperDocument, token: CancellationToken, fallback: T, run: (ctx: CitedContext) => T): Promise<T> {
    return this.guard(`answer a request on ${document.uri}`, fallback, async () => {
      const analysis = await this.analysisOf(document);
      return analysis && !token.isCancellationRequested ? run({ uri: document.uri, paper: analysis.cited }) : fallback;
    }, document);
  }

  /** As `withCited`, over the whole model and what the other papers of the workspace say. */
  private withPaper<T>(document: PaperDocument, token: CancellationToken, fallback: T, run: (ctx: PaperContext) => T): Promise<T> {
    return this.guard(`answer a request on ${document.uri}`, fallback, async () => {
      const analysis = await this.analysisOf(document);
      if (!analysis || token.isCancellationRequested) return fallback;
      return run({ uri: document.uri, paper: analysis.paper(), others: this.othersFor(document.uri) });
    }, document);
  }

  /** What the other papers say, seen from `uri`, over the registry as it is now (a view lasts until a paper changes). */
  private othersFor(uri: string): OtherPapers {
    const registry = this.index.registry();
    let view = this.views.get(registry);
    if (!view || view.version !== registry.version) this.views.set(registry, (view = { version: registry.version, byUri: new Map() }));
    const byUri = view.byUri;
    let others = byUri.get(uri);
    if (!others) byUri.set(uri, (others = new OtherPapers(registry, uri)));
    return others;
  }

  /** Runs an annotation feature for a file in a workspace folder; a broken store, a paper too large or a failure gives `fallback`. */
  private async withAnnotations<T>(document: PaperDocument, fallback: T, run: (folder: string) => Promise<T>): Promise<T> {
    const folder = this.workspace.folderOf(document.uri);
    if (!folder) return fallback;
    return this.guard(
      `read the annotations of ${document.uri}`,
      fallback,
      async () => {
        await this.settingsWithLimit(document);
        return this.papers.oversize(document) === undefined ? run(folder) : fallback;
      },
      document,
    );
  }

  /** Runs `run`, logging a failure and answering `fallback`; for a request on `document`, lets go of it if it closed meanwhile. */
  private async guard<T>(what: string, fallback: T, run: () => T | Promise<T>, document?: PaperDocument): Promise<T> {
    try {
      return await run();
    } catch (error) {
      this.logger.error(`could not ${what}`, error);
      return fallback;
    } finally {
      if (document) this.releaseIfClosed(document);
    }
  }
}
