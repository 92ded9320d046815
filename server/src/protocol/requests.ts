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

/** `scholarly/exportReferences`: a paper's reference entries (all, or those of `entries`) in a reference manager's format. */
export const EXPORT_REFERENCES_REQUEST = 'scholarly/exportReferences';

export const REFERENCE_FORMATS = ['bibtex', 'csl-json', 'ris'] as const;
export type ReferenceFormat = (typeof REFERENCE_FORMATS)[number];
export const REFERENCE_FORMAT_NAMES: Record<ReferenceFormat, string> = { bibtex: 'BibTeX', 'csl-json': 'CSL-JSON', ris: 'RIS' };
/** The file name extension of each format (CSL-JSON as Better BibTeX names its exports). */
export const REFERENCE_FORMAT_EXTENSIONS: Record<ReferenceFormat, string> = { bibtex: 'bib', 'csl-json': 'csl.json', ris: 'ris' };

export function isReferenceFormat(s: unknown): s is ReferenceFormat {
  return (REFERENCE_FORMATS as readonly unknown[]).includes(s);
}

export interface ExportReferencesParams {
  textDocument: { uri: string };
  format: ReferenceFormat;
  /** Entry ids (as in `CopyEntryArguments`); every entry when absent. */
  entries?: number[];
}

export interface ExportedReferences {
  /** The entries written out; empty when there are none. */
  text: string;
  count: number;
}

/** The client's command that copies one entry, as hovers and code actions name it; its arguments are the document URI, the entry id and the format. */
export const COPY_ENTRY_COMMAND = 'scholarlyLens.copyEntry';
export type CopyEntryArguments = [uri: string, entry: number, format: ReferenceFormat];

/** What the client tells the server in `initializationOptions`. */
export interface InitializationOptions {
  /** False in VS Code, which shows annotation notes on its own highlights; other editors get them as hovers. */
  annotationHovers?: boolean;
  /** True in VS Code, which runs `COPY_ENTRY_COMMAND`: entry hovers link to it and entries get code actions that run it. */
  entryCopyCommands?: boolean;
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
