/**
 * A paper's reference entries for a reference manager: "Export References…" writes them all to a file in the
 * format the reader picks, and the copy command (linked from an entry's hover and offered as a code action on
 * its lines) puts one entry on the clipboard. The server writes the formats; this only asks and saves.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
import {
  COPY_ENTRY_COMMAND,
  CopyEntryArguments,
  EXPORT_REFERENCES_REQUEST,
  ExportedReferences,
  ExportReferencesParams,
  PDF_PAPER_SCHEME,
  REFERENCE_FORMAT_EXTENSIONS,
  REFERENCE_FORMAT_NAMES,
  REFERENCE_FORMATS,
  ReferenceFormat,
} from '../../server/src/protocol';

export const EXPORT_REFERENCES_COMMAND = 'scholarlyLens.exportReferences';

export function registerReferenceExport(context: vscode.ExtensionContext, client: LanguageClient): void {
  const ask = (params: ExportReferencesParams) => client.sendRequest<ExportedReferences>(EXPORT_REFERENCES_REQUEST, params);
  context.subscriptions.push(
    vscode.commands.registerCommand(COPY_ENTRY_COMMAND, (...[uri, entry, format]: CopyEntryArguments) =>
      reportingFailure('copy the entry', async () => {
        const { text } = await ask({ textDocument: { uri }, format, entries: [entry] });
        if (!text) return void vscode.window.showWarningMessage('Scholarly Lens: that entry is no longer in the paper (it changed since the hover was shown).');
        await vscode.env.clipboard.writeText(text);
        vscode.window.setStatusBarMessage(`Scholarly Lens: copied the entry as ${REFERENCE_FORMAT_NAMES[format]}`, 4000);
      }),
    ),
    vscode.commands.registerCommand(EXPORT_REFERENCES_COMMAND, () =>
      reportingFailure('export the references', async () => {
        const document = vscode.window.activeTextEditor?.document;
        if (!document) return void vscode.window.showInformationMessage('Scholarly Lens: open a paper to export its references.');
        const format = await pickFormat();
        if (!format) return;
        const { text, count } = await ask({ textDocument: { uri: document.uri.toString() }, format });
        if (count === 0) return void vscode.window.showInformationMessage(`Scholarly Lens: ${path.basename(document.uri.path)} has no reference list to export.`);
        const target = await vscode.window.showSaveDialog({
          defaultUri: exportTarget(document.uri, format),
          filters: { [REFERENCE_FORMAT_NAMES[format]]: [REFERENCE_FORMAT_EXTENSIONS[format].split('.').pop()!] },
          saveLabel: 'Export references',
        });
        if (!target) return;
        await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
        const open = await vscode.window.showInformationMessage(`Scholarly Lens: exported ${count} ${count === 1 ? 'entry' : 'entries'} as ${REFERENCE_FORMAT_NAMES[format]}.`, 'Open');
        if (open) await vscode.window.showTextDocument(target);
      }),
    ),
  );
}

async function pickFormat(): Promise<ReferenceFormat | undefined> {
  const picked = await vscode.window.showQuickPick(
    REFERENCE_FORMATS.map((format) => ({ label: REFERENCE_FORMAT_NAMES[format], description: `.${REFERENCE_FORMAT_EXTENSIONS[format]}`, format })),
    { title: 'Export references as' },
  );
  return picked?.format;
}

/** Beside the paper (a PDF paper's file), named after it: "paper.bib". */
function exportTarget(paper: vscode.Uri, format: ReferenceFormat): vscode.Uri {
  const file = paper.scheme === PDF_PAPER_SCHEME ? paper.with({ scheme: 'file' }) : paper;
  const name = `${path.basename(file.path, path.extname(file.path)) || 'references'}.${REFERENCE_FORMAT_EXTENSIONS[format]}`;
  if (file.scheme === 'file') return vscode.Uri.joinPath(file, '..', name);
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return folder ? vscode.Uri.joinPath(folder, name) : vscode.Uri.file(name);
}

async function reportingFailure(what: string, run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (error) {
    void vscode.window.showErrorMessage(`Scholarly Lens could not ${what}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
