import { analysePaper } from '../analysis';
import { PaperFile } from './files';

export interface Row {
  paper: string;
  citations: number;
  resolved: number;
  unresolved: number;
  ambiguous: number;
  references: number;
  notes: number;
  concepts: number;
  organisations: number;
}

export function rowOf(file: PaperFile): Row {
  const p = analysePaper(file.text);
  const count = (status: string) => p.citations.filter((c) => c.status === status).length;
  return {
    paper: file.path,
    citations: p.citations.length,
    resolved: count('resolved'),
    unresolved: count('unresolved'),
    ambiguous: count('ambiguous'),
    references: p.references.length,
    notes: p.notes.length,
    concepts: p.concepts.length,
    organisations: p.organisations.length,
  };
}

/** `summary`: one row of counts per paper. */
export function runSummary(rows: Row[], json: boolean): number {
  if (json) {
    console.log(JSON.stringify(rows, null, 2));
    return 0;
  }
  const headers = Object.keys(rows[0] ?? { paper: '' }) as Array<keyof Row>;
  const table = [headers.map(String), ...rows.map((r) => headers.map((h) => String(r[h])))];
  const widths = headers.map((_, i) => Math.max(...table.map((row) => row[i].length)));
  for (const row of table) console.log(row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  '));
  return 0;
}
