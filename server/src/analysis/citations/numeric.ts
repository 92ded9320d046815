import { CitationCandidate } from './candidate';

/** "[1]", "[2, 3]", "[3–5]", "[1, 4-6]": not Markdown links "[1](…)" nor footnotes "[^1]". */
const BRACKETS = /\[(\d{1,4}(?:\s*[-–]\s*\d{1,4})?(?:\s*[,;]\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?)*)\](?![(:])/g;
/** IEEE's "[1]–[3]": a range written across two brackets. */
const BRACKET_RANGE = /^\[(\d{1,4})\]\s*[-–]\s*\[(\d{1,4})\]/;
/** The widest range "[3–40]" still read as a citation. */
const MAX_RANGE = 50;

/** Numeric citations in one line: one candidate per number or range, the first and last carrying the brackets. */
export function findNumeric(line: string, offset: number): CitationCandidate[] {
  const out: CitationCandidate[] = [];
  let skipTo = 0;
  for (const m of line.matchAll(BRACKETS)) {
    if (m.index! < skipTo) continue;
    const groupStart = m.index!;
    const across = BRACKET_RANGE.exec(line.slice(groupStart));
    const groupEnd = groupStart + (across ? across[0].length : m[0].length);
    skipTo = groupEnd;
    const inside = across ? `${across[1]}–${across[2]}` : m[1];
    const parts = [...inside.matchAll(/(\d{1,4})(?:\s*[-–]\s*(\d{1,4}))?/g)];
    parts.forEach((part, k) => {
      const first = Number(part[1]);
      const lastNumber = part[2] ? Number(part[2]) : first;
      if (lastNumber < first || lastNumber - first > MAX_RANGE) return;
      const numbers = Array.from({ length: lastNumber - first + 1 }, (_, j) => first + j);
      const partStart = across ? groupStart : groupStart + 1 + part.index!;
      const start = k === 0 ? groupStart : partStart;
      const end = k === parts.length - 1 ? groupEnd : partStart + part[0].length;
      out.push({
        kind: 'numeric',
        span: { start: offset + start, end: offset + end },
        text: line.slice(start, end),
        nameText: '',
        names: [],
        etAl: false,
        year: null,
        yearText: null,
        numbers,
        locator: null,
      });
    });
  }
  return out;
}
