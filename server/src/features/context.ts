import { CitedPaper, OtherPapers, Paper } from '../analysis';

/** What a feature that reads citations, notes and entries gets: the document's URI and its model up to citations. */
export interface CitedContext {
  uri: string;
  paper: CitedPaper;
}

/** What a feature that also reads organisations and concepts gets, with what the other papers say. */
export interface PaperContext {
  uri: string;
  paper: Paper;
  others: OtherPapers;
}
