/**
 * An open document kept up to date by the editor's incremental edits. It stands in for
 * vscode-languageserver-textdocument 1.0.12's `TextDocument.update`, which keeps a stale line table when an edit
 * makes or breaks a "\r\n" pair at one of its ends (a "\r" typed before a "\n", a lone "\r" joined to a "\n"):
 * later edits then land a character early. Here the line starts around each edit are worked out again from the
 * new text, one character past either end, so the table always matches the text; an edit costs its own length
 * plus one pass over the line starts after it, as in the library.
 */
import { Position, Range, TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { TextDocumentsConfiguration } from 'vscode-languageserver';

const LF = 10;
const CR = 13;

export class EditedDocument implements TextDocument {
  private content: string;
  /** Offset of the first character of each line, never empty: line 0 starts at 0. */
  private lineStarts: number[];

  constructor(
    readonly uri: string,
    readonly languageId: string,
    private currentVersion: number,
    content: string,
  ) {
    this.content = content;
    this.lineStarts = lineStartsIn(content, 0, content.length);
  }

  get version(): number {
    return this.currentVersion;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  getText(range?: Range): string {
    return range ? this.content.substring(this.offsetAt(range.start), this.offsetAt(range.end)) : this.content;
  }

  update(changes: readonly TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) {
      if ('range' in change && change.range) this.replace(change.range, change.text);
      else {
        this.content = change.text;
        this.lineStarts = lineStartsIn(change.text, 0, change.text.length);
      }
    }
    this.currentVersion = version;
  }

  positionAt(offset: number): Position {
    offset = Math.max(0, Math.min(offset, this.content.length));
    const line = firstAbove(this.lineStarts, offset) - 1;
    const start = this.lineStarts[line];
    return { line, character: this.beforeLineBreak(offset, start) - start };
  }

  offsetAt(position: Position): number {
    if (position.line >= this.lineStarts.length) return this.content.length;
    if (position.line < 0) return 0;
    const start = this.lineStarts[position.line];
    if (position.character <= 0) return start;
    const next = position.line + 1 < this.lineStarts.length ? this.lineStarts[position.line + 1] : this.content.length;
    return this.beforeLineBreak(Math.min(start + position.character, next), start);
  }

  private replace(range: Range, text: string): void {
    const [from, to] = isBefore(range.end, range.start) ? [range.end, range.start] : [range.start, range.end];
    const start = this.offsetAt(from);
    const end = this.offsetAt(to);
    this.content = this.content.substring(0, start) + text + this.content.substring(end);
    // A line start at p depends on the characters at p - 1 and p: those up to `start` - 1 and from `end` + 1
    // on are untouched, every other one is read again from the new text.
    const kept = firstAtLeast(this.lineStarts, start);
    const shifted = firstAbove(this.lineStarts, end);
    const delta = text.length - (end - start);
    const starts = this.lineStarts.slice(0, kept);
    for (const p of lineStartsIn(this.content, start, start + text.length)) starts.push(p);
    for (let i = shifted; i < this.lineStarts.length; i++) starts.push(this.lineStarts[i] + delta);
    this.lineStarts = starts;
  }

  /** An offset inside a line break ("\r|\n") or after it on the same line goes back to the end of the line's text. */
  private beforeLineBreak(offset: number, lineStart: number): number {
    while (offset > lineStart && isLineBreak(this.content.charCodeAt(offset - 1))) offset--;
    return offset;
  }
}

/** The `TextDocuments` configuration that keeps open documents as `EditedDocument`s. */
export const EDITED_DOCUMENTS: TextDocumentsConfiguration<EditedDocument> = {
  create: (uri, languageId, version, content) => new EditedDocument(uri, languageId, version, content),
  update: (document, changes, version) => {
    document.update(changes, version);
    return document;
  },
};

/** The line starts p with from <= p <= to: after "\n", after a "\r" not followed by "\n", and 0. */
function lineStartsIn(text: string, from: number, to: number): number[] {
  const starts: number[] = [];
  for (let p = from; p <= to; p++) {
    if (p === 0) starts.push(0);
    else {
      const before = text.charCodeAt(p - 1);
      if (before === LF || (before === CR && text.charCodeAt(p) !== LF)) starts.push(p);
    }
  }
  return starts;
}

function isLineBreak(code: number): boolean {
  return code === LF || code === CR;
}

function isBefore(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** Index of the first element >= value in a sorted array (its length when none). */
function firstAtLeast(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid] < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Index of the first element > value in a sorted array (its length when none). */
function firstAbove(sorted: readonly number[], value: number): number {
  return firstAtLeast(sorted, value + 1);
}
