/** Requests and options the client and the server share beyond the LSP itself. */
import type { Location, Range } from 'vscode-languageserver-types';
import type { CitationKind, CitationStatus } from '../analysis/model';

export type { CitationKind, CitationStatus };

/** `scholarly/citations`: every citation the server recognised in a document. */
export const CITATIONS_REQUEST = 'scholarly/citations';

export interface CitationsParams {
  textDocument: { uri: string };
}


export interface CitationInfo {
  range: Range;
  text: string;
  kind: CitationKind;
  status: CitationStatus;
  /** The reference entries, or the note for a note call. */
  targets: Location[];
  /** Replacement texts offered for a citation that does not resolve. */
  suggestions?: string[];
}

/** `scholarly/paperStatus`: whether the server analyses a document (params: `CitationsParams`). */
export const PAPER_STATUS_REQUEST = 'scholarly/paperStatus';

export interface PaperStatus {
  /** Set when the paper is not analysed: why, and what to do, for the status bar. */
  notAnalysed?: string;
}

/** `scholarly/glossary`: a Markdown glossary of the workspace (terms, abbreviations, organisations). */
export const GLOSSARY_REQUEST = 'scholarly/glossary';

/** What the client tells the server in `initializationOptions`. */
export interface InitializationOptions {
  /** False in VS Code, which shows annotation notes on its own highlights; other editors get them as hovers. */
  annotationHovers?: boolean;
  /** A folder the server may write to (the extension's storage): the workspace index keeps its cache there. */
  storagePath?: string;
}

/** `scholarly/pdfText`: the text of a PDF paper, extracted by the server (params: `PdfTextParams`). */
export const PDF_TEXT_REQUEST = 'scholarly/pdfText';

export interface PdfTextParams {
  /** The PDF's file URI. */
  uri: string;
}

export interface PdfPageRange {
  number: number;
  start: number;
  end: number;
}

/** The text and where each page lies in it (offsets), or why the PDF gave none. */
export type PdfTextResult = { text: string; pages: PdfPageRange[]; fingerprint: string } | { error: string };

/**
 * The scheme of a PDF paper opened as a text document: the PDF's file URI with this scheme
 * (`scholarly-pdf:///home/me/paper.pdf`), so that every feature knows which PDF and page it reads.
 */
export const PDF_PAPER_SCHEME = 'scholarly-pdf';
