import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { InitializeParams, WorkspaceFolder } from 'vscode-languageserver';

/** The workspace folders the client opened, and which one holds a document. */
export class WorkspaceFolders {
  private folders: WorkspaceFolder[] = [];

  init(params: InitializeParams): void {
    const root = params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : [];
    this.folders = params.workspaceFolders ?? root;
  }

  change(added: WorkspaceFolder[], removed: WorkspaceFolder[]): void {
    this.folders = this.folders.filter((f) => !removed.some((r) => r.uri === f.uri)).concat(added);
  }

  all(): WorkspaceFolder[] {
    return this.folders;
  }

  /** The innermost workspace folder holding a file URI, else the file's own folder; null for other schemes. */
  folderOf(documentUri: string): string | null {
    if (!documentUri.startsWith('file:')) return null;
    const file = fileURLToPath(documentUri);
    const holding = this.folders
      .filter((f) => f.uri.startsWith('file:'))
      .map((f) => fileURLToPath(f.uri))
      .filter((dir) => file.startsWith(dir.endsWith(path.sep) ? dir : dir + path.sep))
      .sort((a, b) => b.length - a.length)[0];
    return pathToFileURL(holding ?? path.dirname(file)).href;
  }
}
