/**
 * Every paper of the workspace folders, analysed in the background (by worker threads in the server) and
 * kept up to date as files change. Requests never wait on it: they read whatever has been indexed so far
 * (open documents always count, in their editor version). A paper on disk is kept as its compact summary.
 */
import { Disposable, Emitter, Event } from 'vscode-languageserver';
import { PaperRef, readsAsPaper, WorkspacePaper, WorkspaceRegistry } from '../analysis';
import { Logger } from '../logging';
import { IPaperWorkspace, PaperDocument } from './workspace';
import { PaperCache } from './paperCache';
import { fileName } from './fileName';
import { isLibraryFile, sourceOf } from './paperSources';
import { ReaderLibrary } from '../library/readerLibrary';
import { LibraryReader, libraryReader } from '../library/libraryReader';
import { LibraryFile, LibraryProblem } from '../library/libraryItem';
import { NamedBibliographies, NamedBibliographyError } from '../library/namedBibliographies';
import { isPdfDocument, pdfFileUriOf } from './pdfUris';
import { IndexOptions, PaperSummaries, paperSummaries } from './paperSummaries';
import { workspacePaperOf } from './paperSummary';

/** More files than this are not indexed (a folder of data, not of papers). */
const MAX_FILES = 20_000;
/** Files read (and analysed, by the workers) at once in a pass. */
const READS_AT_ONCE = 32;

export interface IndexProgress {
  begin(total: number): void;
  report(done: number, total: number, file: string): void;
  done(): void;
}

export class WorkspaceIndex implements Disposable {
  /** Every file read, and whether it is a paper: a README is read, and shown among the papers only when every document is asked for. */
  private readonly disk = new Map<string, { paper: WorkspacePaper; stamp: string; isPaper: boolean }>();
  private everyFile = false;
  private readonly summaries: PaperSummaries;
  /** The latest read of each file being read: an older one that ends later is dropped. */
  private readonly reads = new Map<string, number>();
  private reading = 0;
  private analysed = 0;
  private readonly known = new WorkspaceRegistry();
  /** Open documents registered in their editor version. */
  private shownOpen = new Set<string>();
  private running: Promise<void> | null = null;
  /** How far the pass under way has come (null between passes). */
  private passProgress: { done: number; total: number } | null = null;
  private rerun = false;
  private readonly subscriptions: Disposable[];
  /** The works of the workspace's bibliography files, with the stamp each was read at. */
  readonly library = new ReaderLibrary();
  private readonly libraryStamps = new Map<string, string>();
  private readonly libraryFiles: LibraryReader;
  /** The bibliographies the setting names, wherever they are. */
  private readonly named: NamedBibliographies;
  /** The workspace's own bibliography files, read as the named ones are. */
  private readonly workspaceFiles = {
    stampOf: (uri: string) => this.workspace.stampOf(uri),
    read: (uri: string) => this.workspace.readPaper(uri),
  };
  private readonly libraryChanged = new Emitter<{ uri: string; problems: LibraryProblem[] }>();
  /** A bibliography file was read again (or is gone: no problems), with what is wrong in it. */
  readonly onDidChangeLibrary: Event<{ uri: string; problems: LibraryProblem[] }> = this.libraryChanged.event;

  constructor(
    private readonly workspace: IPaperWorkspace,
    private readonly open: PaperCache,
    private readonly logger: Logger,
    options: IndexOptions = {},
  ) {
    this.summaries = paperSummaries(workspace, logger, options);
    this.libraryFiles = libraryReader(options.workerScript, (m) => logger.warn(m));
    this.named = new NamedBibliographies((uri) => void this.updateLibrary(uri), (m) => logger.warn(m));
    this.subscriptions = [
      workspace.onDidChangeFiles((changes) => {
        for (const change of changes) {
          if (change.kind === 'deleted') this.forget(change.uri);
          else void this.update(change.uri);
        }
      }),
      workspace.onDidChangeFolders(() => void this.indexAll()),
      // A closed document's model leaves the registry: the paper on disk takes its place.
      workspace.onDidCloseDocument((uri) => this.closed(uri)),
    ];
  }

  /** Whether files that are no papers count among the workspace's papers (the showIn setting's everyDocument). */
  includeEveryFile(every: boolean): void {
    if (every === this.everyFile) return;
    this.everyFile = every;
    for (const uri of this.disk.keys()) if (!this.shownOpen.has(uri)) this.showDisk(uri);
  }

  /** How many papers the index has read of those it found, while it reads them; null once it is done. */
  get indexing(): { done: number; total: number } | null {
    return this.passProgress && { ...this.passProgress };
  }

  get indexedCount(): number {
    return this.disk.size;
  }

  /** How many papers were analysed (not found in the index cache) since the index was made. */
  get analysedCount(): number {
    return this.analysed;
  }

  /**
   * The bibliographies of the setting `scholarlyLens.bibliographies` (paths): each pass (`indexAll`) reads them
   * into the library with the workspace's own, and they are watched between passes; a file no longer named
   * leaves the library unless the workspace has it.
   */
  setBibliographies(paths: readonly string[]): void {
    for (const uri of this.named.set(paths, this.workspace.folders).removed) {
      this.forget(uri);
      if (isLibraryFile(uri)) void this.update(uri);
    }
  }

  /** Indexes every paper of the folders; a second call while one runs schedules one more pass. */
  indexAll(progress?: IndexProgress): Promise<void> {
    if (this.running) {
      this.rerun = true;
      return this.running;
    }
    this.running = this.pass(progress)
      .catch((error) => this.logger.error('could not index the workspace', error))
      .finally(() => {
        this.running = null;
        if (this.rerun) {
          this.rerun = false;
          void this.indexAll();
        }
      });
    return this.running;
  }

  private async pass(progress?: IndexProgress): Promise<void> {
    const uris = await this.workspace.listPapers(MAX_FILES);
    progress?.begin(uris.length);
    this.passProgress = { done: 0, total: uris.length };
    try {
      const seen = new Set([...uris, ...this.named.uris()]);
      for (const uri of this.named.uris()) void this.updateLibrary(uri);
      for (const uri of [...this.disk.keys(), ...this.libraryStamps.keys()]) if (!seen.has(uri)) this.forget(uri);
      let next = 0;
      let done = 0;
      const reader = async (): Promise<void> => {
        while (next < uris.length) {
          const uri = uris[next++];
          await this.update(uri);
          progress?.report(++done, uris.length, fileName(uri));
          if (this.passProgress) this.passProgress.done = done;
        }
      };
      await Promise.all(Array.from({ length: READS_AT_ONCE }, reader));
    } finally {
      this.passProgress = null;
      progress?.done();
    }
  }

  /** Re-reads one paper file if it changed since it was last read. */
  async update(uri: string): Promise<void> {
    if (this.isLibrary(uri)) return this.updateLibrary(uri);
    const read = ++this.reading;
    this.reads.set(uri, read);
    try {
      // A file never read needs no stamp to compare (reading it answers nothing for a file gone).
      const known = this.disk.get(uri);
      const stamp = known ? await this.workspace.stampOf(uri) : null;
      if (known && stamp === known.stamp) return;
      const found = stamp === undefined ? null : await this.summaries.summarise(uri);
      if (this.reads.get(uri) !== read) return;
      if (!found) this.forget(uri);
      else {
        if (found.analysed) this.analysed++;
        this.disk.set(uri, { paper: workspacePaperOf(found.summary), stamp: found.stamp, isPaper: found.summary.isPaper });
        if (!this.shownOpen.has(uri)) this.showDisk(uri);
      }
    } catch (error) {
      if (this.reads.get(uri) === read) this.forget(uri);
      this.logger.warn(`could not index ${fileName(uri)}`, error);
    } finally {
      if (this.reads.get(uri) === read) this.reads.delete(uri);
    }
  }

  /** Re-reads one bibliography file into the library if it changed since it was last read. */
  private async updateLibrary(uri: string): Promise<void> {
    const source = this.named.has(uri) ? this.named : this.workspaceFiles;
    try {
      const stamp = await source.stampOf(uri);
      if (stamp !== undefined && stamp === this.libraryStamps.get(uri)) return;
      const file = stamp === undefined && source === this.workspaceFiles ? undefined : await source.read(uri);
      if (!file) return this.forget(uri);
      const read = await this.libraryFiles.read({ uri, text: file.text });
      if ((await source.stampOf(uri)) !== file.stamp) return; // changed again while it was read: that read sets it
      this.setLibraryFile(uri, read, file.stamp);
    } catch (error) {
      // A named file that cannot be read says why where the library's problems show (the Problems panel).
      if (error instanceof NamedBibliographyError) this.setLibraryFile(uri, { items: [], problems: [{ line: 0, message: error.message }] }, '');
      else this.logger.warn(`could not read the bibliography ${fileName(uri)}`, error);
    }
  }

  private setLibraryFile(uri: string, read: LibraryFile, stamp: string): void {
    this.library.set(uri, read);
    this.libraryStamps.set(uri, stamp);
    this.libraryChanged.fire({ uri, problems: read.problems });
  }

  private isLibrary(uri: string): boolean {
    return isLibraryFile(uri) || this.named.has(uri);
  }

  /** What is wrong in a bibliography file, as last read (nothing for a file not read). */
  libraryProblems(uri: string): LibraryProblem[] {
    return this.library.problemsOf(uri);
  }

  private forget(uri: string): void {
    if (this.isLibrary(uri) || this.libraryStamps.has(uri)) {
      this.library.delete(uri);
      if (this.libraryStamps.delete(uri)) this.libraryChanged.fire({ uri, problems: [] });
      return;
    }
    this.disk.delete(uri);
    this.reads.delete(uri);
    if (!this.shownOpen.has(uri)) this.known.delete(uri);
  }

  /** Every paper: open documents in their editor version, the rest as last read from disk; by file name. */
  refs(): PaperRef[] {
    return this.registry().refs;
  }

  /** What the workspace knows together, kept up to date a paper at a time (open documents brought up to date here). */
  registry(): WorkspaceRegistry {
    const open = new Set<string>();
    for (const doc of this.workspace.documents()) {
      if (!this.joinsRegistry(doc)) continue;
      open.add(doc.uri);
      // A PDF open as a paper takes the place of the PDF file the index read: one paper, not two.
      const file = pdfFileUriOf(doc.uri);
      if (file !== null) {
        open.add(file);
        if (!this.shownOpen.has(file)) this.known.delete(file);
      }
      const paper = this.open.get(doc).paper();
      if (this.known.paperOf(doc.uri) !== paper) this.known.set({ uri: doc.uri, name: fileName(doc.uri), paper });
    }
    for (const uri of this.shownOpen) if (!open.has(uri)) this.showDisk(uri);
    this.shownOpen = open;
    return this.known;
  }

  /**
   * An open PDF paper; an open paper file or unsaved buffer when it reads as a paper (not a README, a scratch
   * note or a generated glossary), or is one on disk, or when every document is asked for.
   */
  private joinsRegistry(doc: PaperDocument): boolean {
    if (isPdfDocument(doc.uri)) return true;
    if (this.isLibrary(doc.uri)) return false;
    if (!sourceOf(doc.uri) && !doc.uri.startsWith('untitled:')) return false;
    return this.everyFile || !!this.disk.get(doc.uri)?.isPaper || readsAsPaper(this.open.get(doc).cited);
  }

  /** Registers the paper on disk for a URI (none when it has none), unless the URI is open in the editor. */
  private showDisk(uri: string): void {
    const onDisk = this.disk.get(uri);
    if (onDisk && (onDisk.isPaper || this.everyFile)) this.known.set({ uri, name: fileName(uri), paper: onDisk.paper });
    else this.known.delete(uri);
  }

  /** Whether the registry still holds the model of `uri` as an open document (not as read from disk). */
  holdsDocument(uri: string): boolean {
    return this.shownOpen.has(uri);
  }

  private closed(uri: string): void {
    if (!this.shownOpen.delete(uri)) return;
    this.showDisk(uri);
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.libraryChanged.dispose();
    this.libraryFiles.dispose();
    this.named.dispose();
    this.summaries.dispose();
  }
}
