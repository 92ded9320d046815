import { analysePaper, Paper } from '../analysis';
import { BadFileError, readPaper } from './files';

export interface AnalysedPaper {
  path: string;
  paper: Paper;
}

/**
 * Reads and analyses the files one at a time (one paper in memory at once). A file that cannot be read or
 * analysed is added to `bad` and the run goes on with the next.
 */
export function* analysedPapers(files: readonly string[], maxMB: number, bad: BadFileError[]): Generator<AnalysedPaper> {
  for (const file of files) {
    let paper: Paper;
    try {
      paper = analysePaper(readPaper(file, maxMB).text);
    } catch (error) {
      bad.push(
        error instanceof BadFileError
          ? error
          : new BadFileError(file, `internal error while analysing it (${error instanceof Error ? error.message : String(error)}). Please report it with this file.`),
      );
      continue;
    }
    yield { path: file, paper };
  }
}
