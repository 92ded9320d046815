/**
 * The annotations of the papers open in the editor, anchored in each document's current text.
 * Edits re-anchor them (after a short pause); saving the paper stores the updated selectors, so that
 * the store describes the text on disk. Stores are re-read when they change on disk (another window,
 * the CLI, a git checkout).
 */
import * as vscode from 'vscode';
import { paperDocumentUri } from './paperDocuments';
import {
  Anchoring,
  Annotation,
  MalformedStoreError,
  PaperLocation,
  StoreChanges,
  readStore,
  reanchor,
  saveChanges,
} from '../../../server/src/protocol';
import { paperLocationOf } from './paperLocation';

const REANCHOR_DELAY_MS = 300;

export interface AnnotatedDocument {
  document: vscode.TextDocument;
  location: PaperLocation;
  /** With selectors brought up to date with the document's current text. */
  annotations: Annotation[];
  anchorings: Map<string, Anchoring>;
  /** Set while the store does not parse: the paper's annotations are then read-only (and not shown). */
  storeError: MalformedStoreError | null;
}

interface Tracked extends AnnotatedDocument {
  /** The versions last read from or written to the store, to tell which selectors changed since. */
  stored: Map<string, Annotation>;
  pendingReanchor?: NodeJS.Timeout;
}

export class AnnotatedDocuments implements vscode.Disposable {
  private readonly tracked = new Map<string, Tracked>();
  private readonly changed = new vscode.EventEmitter<AnnotatedDocument | undefined>();
  /** The store error last shown for each sidecar, so that each is shown once. */
  private readonly reportedErrors = new Map<string, string>();
  private readonly subscriptions: vscode.Disposable[] = [];
  /** Fired when a document's annotations or their anchoring change; undefined when several may have. */
  readonly onDidChange = this.changed.event;

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher('**/.annotations/**/*.jsonld');
    const storeChanged = (uri: vscode.Uri) => this.reloadStore(uri.fsPath);
    this.subscriptions.push(
      watcher,
      watcher.onDidCreate(storeChanged),
      watcher.onDidChange(storeChanged),
      watcher.onDidDelete(storeChanged),
      vscode.workspace.onDidOpenTextDocument((document) => void this.load(document)),
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document)),
      vscode.workspace.onDidChangeTextDocument((event) => this.scheduleReanchor(event.document)),
      vscode.workspace.onDidSaveTextDocument((document) => void this.storeReanchoredSelectors(document)),
      this.changed,
    );
    for (const document of vscode.workspace.textDocuments) void this.load(document);
  }

  dispose(): void {
    for (const tracked of this.tracked.values()) clearTimeout(tracked.pendingReanchor);
    vscode.Disposable.from(...this.subscriptions).dispose();
  }

  get(document: vscode.TextDocument): AnnotatedDocument | undefined {
    return this.tracked.get(document.uri.toString());
  }

  /** The document's annotations, read from its store if that has not happened yet; undefined for a document that is not an annotatable paper. */
  async load(document: vscode.TextDocument): Promise<AnnotatedDocument | undefined> {
    const known = this.tracked.get(document.uri.toString());
    if (known) return known;
    const location = paperLocationOf(document);
    if (!location) return undefined;
    const tracked: Tracked = { document, location, annotations: [], anchorings: new Map(), storeError: null, stored: new Map() };
    this.tracked.set(document.uri.toString(), tracked);
    await this.readFromStore(tracked);
    return tracked;
  }

  /** Saves `changes` to the document's store (merged with what is on disk) and shows the result. Throws MalformedStoreError for a broken store. */
  async save(entry: AnnotatedDocument, changes: StoreChanges): Promise<void> {
    const tracked = this.tracked.get(entry.document.uri.toString());
    if (!tracked) {
      // The paper was closed meanwhile; there is nothing on screen to update.
      await saveChanges(entry.location, changes);
      return;
    }
    if (tracked.storeError) throw tracked.storeError;
    try {
      this.adopt(tracked, await saveChanges(tracked.location, changes));
    } catch (error) {
      if (error instanceof MalformedStoreError) this.setStoreError(tracked, error);
      throw error;
    }
  }

  private forget(document: vscode.TextDocument): void {
    const tracked = this.tracked.get(document.uri.toString());
    if (!tracked) return;
    clearTimeout(tracked.pendingReanchor);
    this.tracked.delete(document.uri.toString());
    this.changed.fire(undefined);
  }

  private async readFromStore(tracked: Tracked): Promise<void> {
    try {
      this.adopt(tracked, (await readStore(tracked.location.sidecar)).annotations);
    } catch (error) {
      if (error instanceof MalformedStoreError) this.setStoreError(tracked, error);
      else void vscode.window.showErrorMessage(`Scholarly Lens could not read ${tracked.location.sidecar}: ${(error as Error).message}`);
    }
  }

  /** Takes `stored` as the document's annotations and anchors them in its current text. */
  private adopt(tracked: Tracked, stored: Annotation[]): void {
    tracked.storeError = null;
    this.reportedErrors.delete(tracked.location.sidecar);
    tracked.stored = new Map(stored.map((annotation) => [annotation.id, annotation]));
    tracked.annotations = stored;
    this.reanchorNow(tracked);
  }

  private setStoreError(tracked: Tracked, error: MalformedStoreError): void {
    tracked.storeError = error;
    tracked.annotations = [];
    tracked.anchorings = new Map();
    this.changed.fire(tracked);
    if (this.reportedErrors.get(error.file) === error.message) return;
    this.reportedErrors.set(error.file, error.message);
    void vscode.window.showWarningMessage(error.message, 'Open the store').then((choice) => {
      if (choice) void openAt(error.file, error.line, error.column);
    });
  }

  private scheduleReanchor(document: vscode.TextDocument): void {
    const tracked = this.tracked.get(document.uri.toString());
    if (!tracked) return;
    clearTimeout(tracked.pendingReanchor);
    tracked.pendingReanchor = setTimeout(() => this.reanchorNow(tracked), REANCHOR_DELAY_MS);
  }

  private reanchorNow(tracked: Tracked): void {
    clearTimeout(tracked.pendingReanchor);
    tracked.pendingReanchor = undefined;
    const text = tracked.document.getText();
    const results = tracked.annotations.map((annotation) => reanchor(annotation, text));
    tracked.annotations = results.map((result) => result.annotation);
    tracked.anchorings = new Map(results.map((result) => [result.annotation.id, result.anchoring]));
    this.changed.fire(tracked);
  }

  private async storeReanchoredSelectors(document: vscode.TextDocument): Promise<void> {
    const tracked = this.tracked.get(document.uri.toString());
    if (!tracked || tracked.storeError) return;
    this.reanchorNow(tracked);
    const moved = tracked.annotations.filter((annotation) => annotation !== tracked.stored.get(annotation.id));
    if (moved.length === 0) return;
    try {
      await this.save(tracked, { upsert: moved });
    } catch (error) {
      if (!(error instanceof MalformedStoreError)) {
        void vscode.window.showErrorMessage(`Scholarly Lens could not update the annotations of ${tracked.location.relativePath}: ${(error as Error).message}`);
      }
    }
  }

  private reloadStore(sidecar: string): void {
    for (const tracked of this.tracked.values()) {
      if (tracked.location.sidecar === sidecar) void this.readFromStore(tracked);
    }
    this.changed.fire(undefined);
  }
}

export async function openAt(file: string, line: number, column: number): Promise<void> {
  const position = new vscode.Position(Math.max(0, line - 1), Math.max(0, column - 1));
  await vscode.window.showTextDocument(paperDocumentUri(file), { selection: new vscode.Range(position, position) });
}
