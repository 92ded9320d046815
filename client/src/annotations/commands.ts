/** The annotation commands: annotate the selection, edit, delete, re-attach, reveal. */
import * as vscode from 'vscode';
import { onPdfPage, paperDocumentUri, PdfPapers, showsPaper } from './paperDocuments';
import { Annotation, StoreChanges, createAnnotation, oneLine, reattached, withNoteAndTags } from '../../../server/src/protocol';
import { AnnotatedDocument, AnnotatedDocuments } from './annotatedDocuments';
import { AnnotationRef } from './annotationRef';
import { whyNotAnnotatable } from './paperLocation';
import { askNoteAndTags } from './prompts';

interface Target {
  entry: AnnotatedDocument;
  annotation: Annotation;
}

export class AnnotationCommands {
  constructor(
    private readonly documents: AnnotatedDocuments,
    private readonly pdfs: PdfPapers,
  ) {}

  async annotateSelection(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return void vscode.window.showInformationMessage('Open a paper and select the passage to annotate.');
    const entry = await this.documents.load(editor.document);
    if (!entry) return void vscode.window.showWarningMessage(whyNotAnnotatable(editor.document));
    if (editor.selection.isEmpty) return void vscode.window.showInformationMessage('Select the passage to annotate first.');
    if (entry.storeError) return void vscode.window.showErrorMessage(entry.storeError.message);
    const content = await askNoteAndTags({ note: '', tags: [] });
    if (!content) return;
    const span = { start: editor.document.offsetAt(editor.selection.start), end: editor.document.offsetAt(editor.selection.end) };
    await this.saving(entry, { upsert: [onPdfPage(createAnnotation(editor.document.getText(), span, content), editor.document, span.start, this.pdfs)] });
  }

  async edit(ref?: AnnotationRef): Promise<void> {
    const target = await this.resolve(ref, 'Edit which annotation?');
    if (!target) return;
    const content = await askNoteAndTags(target.annotation);
    if (!content) return;
    await this.saving(target.entry, { upsert: [withNoteAndTags(target.annotation, content)] });
  }

  async delete(ref?: AnnotationRef): Promise<void> {
    const target = await this.resolve(ref, 'Delete which annotation?');
    if (!target) return;
    const choice = await vscode.window.showWarningMessage(
      `Delete the annotation on “${oneLine(target.annotation.quote.exact, 80)}”?`,
      { modal: true, detail: target.annotation.note || undefined },
      'Delete',
    );
    if (choice !== 'Delete') return;
    await this.saving(target.entry, { remove: [target.annotation.id] });
  }

  /** Gives an annotation (usually an orphan) the passage selected in its paper. */
  async reattach(ref?: AnnotationRef): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    const selectionIn = (paper: string) =>
      editor && showsPaper(editor.document, paper) && !editor.selection.isEmpty ? editor : undefined;
    if (ref && !selectionIn(ref.paper)) {
      await vscode.window.showTextDocument(paperDocumentUri(ref.paper));
      return void vscode.window.showInformationMessage('Select the passage this annotation belongs to, then choose Re-attach again.');
    }
    if (!ref && (!editor || editor.selection.isEmpty)) {
      return void vscode.window.showInformationMessage('Select the passage to re-attach an annotation to, in its paper.');
    }
    const target = await this.resolve(ref, 'Re-attach which annotation to the selection?', { orphansFirst: true });
    const selected = target && selectionIn(target.entry.location.paper);
    if (!target || !selected) return;
    const span = { start: selected.document.offsetAt(selected.selection.start), end: selected.document.offsetAt(selected.selection.end) };
    await this.saving(target.entry, { upsert: [onPdfPage(reattached(target.annotation, selected.document.getText(), span), selected.document, span.start, this.pdfs)] });
  }

  /** Opens the paper at the annotation's passage; for an orphan, says how to give it one. */
  async reveal(ref: AnnotationRef | undefined): Promise<void> {
    if (!ref) return;
    const target = await this.resolve(ref, '');
    if (!target) return;
    const anchoring = target.entry.anchorings.get(target.annotation.id);
    if (anchoring?.status !== 'anchored') {
      await vscode.window.showTextDocument(target.entry.document);
      return void vscode.window.showInformationMessage(
        `This annotation is orphaned: “${oneLine(target.annotation.quote.exact, 80)}” is no longer in the paper. ` +
          'Select the passage it belongs to and choose Re-attach.',
      );
    }
    const { document } = target.entry;
    const range = new vscode.Range(document.positionAt(anchoring.span.start), document.positionAt(anchoring.span.end));
    const editor = await vscode.window.showTextDocument(document, { selection: range });
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private async saving(entry: AnnotatedDocument, changes: StoreChanges): Promise<void> {
    try {
      await this.documents.save(entry, changes);
    } catch (error) {
      void vscode.window.showErrorMessage(`Scholarly Lens could not save the annotation: ${(error as Error).message}`);
    }
  }

  /** The annotation named by `ref`, else the one under the cursor, else one the reader picks from the active paper. */
  private async resolve(ref: AnnotationRef | undefined, pickTitle: string, options = { orphansFirst: false }): Promise<Target | undefined> {
    if (ref) {
      const document = await vscode.workspace.openTextDocument(paperDocumentUri(ref.paper));
      const entry = await this.documents.load(document);
      const annotation = entry?.annotations.find((a) => a.id === ref.id);
      if (!entry || !annotation) return void vscode.window.showWarningMessage('That annotation no longer exists; it may have been deleted in another window.');
      return { entry, annotation };
    }
    const editor = vscode.window.activeTextEditor;
    const entry = editor && (await this.documents.load(editor.document));
    if (!editor || !entry) return void vscode.window.showInformationMessage('Open an annotated paper first.');
    if (entry.annotations.length === 0) return void vscode.window.showInformationMessage('This paper has no annotations.');
    const cursor = editor.document.offsetAt(editor.selection.active);
    const underCursor = entry.annotations.filter((a) => {
      const anchoring = entry.anchorings.get(a.id);
      return anchoring?.status === 'anchored' && anchoring.span.start <= cursor && cursor <= anchoring.span.end;
    });
    if (underCursor.length === 1 && !options.orphansFirst) return { entry, annotation: underCursor[0] };
    const annotation = await this.pick(entry, pickTitle, options.orphansFirst ? [] : underCursor);
    return annotation && { entry, annotation };
  }

  private async pick(entry: AnnotatedDocument, title: string, preferred: Annotation[]): Promise<Annotation | undefined> {
    const isOrphan = (a: Annotation) => entry.anchorings.get(a.id)?.status !== 'anchored';
    const candidates = preferred.length > 0 ? preferred : [...entry.annotations].sort((a, b) => Number(isOrphan(b)) - Number(isOrphan(a)));
    const items = candidates.map((annotation) => ({
      label: `${isOrphan(annotation) ? '$(debug-disconnect) ' : '$(note) '}“${oneLine(annotation.quote.exact, 70)}”`,
      description: isOrphan(annotation) ? 'orphaned' : undefined,
      detail: [annotation.note, annotation.tags.map((tag) => `#${tag}`).join(' ')].filter(Boolean).join(' · ') || undefined,
      annotation,
    }));
    return (await vscode.window.showQuickPick(items, { title, matchOnDetail: true }))?.annotation;
  }
}

