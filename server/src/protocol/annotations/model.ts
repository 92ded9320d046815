/**
 * Reader annotations as this library works with them. On disk they are W3C Web Annotations
 * (JSON-LD); `jsonld.ts` converts between the two.
 */

export type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;
export interface JsonObject {
  [key: string]: JsonValue;
}

/** A W3C TextQuoteSelector: the passage and about 32 characters on either side of it. */
export interface TextQuote {
  exact: string;
  prefix: string;
  suffix: string;
}

/**
 * A W3C TextPositionSelector. Counted in Unicode code points, as the Web Annotation vocabulary
 * defines characters; `codePoints.ts` converts to the UTF-16 offsets JavaScript strings use.
 */
export interface TextPosition {
  start: number;
  end: number;
}

/** Where a passage of a PDF paper stands in the PDF itself. */
export interface PdfPlace {
  /** pdf.js's fingerprint of the PDF (its first ID). */
  fingerprint: string;
  page: number;
}

export interface Annotation {
  /** A stable IRI ("urn:uuid:…"); merging concurrent writes relies on it. */
  id: string;
  /** ISO 8601 timestamps; null only for an annotation read from a store that has none. */
  created: string | null;
  modified: string | null;
  /** The reader's note; empty for a plain highlight. */
  note: string;
  tags: string[];
  quote: TextQuote;
  /** Null when the stored annotation has no TextPositionSelector. */
  position: TextPosition | null;
  /** Set for a passage of a PDF paper when it is made or re-attached: written as a page selector and the PDF's fingerprint. */
  pdf?: PdfPlace;
  /**
   * The annotation's JSON-LD object as read, so that properties this library does not interpret
   * (other selectors, bodies, creators…) survive a rewrite. Null for an annotation made here.
   */
  original: JsonObject | null;
}

export type { Span } from '../../analysis/model';
