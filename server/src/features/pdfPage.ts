/** The PDF page a hover stands on, for a paper read from a PDF: the reader finds the place in the PDF itself. */
import { Hover, MarkupContent, MarkupKind } from 'vscode-languageserver';
import { pageAt, PdfPage } from '../pdf/pageMap';

export function withPdfPage(hover: Hover | null, pages: PdfPage[] | undefined, offset: number): Hover | null {
  if (!hover || !pages?.length) return hover;
  const value = (hover.contents as MarkupContent).value;
  return { ...hover, contents: { kind: MarkupKind.Markdown, value: `${value}\n\n*PDF page ${pageAt(pages, offset)}*` } };
}
