import * as vscode from 'vscode';
import { Annotation } from '../../../server/src/protocol';
import { AnnotationRef } from './annotationRef';

export const EDIT_COMMAND = 'scholarlyLens.editAnnotation';
export const DELETE_COMMAND = 'scholarlyLens.deleteAnnotation';

function commandLink(label: string, command: string, ref: AnnotationRef): string {
  return `[${label}](command:${command}?${encodeURIComponent(JSON.stringify([ref]))})`;
}

/** What shows on hover over an annotated passage: the note, the tags, and links to edit or delete. */
export function hoverMessage(annotation: Annotation, paper: string): vscode.MarkdownString {
  const message = new vscode.MarkdownString(undefined, true);
  message.isTrusted = { enabledCommands: [EDIT_COMMAND, DELETE_COMMAND] };
  message.appendMarkdown('**$(note) Annotation**');
  if (annotation.tags.length > 0) {
    message.appendMarkdown(' · ');
    message.appendText(annotation.tags.map((tag) => `#${tag}`).join(' '));
  }
  message.appendMarkdown('\n\n');
  if (annotation.note) message.appendText(annotation.note);
  else message.appendMarkdown('*Highlight without a note*');
  const ref = { paper, id: annotation.id };
  message.appendMarkdown(`\n\n${commandLink('Edit', EDIT_COMMAND, ref)} · ${commandLink('Delete', DELETE_COMMAND, ref)}`);
  return message;
}
