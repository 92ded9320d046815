/** The Annotations view: every annotated paper of the workspace, each with its annotations in text order, orphans last. */
import * as vscode from 'vscode';
import { closedPaperText, openPaperDocument, PdfPapers } from './paperDocuments';
import {
  AnnotationStatus,
  MalformedStoreError,
  PaperLocation,
  annotationStatuses,
  listAnnotatedPapers,
  oneLine,
  readStore,
} from '../../../server/src/protocol';
import { AnnotatedDocuments } from './annotatedDocuments';
import { AnnotationRef } from './annotationRef';

export const REVEAL_COMMAND = 'scholarlyLens.revealAnnotation';
export const OPEN_STORE_ERROR_COMMAND = 'scholarlyLens.openAnnotationStoreError';

export type AnnotationTreeNode = PaperNode | AnnotationNode;

interface PaperNode {
  kind: 'paper';
  location: PaperLocation;
  folderName: string;
  statuses: AnnotationStatus[];
  storeError: MalformedStoreError | null;
}

/** Also an AnnotationRef, so that menu commands on a tree item receive what they need. */
export interface AnnotationNode extends AnnotationRef {
  kind: 'annotation';
  status: AnnotationStatus;
}

export class AnnotationTree implements vscode.TreeDataProvider<AnnotationTreeNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];
  private pendingRefresh?: NodeJS.Timeout;

  constructor(
    private readonly documents: AnnotatedDocuments,
    private readonly pdfs: PdfPapers,
  ) {
    this.subscriptions = [
      this.changed,
      documents.onDidChange(() => this.refreshSoon()),
      vscode.workspace.onDidChangeWorkspaceFolders(() => this.refreshSoon()),
    ];
  }

  dispose(): void {
    clearTimeout(this.pendingRefresh);
    vscode.Disposable.from(...this.subscriptions).dispose();
  }

  /** Batches the bursts of changes that typing and saving cause. */
  private refreshSoon(): void {
    clearTimeout(this.pendingRefresh);
    this.pendingRefresh = setTimeout(() => this.changed.fire(), 200);
  }

  async getChildren(node?: AnnotationTreeNode): Promise<AnnotationTreeNode[]> {
    if (!node) return this.papers();
    if (node.kind === 'paper') {
      return node.statuses.map((status) => ({ kind: 'annotation', paper: node.location.paper, id: status.annotation.id, status }));
    }
    return [];
  }

  getTreeItem(node: AnnotationTreeNode): vscode.TreeItem {
    return node.kind === 'paper' ? paperItem(node) : annotationItem(node);
  }

  private async papers(): Promise<PaperNode[]> {
    const folders = (vscode.workspace.workspaceFolders ?? []).filter((folder) => folder.uri.scheme === 'file');
    const nodes: PaperNode[] = [];
    for (const folder of folders) {
      for (const location of await listAnnotatedPapers(folder.uri.fsPath)) {
        nodes.push({ kind: 'paper', location, folderName: folders.length > 1 ? folder.name : '', ...(await this.statusesOf(location)) });
      }
    }
    return nodes.filter((node) => node.statuses.length > 0 || node.storeError);
  }

  /** From the open document when the paper is open (it may have unsaved edits), else from disk. */
  private async statusesOf(location: PaperLocation): Promise<{ statuses: AnnotationStatus[]; storeError: MalformedStoreError | null }> {
    const open = openPaperDocument(location.paper);
    const entry = open && this.documents.get(open);
    if (entry) return { statuses: annotationStatuses(entry.document.getText(), entry.annotations), storeError: entry.storeError };
    try {
      const { annotations } = await readStore(location.sidecar);
      const text = await closedPaperText(location.paper, this.pdfs);
      return { statuses: annotationStatuses(text, annotations), storeError: null };
    } catch (error) {
      if (error instanceof MalformedStoreError) return { statuses: [], storeError: error };
      throw error;
    }
  }
}


function paperItem(node: PaperNode): vscode.TreeItem {
  const label = node.folderName ? `${node.folderName}: ${node.location.relativePath}` : node.location.relativePath;
  const item = new vscode.TreeItem(label, node.storeError ? vscode.TreeItemCollapsibleState.None : vscode.TreeItemCollapsibleState.Expanded);
  item.resourceUri = vscode.Uri.file(node.location.paper);
  if (node.storeError) {
    item.description = 'store unreadable';
    item.tooltip = node.storeError.message;
    item.iconPath = new vscode.ThemeIcon('error', new vscode.ThemeColor('problemsErrorIcon.foreground'));
    item.contextValue = 'scholarlyLens.paper.unreadable';
    item.command = { title: 'Open the store', command: OPEN_STORE_ERROR_COMMAND, arguments: [node.storeError.file, node.storeError.line, node.storeError.column] };
    return item;
  }
  const orphaned = node.statuses.filter((status) => status.status === 'orphaned').length;
  item.description = `${node.statuses.length}${orphaned ? ` · ${orphaned} orphaned` : ''}`;
  item.contextValue = 'scholarlyLens.paper';
  return item;
}

function annotationItem(node: AnnotationNode): vscode.TreeItem {
  const { annotation } = node.status;
  const item = new vscode.TreeItem(`“${oneLine(annotation.quote.exact, 50)}”`, vscode.TreeItemCollapsibleState.None);
  const where = node.status.status === 'anchored' ? `line ${node.status.start.line}` : 'orphaned';
  item.description = [where, oneLine(annotation.note, 60), annotation.tags.map((tag) => `#${tag}`).join(' ')].filter(Boolean).join(' · ');
  const tooltip = new vscode.MarkdownString();
  tooltip.appendText(annotation.quote.exact);
  tooltip.appendMarkdown('\n\n---\n\n');
  if (annotation.note) tooltip.appendText(annotation.note);
  if (node.status.status === 'orphaned') tooltip.appendMarkdown('\n\n*Orphaned: this passage is no longer in the paper. Select where it belongs and choose Re-attach.*');
  item.tooltip = tooltip;
  item.iconPath =
    node.status.status === 'anchored'
      ? new vscode.ThemeIcon('note')
      : new vscode.ThemeIcon('debug-disconnect', new vscode.ThemeColor('problemsWarningIcon.foreground'));
  item.contextValue = `scholarlyLens.annotation.${node.status.status}`;
  const ref: AnnotationRef = { paper: node.paper, id: node.id };
  item.command = { title: 'Show the annotated passage', command: REVEAL_COMMAND, arguments: [ref] };
  return item;
}
