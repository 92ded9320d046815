/** Where each page of a PDF lies in its extracted text. */
export interface PdfPage {
  /** 1-based, as the PDF viewer numbers it. */
  number: number;
  start: number;
  end: number;
}

/** The page an offset of the text lies on (the last page for the text's end). */
export function pageAt(pages: PdfPage[], offset: number): number {
  let lo = 0;
  let hi = pages.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pages[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return pages[lo]?.number ?? 1;
}
