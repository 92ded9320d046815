/**
 * Regenerates the style matrix fixtures (test/fixtures/style-matrix) from the CSL styles and locales in
 * ../shared/csl: `npm run matrix:generate`. Deterministic: the same styles give the same papers and gold.
 */
import * as fs from 'fs';
import * as path from 'path';
import { composePaper } from './composePaper';
import { goldJson, goldOf } from './goldFile';
import { PAIRS } from './matrix';
import { PaperDraft } from './paperDraft';
import { asExtractedFromPdf } from './pdfExtraction';
import { Random, seedOf } from './random';
import { inventWorks } from './works';
import { FIXTURES, PAPERS, WORKS_FILE } from './fixturePaths';

const CSL_DIR = path.resolve(__dirname, '../../../../shared/csl');
const PAPERS_PER_PAIR = 2;

function write(paper: PaperDraft): number {
  const file = `${paper.name}.txt`;
  fs.writeFileSync(path.join(PAPERS, file), paper.text);
  fs.writeFileSync(path.join(PAPERS, `${paper.name}.gold.json`), goldJson(goldOf(paper, file)));
  return paper.citations.length;
}

function main(): void {
  if (!fs.existsSync(path.join(CSL_DIR, 'styles'))) {
    console.error(`The CSL styles are not here: ${CSL_DIR} (the shared folder beside the repository).`);
    console.error('The committed fixtures in test/fixtures/style-matrix stay as they are.');
    process.exit(1);
  }
  const works = inventWorks();
  fs.rmSync(PAPERS, { recursive: true, force: true });
  fs.mkdirSync(PAPERS, { recursive: true });
  fs.writeFileSync(WORKS_FILE, JSON.stringify(works, null, 1) + '\n');
  let citations = 0;
  for (const pair of PAIRS) {
    for (let i = 0; i < PAPERS_PER_PAIR; i++) {
      const plain = composePaper(CSL_DIR, pair, i, works);
      citations += write(plain);
      citations += write(asExtractedFromPdf(plain, new Random(seedOf(`${plain.name}.pdf`))));
    }
  }
  const bytes = fs.readdirSync(PAPERS).reduce((n, f) => n + fs.statSync(path.join(PAPERS, f)).size, 0);
  console.log(`${PAIRS.length} pairs, ${PAIRS.length * PAPERS_PER_PAIR * 2} papers, ${citations} gold citations, ${(bytes / 1e6).toFixed(2)} MB in ${path.relative(process.cwd(), FIXTURES)}`);
}

main();
