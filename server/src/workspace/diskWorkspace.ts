/** Workspace folders on disk with no editor: what a command-line run or a benchmark indexes. */
import { Emitter } from 'vscode-languageserver';
import { FileChange, IPaperWorkspace, PaperDocument, PaperFile } from './workspace';
import { DiskPapers } from './diskPapers';
import { folderOf } from './folderOf';

export class DiskWorkspace implements IPaperWorkspace {
  private readonly disk = new DiskPapers(() => this.folders);
  readonly onDidOpenDocument = new Emitter<PaperDocument>().event;
  readonly onDidChangeDocument = new Emitter<PaperDocument>().event;
  readonly onDidCloseDocument = new Emitter<string>().event;
  readonly onDidChangeFiles = new Emitter<readonly FileChange[]>().event;
  readonly onDidChangeFolders = new Emitter<void>().event;

  constructor(readonly folders: readonly string[]) {}

  documents(): readonly PaperDocument[] {
    return [];
  }

  getDocument(): PaperDocument | undefined {
    return undefined;
  }

  listPapers(limit: number): Promise<string[]> {
    return this.disk.list(this.folders, limit);
  }

  stampOf(uri: string): Promise<string | undefined> {
    return this.disk.stampOf(uri);
  }

  readPaper(uri: string): Promise<PaperFile | undefined> {
    return this.disk.read(uri);
  }

  folderOf(uri: string): string | null {
    return folderOf(this.folders, uri);
  }
}
