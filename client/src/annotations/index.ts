/** Reader annotations in VS Code: highlights with hovers, the Annotations view, and the commands. */
import * as vscode from 'vscode';
import { AnnotatedDocuments, openAt } from './annotatedDocuments';
import { AnnotationTree, OPEN_STORE_ERROR_COMMAND, REVEAL_COMMAND } from './annotationTree';
import { AnnotationCommands } from './commands';
import { AnnotationDecorations } from './decorations';
import { exportAnnotations } from './exportMarkdown';
import { annotationRefFrom } from './annotationRef';
import { DELETE_COMMAND, EDIT_COMMAND } from './hoverMessage';
import { PdfPapers } from './paperDocuments';

export function registerAnnotations(context: vscode.ExtensionContext, pdfs: PdfPapers): void {
  const documents = new AnnotatedDocuments();
  const tree = new AnnotationTree(documents, pdfs);
  const commands = new AnnotationCommands(documents, pdfs);
  context.subscriptions.push(
    documents,
    tree,
    new AnnotationDecorations(documents),
    vscode.window.createTreeView('scholarlyLens.annotations', { treeDataProvider: tree, showCollapseAll: true }),
    vscode.commands.registerCommand('scholarlyLens.annotateSelection', () => commands.annotateSelection()),
    vscode.commands.registerCommand(EDIT_COMMAND, (argument?: unknown) => commands.edit(annotationRefFrom(argument))),
    vscode.commands.registerCommand(DELETE_COMMAND, (argument?: unknown) => commands.delete(annotationRefFrom(argument))),
    vscode.commands.registerCommand('scholarlyLens.reattachAnnotation', (argument?: unknown) => commands.reattach(annotationRefFrom(argument))),
    vscode.commands.registerCommand('scholarlyLens.exportAnnotations', () => exportAnnotations(documents, pdfs)),
    vscode.commands.registerCommand(REVEAL_COMMAND, (argument: unknown) => commands.reveal(annotationRefFrom(argument))),
    vscode.commands.registerCommand(OPEN_STORE_ERROR_COMMAND, (file: string, line: number, column: number) => openAt(file, line, column)),
  );
}
