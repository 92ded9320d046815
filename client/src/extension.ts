import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
import { createLanguageClient, PAPER_SELECTOR } from './languageClient';
import { CitationStatusBar } from './statusBar';
import { registerAnnotations } from './annotations';
import { registerGlossary } from './glossary';
import { registerPdfPapers } from './pdfPapers';
import { registerReferenceExport } from './referenceExport';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  client = createLanguageClient(context);
  await client.start();
  context.subscriptions.push(new CitationStatusBar(client, PAPER_SELECTOR));
  registerGlossary(context, client);
  registerReferenceExport(context, client);
  registerAnnotations(context, registerPdfPapers(context, client));
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
