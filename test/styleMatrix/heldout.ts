/**
 * Renders papers in CSL styles the recogniser was never tuned on and scores them as the style matrix does:
 *   node out/test/styleMatrix/heldout.js --styles DIR --locales DIR --out OUTDIR [--style id ...]
 * Without --style, every independent style in DIR. Each style's family comes from its CSL file; papers are en-US.
 */
import * as fs from 'fs';
import * as path from 'path';
import { composePaper } from './composePaper';
import { familyOfCsl } from './cslFamily';
import { matrixTable } from './matrixTable';
import { writePlainAndPdf } from './paperFiles';
import { scoreMatrix } from './scoreMatrix';
import { inventWorks } from './works';

const PAPERS_PER_STYLE = 2;

function options(argv: string[]): { styles: string; locales: string; out: string; ids: string[] } {
  const values = (flag: string) => argv.flatMap((a, i) => (a === flag && i + 1 < argv.length ? [argv[i + 1]] : []));
  const one = (flag: string) => {
    const v = values(flag);
    if (v.length !== 1) throw new Error(`usage: heldout --styles DIR --locales DIR --out OUTDIR [--style id ...] (${flag} missing)`);
    return path.resolve(v[0]);
  };
  return { styles: one('--styles'), locales: one('--locales'), out: one('--out'), ids: values('--style') };
}

function main(): void {
  const { styles, locales, out, ids } = options(process.argv.slice(2));
  const chosen = ids.length ? ids : fs.readdirSync(styles).filter((f) => f.endsWith('.csl')).map((f) => f.slice(0, -4)).sort();
  const works = inventWorks();
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  let rendered = 0;
  for (const style of chosen) {
    const file = path.join(styles, `${style}.csl`);
    if (!fs.existsSync(file)) {
      console.error(`skipped ${style}: no ${file}`);
      continue;
    }
    const family = familyOfCsl(fs.readFileSync(file, 'utf8'));
    if (!family) {
      console.error(`skipped ${style}: a dependent style or a citation format the matrix does not render`);
      continue;
    }
    try {
      const drafts = Array.from({ length: PAPERS_PER_STYLE }, (_, i) => composePaper({ styles, locales }, { style, locale: 'en-US' }, i, works, family));
      for (const draft of drafts) writePlainAndPdf(out, draft);
      rendered++;
    } catch (e) {
      console.error(`skipped ${style}: citeproc cannot render it (${(e as Error).message.split('\n')[0]})`);
    }
  }
  console.log(`${rendered} styles rendered into ${out}\n`);
  console.log(matrixTable(scoreMatrix(out)));
}

main();
