/** The Paper model: everything the analysis finds in one document, with offsets into its text. */
import { DiagnosticCode } from './diagnosticCodes';
import type { WordIndex } from './wordIndex';
import type { KeyCitation } from './citations/keyCitations';

/** A half-open range of UTF-16 offsets into `Paper.text` (JavaScript string indexes). */
export interface Span {
  start: number;
  end: number;
}

export type CitationKind = 'author-date' | 'narrative' | 'footnote' | 'numeric' | 'note-reference';
export type CitationStatus = 'resolved' | 'ambiguous' | 'unresolved';

export interface Section {
  title: string;
  /** The heading line. */
  span: Span;
  level: number;
}

export interface ReferenceEntry {
  id: number;
  /** The whole entry, possibly over several lines. */
  span: Span;
  /** The entry's text with line breaks folded to spaces and Markdown residue removed. */
  text: string;
  /** Author part as written ("Aris, S. & Snetkov, A.", "ASEAN", "SCO Charter"). */
  authorText: string;
  /** Family names (or corporate names) in order; empty for an entry that starts with a URL. */
  surnames: string[];
  /** True when the entry itself says "et al." after its listed authors. */
  etAl: boolean;
  /** "2009a", "n.d." for an undated entry, null when no year could be read. */
  year: string | null;
  /** Label of a numbered list entry ("1" for "[1] ..." or "1. ..."), else null. */
  label: string | null;
  title: string | null;
  /** First URL or DOI link in the entry. */
  link: string | null;
  /** Pages as "first-last" when the entry gives a range. */
  pages: { first: number; last: number } | null;
}

export interface Note {
  id: number;
  /** The note's number; null for a note whose number was lost in extraction. */
  number: number | null;
  span: Span;
  text: string;
  placement: 'endnote' | 'footnote';
}

interface SuggestionBase {
  /** Replacement text for the citation span ("Barelli, 2018"). */
  replacement: string;
  /** Human label of the target ("Barelli, M. (2018)"). */
  label: string;
}

export interface EntrySuggestion extends SuggestionBase {
  /** Reference entry id. */
  entry: number;
  /** True when the fix can be trusted: the year alone differs, or the cited name is a near spelling of the entry's. */
  preferred: boolean;
}

export interface NoteSuggestion extends SuggestionBase {
  /** Note id. */
  note: number;
}

interface CitationBase {
  id: number;
  /** From the first author's name through the year (author-date), or the marker characters. */
  span: Span;
  text: string;
  /** Cited names as written (author-date and narrative). */
  names: string[];
  /** Cited year ("2009a", "n.d."), null for notes and numeric citations. */
  year: string | null;
  /** Note number or numeric reference label. */
  number: number | null;
  /** Page locator cited at this spot ("p. 2", "451-467"). */
  locator: string | null;
  status: CitationStatus;
  /** Why the citation does not resolve to exactly one target; null when it does. */
  problem: DiagnosticCode | null;
}

/** A citation of a work in the reference list: author-date, narrative, numeric, or the work a note cites. */
export interface WorkCitation extends CitationBase {
  kind: 'author-date' | 'narrative' | 'numeric' | 'note-reference';
  /** Reference entry ids. */
  entries: number[];
  suggestions: EntrySuggestion[];
  /** For a numeric range ("[6–13]"), each of its two numbers as written and the entry that number alone names. */
  rangeEnds?: Array<{ span: Span; entry: number }>;
}

/** A call to a footnote or endnote. */
export interface NoteCall extends CitationBase {
  kind: 'footnote';
  /** Note ids (one when resolved). */
  notes: number[];
  suggestions: NoteSuggestion[];
}

export type Citation = WorkCitation | NoteCall;

export interface Organisation {
  id: number;
  name: string;
  abbreviation: string | null;
  /** Where the full name and the abbreviation first stand together, if anywhere. */
  definition: Span | null;
  /** The name given with the short form in another language: "Instituto Nacional de Estatística (INE, National Statistics Institute)". */
  gloss: string | null;
  /** The sentence that best says what the organisation is. */
  description: string | null;
  mentions: Span[];
  /** 'organisation' for a body (its name is built on Organisation, Council, Union, ...), 'abbreviation' for anything else abbreviated. */
  kind: 'organisation' | 'abbreviation';
  /** Spelling-independent key of the full name ("shanghai cooperation organization"); the short form when no name is known. */
  key: string;
  /** Where the description sentence stands, and how plainly it describes (higher is plainer). */
  descriptionSpan: Span | null;
  descriptionStrength: number;
}

export interface Concept {
  id: number;
  term: string;
  /** The defining sentence. */
  definition: Span;
  /** The definition, trimmed to what it says about the term. */
  gist: string;
  mentions: Span[];
  /** Spelling-independent key of the term. */
  key: string;
  /** How the paper introduces the term ("defined as", "called", "keyword", ...). */
  cue: string;
  /** How plainly the sentence defines the term: 1 for a keyword list only, 2 and more for a defining sentence. */
  strength: number;
}

/** What the first two stages find: layout, reference list and notes, then citations with their resolution. */
export interface CitedPaper {
  text: string;
  /** Offsets at which each line starts. */
  lineStarts: number[];
  /** False for a document with no reference list, no notes and no citations. */
  isPaper: boolean;
  sections: Section[];
  references: ReferenceEntry[];
  notes: Note[];
  citations: Citation[];
  /** Citations by key ("[@marsh2016, p. 4]"), which the reader's library resolves. */
  keyCitations: KeyCitation[];
  /** The document's front matter names a bibliography (Pandoc's `bibliography:`): a manuscript citing the reader's library. */
  namesBibliography: boolean;
}

/** What the third stage finds: organisations and concepts, and the word index they were found with. */
export interface PaperTerms {
  organisations: Organisation[];
  concepts: Concept[];
  /** Every word of the text, for looking up any term (this paper's or another paper's). */
  words: WordIndex;
}

/** The whole model of one document. */
export interface Paper extends CitedPaper, PaperTerms {}
