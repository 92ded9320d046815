/** Scores every style-matrix paper in a folder (the committed ones by default), grouped by (style, locale, variant) and by style family. */
import * as fs from 'fs';
import * as path from 'path';
import { GoldFile } from './goldFile';
import { added, EMPTY_TALLY, scorePaper, Tally } from './matrixScore';
import { PAPERS } from './fixturePaths';
import { predictCitations } from './predictions';

export interface MatrixRow {
  style: string;
  locale: string;
  variant: 'plain' | 'pdf';
  family: string;
  papers: number;
  tally: Tally;
}

export function scoreMatrix(papers = PAPERS): MatrixRow[] {
  const rows = new Map<string, MatrixRow>();
  for (const file of fs.readdirSync(papers).filter((f) => f.endsWith('.gold.json')).sort()) {
    const gold: GoldFile = JSON.parse(fs.readFileSync(path.join(papers, file), 'utf8'));
    const text = fs.readFileSync(path.join(papers, gold.paper), 'utf8');
    const key = `${gold.csl_style} ${gold.locale} ${gold.variant}`;
    const row = rows.get(key) ?? { style: gold.csl_style, locale: gold.locale, variant: gold.variant, family: gold.style, papers: 0, tally: EMPTY_TALLY };
    rows.set(key, { ...row, papers: row.papers + 1, tally: added(row.tally, scorePaper(gold, text, predictCitations(text))) });
  }
  return [...rows.values()];
}

export function pooled(rows: MatrixRow[]): Tally {
  return rows.reduce((t, r) => added(t, r.tally), EMPTY_TALLY);
}
