/** Highlights annotated passages in the editors that show them; hovering one shows its note. */
import * as vscode from 'vscode';
import { AnnotatedDocuments } from './annotatedDocuments';
import { hoverMessage } from './hoverMessage';

export class AnnotationDecorations implements vscode.Disposable {
  private readonly highlight = vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor('scholarlyLens.annotationBackground'),
    overviewRulerColor: new vscode.ThemeColor('scholarlyLens.annotationOverviewRuler'),
    overviewRulerLane: vscode.OverviewRulerLane.Center,
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly documents: AnnotatedDocuments) {
    this.subscriptions = [
      this.highlight,
      documents.onDidChange(() => this.updateVisibleEditors()),
      vscode.window.onDidChangeVisibleTextEditors(() => this.updateVisibleEditors()),
    ];
    this.updateVisibleEditors();
  }

  dispose(): void {
    vscode.Disposable.from(...this.subscriptions).dispose();
  }

  private updateVisibleEditors(): void {
    for (const editor of vscode.window.visibleTextEditors) this.update(editor);
  }

  private update(editor: vscode.TextEditor): void {
    const entry = this.documents.get(editor.document);
    const options: vscode.DecorationOptions[] = [];
    for (const annotation of entry?.annotations ?? []) {
      const anchoring = entry?.anchorings.get(annotation.id);
      if (anchoring?.status !== 'anchored') continue;
      const range = new vscode.Range(editor.document.positionAt(anchoring.span.start), editor.document.positionAt(anchoring.span.end));
      options.push({ range, hoverMessage: hoverMessage(annotation, editor.document.uri.fsPath) });
    }
    editor.setDecorations(this.highlight, options);
  }
}
