/** The gold of a generated paper in the format of ../shared/eval (GOLD-SPEC.md), which lsp_score.py reads. */
import { GoldKind, GoldStatus, PaperDraft } from './paperDraft';

export interface GoldCitation {
  line: number;
  col: number;
  text: string;
  kind: GoldKind;
  status: GoldStatus;
  target_lines: number[];
  range_target_lines?: number[];
  intended_lines: number[];
  why?: string;
}

/** A short citation inside a note and the line of the bibliography entry it names (the scorer ignores these). */
export interface GoldNoteCitation {
  line: number;
  col: number;
  text: string;
  target_lines: number[];
}

export interface GoldFile {
  paper: string;
  style: string;
  csl_style: string;
  locale: string;
  variant: 'plain' | 'pdf';
  references: Array<{ line: number; key: string; text: string }>;
  notes: Array<{ number: number; line: number }>;
  citations: GoldCitation[];
  note_citations: GoldNoteCitation[];
}

export function goldOf(paper: PaperDraft, fileName: string): GoldFile {
  const lineStarts = [0];
  for (let i = 0; i < paper.text.length; i++) if (paper.text[i] === '\n') lineStarts.push(i + 1);
  const lineIndex = (offset: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const where = (offset: number) => ({ line: lineIndex(offset) + 1, col: offset - lineStarts[lineIndex(offset)] });
  const anchorLine = new Map<string, number>([
    ...paper.entries.map((e) => [e.id, where(e.start).line] as const),
    ...paper.notes.map((n) => [n.id, where(n.start).line] as const),
  ]);
  const lines = (ids: string[]) => ids.map((id) => anchorLine.get(id)!);
  return {
    paper: fileName,
    style: paper.family,
    csl_style: paper.style,
    locale: paper.locale,
    variant: paper.variant,
    references: paper.entries.map((e) => ({
      line: where(e.start).line,
      key: e.key,
      text: paper.text.slice(e.start, e.start + 60).split('\n')[0],
    })),
    notes: paper.notes.map((n) => ({ number: n.number, line: where(n.start).line })),
    citations: paper.citations.map((c) => ({
      ...where(c.start),
      text: paper.text.slice(c.start, c.end),
      kind: c.kind,
      status: c.status,
      target_lines: lines(c.targets),
      ...(c.rangeTargets.length ? { range_target_lines: lines(c.rangeTargets) } : {}),
      intended_lines: lines(c.intended),
      ...(c.why ? { why: c.why } : {}),
    })),
    note_citations: paper.noteCitations.map((c) => ({ ...where(c.start), text: paper.text.slice(c.start, c.end), target_lines: lines([c.target]) })),
  };
}

/** The gold as JSON with one item per line: readable in a diff, and a third of the size of indented JSON. */
export function goldJson(gold: GoldFile): string {
  const fields = Object.entries(gold).map(([key, value]) =>
    Array.isArray(value) && value.length
      ? ` "${key}": [\n${value.map((v) => `  ${JSON.stringify(v)}`).join(',\n')}\n ]`
      : ` "${key}": ${JSON.stringify(value)}`,
  );
  return `{\n${fields.join(',\n')}\n}\n`;
}
