/**
 * Regenerates the style matrix fixtures (test/fixtures/style-matrix) from the CSL styles and locales in
 * ../shared/csl: `npm run matrix:generate`. Deterministic: the same styles give the same papers and gold.
 * `--out DIR` writes them to DIR instead (to compare a regeneration with the committed fixtures).
 */
import * as fs from 'fs';
import * as path from 'path';
import { composePaper } from './composePaper';
import { PAIRS } from './matrix';
import { writePlainAndPdf } from './paperFiles';
import { cslDirsIn } from './renderer';
import { inventWorks } from './works';
import { FIXTURES } from './fixturePaths';

const CSL_DIR = path.resolve(__dirname, '../../../../shared/csl');
const PAPERS_PER_PAIR = 2;

function main(): void {
  if (!fs.existsSync(path.join(CSL_DIR, 'styles'))) {
    console.error(`The CSL styles are not here: ${CSL_DIR} (the shared folder beside the repository).`);
    console.error('The committed fixtures in test/fixtures/style-matrix stay as they are.');
    process.exit(1);
  }
  const out = process.argv.includes('--out') ? path.resolve(process.argv[process.argv.indexOf('--out') + 1]) : FIXTURES;
  const papers = path.join(out, 'papers');
  const works = inventWorks();
  fs.rmSync(papers, { recursive: true, force: true });
  fs.mkdirSync(papers, { recursive: true });
  fs.writeFileSync(path.join(out, 'works.json'), JSON.stringify(works, null, 1) + '\n');
  let citations = 0;
  for (const pair of PAIRS) {
    for (let i = 0; i < PAPERS_PER_PAIR; i++) citations += writePlainAndPdf(papers, composePaper(cslDirsIn(CSL_DIR), pair, i, works));
  }
  const bytes = fs.readdirSync(papers).reduce((n, f) => n + fs.statSync(path.join(papers, f)).size, 0);
  console.log(`${PAIRS.length} pairs, ${PAIRS.length * PAPERS_PER_PAIR * 2} papers, ${citations} gold citations, ${(bytes / 1e6).toFixed(2)} MB in ${path.relative(process.cwd(), out)}`);
}

main();
