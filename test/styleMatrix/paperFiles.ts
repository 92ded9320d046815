/** Writes a rendered paper and its gold side by side, as lsp_score.py --corpus DIR --gold DIR reads them. */
import * as fs from 'fs';
import * as path from 'path';
import { goldJson, goldOf } from './goldFile';
import { PaperDraft } from './paperDraft';
import { asExtractedFromPdf } from './pdfExtraction';
import { Random, seedOf } from './random';

function write(dir: string, paper: PaperDraft): number {
  const file = `${paper.name}.txt`;
  fs.writeFileSync(path.join(dir, file), paper.text);
  fs.writeFileSync(path.join(dir, `${paper.name}.gold.json`), goldJson(goldOf(paper, file)));
  return paper.citations.length;
}

/** The paper as rendered and as extracted from a PDF; returns how many gold citations the two carry. */
export function writePlainAndPdf(dir: string, plain: PaperDraft): number {
  return write(dir, plain) + write(dir, asExtractedFromPdf(plain, new Random(seedOf(`${plain.name}.pdf`))));
}
