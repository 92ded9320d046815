import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
import { GLOSSARY_REQUEST } from '../../server/src/protocol';
import { paperDocumentUri } from './annotations/paperDocuments';
export const GLOSSARY_COMMAND = 'scholarlyLens.showGlossary';

/**
 * "Scholarly Lens: Show glossary": asks the server for the glossary of every paper in the workspace (terms,
 * abbreviations, organisations with their definitions and links) and shows it rendered in a panel of its own,
 * whose links open the paper at the line. No document is made for it, so it is never read as a paper.
 */
export function registerGlossary(context: vscode.ExtensionContext, client: LanguageClient): void {
  let panel: vscode.WebviewPanel | undefined;
  context.subscriptions.push(
    vscode.commands.registerCommand(GLOSSARY_COMMAND, async () => {
      try {
        const markdown = await client.sendRequest<string>(GLOSSARY_REQUEST);
        // The Markdown renderer drops file: links; under a scheme of our own they stay links, which openLink follows.
        const html = await vscode.commands.executeCommand<string>('markdown.api.render', markdown.replace(/\]\(file:/g, `](${PAPER_LINK}file:`));
        if (!panel) {
          panel = vscode.window.createWebviewPanel('scholarlyLens.glossary', 'Glossary', vscode.ViewColumn.Beside, { enableScripts: true });
          panel.onDidDispose(() => (panel = undefined));
          panel.webview.onDidReceiveMessage((message: { href?: string }) => message.href && void openLink(message.href));
        }
        panel.webview.html = page(html, panel.webview.cspSource);
        panel.reveal(vscode.ViewColumn.Beside);
      } catch (error) {
        void vscode.window.showErrorMessage(`Scholarly Lens could not build the glossary: ${error instanceof Error ? error.message : String(error)}`);
      }
    }),
  );
}

const PAPER_LINK = 'scholarly-paper:';

/** A glossary link, `file:///…/paper.txt#L12`: the paper (a PDF as its paper) at that line. */
async function openLink(href: string): Promise<void> {
  const uri = vscode.Uri.parse(href.startsWith(PAPER_LINK) ? href.slice(PAPER_LINK.length) : href);
  const line = Math.max(0, Number(/^L(\d+)$/.exec(uri.fragment)?.[1] ?? 1) - 1);
  const target = uri.scheme === 'file' ? paperDocumentUri(uri.fsPath) : uri.with({ fragment: '' });
  const position = new vscode.Position(line, 0);
  await vscode.window.showTextDocument(target, { selection: new vscode.Range(position, position), preview: false });
}

/** The rendered glossary, with a script that hands every link click to the extension. */
function page(body: string, cspSource: string): string {
  const nonce = randomBytes(16).toString('hex');
  return `<!DOCTYPE html><html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src ${cspSource} 'unsafe-inline'; script-src 'nonce-${nonce}';">
<style>body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); line-height: 1.5; padding: 0 1.5em; } a { color: var(--vscode-textLink-foreground); cursor: pointer; } blockquote { border-left: 3px solid var(--vscode-textBlockQuote-border); margin: 0; padding-left: 1em; color: var(--vscode-descriptionForeground); }</style>
</head><body>${body}
<script nonce="${nonce}">
const vscode = acquireVsCodeApi();
document.addEventListener('click', (event) => {
  const a = event.target.closest('a');
  if (!a) return;
  event.preventDefault();
  vscode.postMessage({ href: a.getAttribute('href') });
});
</script></body></html>`;
}
