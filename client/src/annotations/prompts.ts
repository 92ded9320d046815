import * as vscode from 'vscode';
import { NoteAndTags } from '../../../server/src/protocol';

/** Asks for a note, then tags; undefined when the reader cancels either. */
export async function askNoteAndTags(initial: NoteAndTags): Promise<NoteAndTags | undefined> {
  const note = await vscode.window.showInputBox({
    title: 'Annotation note',
    prompt: 'Your note on the passage (leave empty for a plain highlight)',
    value: initial.note,
  });
  if (note === undefined) return undefined;
  const tags = await vscode.window.showInputBox({
    title: 'Annotation tags',
    prompt: 'Tags, separated by commas (optional)',
    placeHolder: 'method, to-cite',
    value: initial.tags.join(', '),
  });
  if (tags === undefined) return undefined;
  return { note, tags: tags.split(',') };
}
