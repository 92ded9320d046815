import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
import { GLOSSARY_REQUEST } from '../../server/src/protocol';
export const GLOSSARY_COMMAND = 'scholarlyLens.showGlossary';

/**
 * "Scholarly Lens: Show glossary": asks the server for the glossary of every paper in the workspace (terms,
 * abbreviations, organisations with their definitions and links) and opens it as a Markdown preview.
 */
export function registerGlossary(context: vscode.ExtensionContext, client: LanguageClient): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(GLOSSARY_COMMAND, async () => {
      try {
        const markdown = await client.sendRequest<string>(GLOSSARY_REQUEST);
        const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: markdown });
        await vscode.window.showTextDocument(doc, { preview: false });
        await vscode.commands.executeCommand('markdown.showPreviewToSide', doc.uri);
      } catch (error) {
        void vscode.window.showErrorMessage(`Scholarly Lens could not build the glossary: ${error instanceof Error ? error.message : String(error)}`);
      }
    }),
  );
}
