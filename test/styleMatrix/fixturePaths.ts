/** Where the committed style matrix lives (paths from out/test/styleMatrix, where the compiled code runs). */
import * as path from 'path';

export const FIXTURES = path.resolve(__dirname, '../../../test/fixtures/style-matrix');
/** The papers and their gold side by side, as lsp_score.py --corpus DIR --gold DIR reads them. */
export const PAPERS = path.join(FIXTURES, 'papers');
