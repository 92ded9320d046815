/** The style matrix's figures as a plain-text table, one row per (style, locale, variant), then pooled rows. */
import { figures, Tally } from './matrixScore';
import { MatrixRow, pooled } from './scoreMatrix';

const COLUMNS = ['recall', 'resolution', 'falseAlarms', 'errorsFlagged', 'rightFix', 'noteCitations'] as const;

function cells(label: string, t: Tally): string {
  const f = figures(t);
  return label.padEnd(58) + String(t.gold).padStart(6) + COLUMNS.map((c) => (f[c] === null ? '—' : f[c]!.toFixed(3)).padStart(14)).join('');
}

export function matrixTable(rows: MatrixRow[]): string {
  const header = 'style locale variant'.padEnd(58) + 'gold'.padStart(6) + COLUMNS.map((c) => c.padStart(14)).join('');
  const lines = [header, ...rows.map((r) => cells(`${r.style} ${r.locale} ${r.variant}`, r.tally))];
  const families = [...new Set(rows.map((r) => r.family))];
  for (const family of families) {
    for (const variant of ['plain', 'pdf']) {
      lines.push(cells(`POOLED ${family} ${variant}`, pooled(rows.filter((r) => r.family === family && r.variant === variant))));
    }
  }
  lines.push(cells('POOLED plain', pooled(rows.filter((r) => r.variant === 'plain'))));
  lines.push(cells('POOLED pdf', pooled(rows.filter((r) => r.variant === 'pdf'))));
  lines.push(cells('POOLED all', pooled(rows)));
  return lines.join('\n');
}
