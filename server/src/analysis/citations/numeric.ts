import { CitationCandidate, RangeEnd } from './candidate';

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
      const secondAt = across ? groupEnd - 1 - across[2].length : partStart + part[0].length - (part[2]?.length ?? 0);
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
        ...(part[2] && { rangeEnds: [rangeEnd(across ? groupStart + 1 : partStart, part[1], offset), rangeEnd(secondAt, part[2], offset)] }),
      });
    });
  }
  return out;
}

/** Where one number of a range is written: `digits` at `at` in the line. */
function rangeEnd(at: number, digits: string, offset: number): RangeEnd {
  return { span: { start: offset + at, end: offset + at + digits.length }, number: Number(digits) };
}

/**
 * Superscript citation numbers flattened by PDF extraction into the text: "spring1–3",
 * "Weber8,9", "medidas.12,14", "(n = 5)21,23". Digits glued to a small letter or to closing
 * punctuation after a word; never after a capital ("CO2", "AbcP1"), a digit ("3.5") or a counted
 * word ("Fig.2", "p.12"), never followed by a letter or digit.
 */
const FLAT = /(?<=[\p{Ll}.,;:)\]’”"'])(\d{1,3}(?:[–-]\d{1,3})?(?:,\s?\d{1,3}(?:[–-]\d{1,3})?)*)(?![\p{L}\d]|[.,]\d)/gu;
const COUNTED = /^(?:p|pp|fig|figs|no|nos|vol|ref|refs|tab|eq|n|nr|art|ch|chap|sec|table)$/i;

export function findFlatSuperscripts(line: string, offset: number): CitationCandidate[] {
  const out: CitationCandidate[] = [];
  for (const m of line.matchAll(FLAT)) {
    const at = m.index!;
    const mark = line[at - 1];
    const prev = line[at - 2] ?? '';
    const word = /\S*$/.exec(line.slice(Math.max(0, at - 40), at))![0];
    if (/\p{Ll}/u.test(mark)) {
      // Glued to a word ("species6", "RNAs17"), not to a code ("AbcP1", "pH7", "CO2", "x2").
      if (!/\p{L}{3}$/u.test(word) || /\d/.test(word)) continue;
    } else if (mark !== ')' && mark !== ']') {
      // After punctuation closing a word or a quotation ("medidas.12"), not a number ("3.5") or a counted word ("Fig.2").
      if (!/[\p{L})\]’”"']/u.test(prev)) continue;
      if (COUNTED.test(word.replace(/[^\p{L}]+$/u, '').replace(/^[^\p{L}]+/u, ''))) continue;
    }
    out.push(...partsOf(line, at, m[1], offset));
  }
  return out;
}

/** One candidate per number or range of a list written at [start, end). */
function partsOf(line: string, start: number, inside: string, offset: number): CitationCandidate[] {
  const out: CitationCandidate[] = [];
  for (const part of inside.matchAll(/(\d{1,4})(?:\s*[-–]\s*(\d{1,4}))?/g)) {
    const first = Number(part[1]);
    const last = part[2] ? Number(part[2]) : first;
    if (last < first || last - first > MAX_RANGE || first === 0) continue;
    const s = start + part.index!;
    out.push({
      kind: 'numeric',
      span: { start: offset + s, end: offset + s + part[0].length },
      text: line.slice(s, s + part[0].length),
      nameText: '',
      names: [],
      etAl: false,
      year: null,
      yearText: null,
      numbers: Array.from({ length: last - first + 1 }, (_, j) => first + j),
      locator: null,
      ...(part[2] && { rangeEnds: [rangeEnd(s, part[1], offset), rangeEnd(s + part[0].length - part[2].length, part[2], offset)] }),
    });
  }
  return out;
}

/** How far a number past the list may run ahead of the highest cited so far (styles number works in the order first cited). */
const MAX_AHEAD = 3;

/**
 * Keeps the candidates whose numbers are labels of the list, and numbers past the list's end that
 * continue the order of first citation (so "[44]" in a 43-entry list is flagged, "species1998" is not read).
 */
export function inCitationOrder(candidates: CitationCandidate[], highestLabel: number): CitationCandidate[] {
  let highest = 0;
  return candidates.filter((c) => {
    const first = c.numbers[0];
    const last = c.numbers[c.numbers.length - 1];
    if (last > highestLabel && (first > highest + MAX_AHEAD || highest < highestLabel - MAX_AHEAD)) return false;
    highest = Math.max(highest, last);
    return true;
  });
}

/** "(2,3)", "(4)", "(6–9, 12)": numbers in round brackets, as Vancouver styles print them. */
const ROUND = /\((\d{1,3}(?:\s*[-–]\s*\d{1,3})?(?:\s*,\s*\d{1,3}(?:\s*[-–]\s*\d{1,3})?)*)\)/g;

export function findRoundNumbers(line: string, offset: number): CitationCandidate[] {
  const out: CitationCandidate[] = [];
  for (const m of line.matchAll(ROUND)) out.push(...partsOf(line, m.index! + 1, m[1], offset));
  return out;
}
