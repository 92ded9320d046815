import { CitationKind, Span } from '../model';

/** A citation as recognised in the text, before it is resolved against the paper's lists. */
export interface CitationCandidate {
  kind: CitationKind;
  span: Span;
  text: string;
  /** The author part as written ("Dodlova & Lucas", "ASEAN", "SCO Charter"). */
  nameText: string;
  names: string[];
  etAl: boolean;
  year: string | null;
  /** The year as written ("s. a.", "2009a"), the last characters of `text`. */
  yearText: string | null;
  /** Note numbers or numbered-list labels. */
  numbers: number[];
  locator: string | null;
  /** For a numeric range ("6–13"), where each of its two numbers is written. */
  rangeEnds?: RangeEnd[];
}

export interface RangeEnd {
  span: Span;
  number: number;
}
