/** Scores one generated paper against its gold the way ../shared/eval/lsp_score.py does, from in-process predictions. */
import { GoldFile } from './goldFile';
import { Prediction } from './predictions';

export interface Tally {
  gold: number;
  found: number;
  resolvable: number;
  resolvedRight: number;
  falseAlarms: number;
  errors: number;
  errorsFlagged: number;
  fixable: number;
  rightFix: number;
  noteCitations: number;
  noteCitationsResolved: number;
}

export const EMPTY_TALLY: Tally = {
  gold: 0, found: 0, resolvable: 0, resolvedRight: 0, falseAlarms: 0, errors: 0, errorsFlagged: 0, fixable: 0, rightFix: 0,
  noteCitations: 0, noteCitationsResolved: 0,
};

export function added(a: Tally, b: Tally): Tally {
  return Object.fromEntries(Object.entries(a).map(([k, v]) => [k, v + b[k as keyof Tally]])) as unknown as Tally;
}

export function scorePaper(gold: GoldFile, text: string, predictions: Prediction[]): Tally {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  const lineOf = (offset: number) => {
    let line = 0;
    while (line + 1 < lineStarts.length && lineStarts[line + 1] <= offset) line++;
    return line + 1;
  };
  const covering = (offset: number) => predictions.find((p) => p.start <= offset && offset < Math.max(p.end, p.start + 1));
  const t = { ...EMPTY_TALLY };
  for (const c of gold.citations) {
    t.gold++;
    const p = covering(lineStarts[c.line - 1] + c.col);
    if (p) t.found++;
    const flagged = !!p?.flagged;
    if (c.status !== 'unresolved') {
      t.resolvable++;
      const allowed = new Set([...c.target_lines, ...(c.range_target_lines ?? [])]);
      const lines = p?.targetStarts.map(lineOf) ?? [];
      if (lines.length && lines.every((l) => allowed.has(l))) t.resolvedRight++;
      if (c.status === 'resolved' && flagged) t.falseAlarms++;
      continue;
    }
    t.errors++;
    if (flagged) t.errorsFlagged++;
    if (c.intended_lines.length && c.kind !== 'footnote-marker') {
      t.fixable++;
      if (p?.flagged && p.suggestionStart !== null && c.intended_lines.includes(lineOf(p.suggestionStart))) t.rightFix++;
    }
  }
  for (const n of gold.note_citations) {
    t.noteCitations++;
    const start = lineStarts[n.line - 1] + n.col;
    const inside = predictions.filter((p) => p.start >= start && p.start < start + n.text.length);
    if (inside.some((p) => p.targetStarts.length && p.targetStarts.every((s) => n.target_lines.includes(lineOf(s))))) t.noteCitationsResolved++;
  }
  return t;
}

export interface Figures {
  recall: number | null;
  resolution: number | null;
  falseAlarms: number | null;
  errorsFlagged: number | null;
  rightFix: number | null;
  noteCitations: number | null;
}

const share = (a: number, b: number) => (b ? a / b : null);

export function figures(t: Tally): Figures {
  return {
    recall: share(t.found, t.gold),
    resolution: share(t.resolvedRight, t.resolvable),
    falseAlarms: share(t.falseAlarms, t.resolvable),
    errorsFlagged: share(t.errorsFlagged, t.errors),
    rightFix: share(t.rightFix, t.fixable),
    noteCitations: share(t.noteCitationsResolved, t.noteCitations),
  };
}
