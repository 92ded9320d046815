import { CitationCandidate, RangeEnd } from './candidate';

/**
 * "[1]", "[2, 3]", "[3–5]", "[1, 4-6]", the last number with a locator after an abbreviation, a capitalised word or
 * "§" in any language ("[16, p. 204]", "[3, S. 12–14]", "[7, с. 5]", "[2, Theorem 3]"), a page abbreviation with no point
 * (AMA's "[5, p121]") or a page after a colon ("[27:210]"), but not "[2, 3, and 5]";
 * not Markdown links "[1](…)" nor footnotes "[^1]".
 */
const LOCATOR = String.raw`(?:\p{L}{1,10}\.|\p{Lu}\p{Ll}{1,12}|\p{Ll}{1,2}(?=\d)|§{1,2})\s?\d{1,5}(?:\s*[-–]\s*\d{1,5})?`;
const COLON_PAGE = String.raw`\d{1,5}(?:\s*[-–]\s*\d{1,5})?`;
const BRACKETS = new RegExp(String.raw`\[(\d{1,4}(?:\s*[-–]\s*\d{1,4})?(?:\s*[,;]\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?)*)(?:,\s*(${LOCATOR})|:(${COLON_PAGE}))?\](?![(:])`, 'gu');
/** IEEE's "[1]–[3]": a range written across two brackets. */
const BRACKET_RANGE = /^\[(\d{1,4})\]\s*[-–]\s*\[(\d{1,4})\]/;
/** A symbol of one or two letters or digits glued to the bracket: "u[1]", "pc[2]", "x2[3]" index a quantity, they cite nothing. */
const INDEXED_SYMBOL = /(?<![\p{L}\d])[\p{L}\d]{1,2}$/u;
/** The widest range "[3–40]" still read as a citation. */
const MAX_RANGE = 50;

/** Numeric citations in one line: one candidate per number or range, the first and last carrying the brackets. */
export function findNumeric(line: string, offset: number): CitationCandidate[] {
  const out: CitationCandidate[] = [];
  let skipTo = 0;
  for (const m of line.matchAll(BRACKETS)) {
    if (m.index! < skipTo || INDEXED_SYMBOL.test(line.slice(Math.max(0, m.index! - 3), m.index!))) continue;
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
        locator: k === parts.length - 1 && !across ? m[2] ?? m[3] ?? null : null,
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
 * "Weber8,9", "medidas.12,14", "(n = 5)21,23", "change.1; 2" (a style parting them by semicolons). Digits glued to a small letter or to closing
 * punctuation after a word; never after a capital ("CO2", "AbcP1"), a digit ("3.5") or a counted
 * word ("Fig.2", "p.12"), never followed by a letter or digit, nor by a hyphen and a letter (a locant: "methyl2-butanoate").
 */
const FLAT = /(?<=[\p{Ll}.,;:)\]’”"'])(\d{1,3}(?:[–-]\d{1,3})?(?:[,;]\s?\d{1,3}(?:[–-]\d{1,3})?)*)(?![\p{L}\d]|[.,]\d|-\p{L})/gu;
const COUNTED = /^(?:p|pp|fig|figs|no|nos|vol|ref|refs|tab|eq|n|nr|art|ch|chap|sec|table)$/i;

/** A name holding a capital and ending in digits, and the list of numbers that may follow it: "KlmX23", "TEMPO18,19". */
const NAME_THEN_DIGITS = /(?<![\p{L}\d])(?=[\p{L}\d]*\p{Lu})(\p{L}[\p{L}\d]*\d)((?:,\s?\d{1,3}(?:[–-]\d{1,3})?)*)(?![\p{L}\d]|[.,]\d|-\p{L})/gu;
const WORD = /[\p{L}\d]+/gu;
/** The shortest name a superscript is read off ("A1", "CO2" are names of their own). */
const MIN_NAME = 3;

/** How often each word of letters and digits stands in the texts. */
export function wordCounts(texts: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const text of texts) for (const [w] of text.matchAll(WORD)) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

/**
 * `counts` (of the paper's words) tells a name glued to a superscript: "TEMPO18", "KlmX23" are "TEMPO" and
 * "KlmX2" with call 18 and 3 when the paper writes the name (of three characters or more) alone elsewhere
 * and the glued form only once (a recurring "CO2" is a name of its own).
 */
export function findFlatSuperscripts(line: string, offset: number, counts: Map<string, number>): CitationCandidate[] {
  const out: CitationCandidate[] = [];
  for (const m of line.matchAll(NAME_THEN_DIGITS)) {
    const glued = m[1];
    const run = /\d+$/.exec(glued)![0].length;
    // Digits after a small letter are read below, as glued to a word.
    if (counts.get(glued) !== 1 || /\p{Ll}/u.test(glued[glued.length - run - 1])) continue;
    const digits = Math.min(run, 3);
    const fits = (n: number) => n <= digits && glued.length - n >= MIN_NAME && glued[glued.length - n] !== '0';
    // Numbers of a list ascend, so a list glued to a name ("KlmX4 binds TEMPO918,19") starts with the digits just below the next.
    const next = m[2] ? Number(/\d+/.exec(m[2])![0]) : 0;
    const k =
      [1, 2, 3].find((n) => fits(n) && (counts.get(glued.slice(0, -n)) ?? 0) > 0) ??
      [3, 2, 1].find((n) => fits(n) && Number(glued.slice(-n)) < next);
    if (k !== undefined) out.push(...partsOf(line, m.index! + glued.length - k, glued.slice(-k) + m[2], offset));
  }
  for (const m of line.matchAll(FLAT)) {
    const at = m.index!;
    const mark = line[at - 1];
    const prev = line[at - 2] ?? '';
    const word = /\S*$/.exec(line.slice(Math.max(0, at - 40), at))![0];
    if (/\p{Ll}/u.test(mark)) {
      // Glued to a word ("species6", "RNAs17", "3-methylbutanol4"), not to a code ("AbcP1", "pH7", "CO2", "x2").
      if (!/\p{L}{3}$/u.test(word) || /\d/.test(word.replace(/^.*-/, ''))) continue;
    } else if (mark !== ')' && mark !== ']') {
      // After punctuation closing a word or a quotation ("medidas.12", "al.5"), not a number ("3.5"), a
      // counted word ("Fig.2") or a single letter ("(2 R,3 S)").
      if (!/[\p{L})\]’”"']/u.test(prev) || /(?<![\p{L}\d])\p{L}$/u.test(line.slice(0, at - 1))) continue;
      if (COUNTED.test(word.replace(/[^\p{L}]+$/u, '').replace(/^[^\p{L}]+/u, ''))) continue;
    }
    out.push(...partsOf(line, at, m[1], offset));
  }
  return out.sort((a, b) => a.span.start - b.span.start);
}

/** One candidate per number or range of a list written at [start, end). */
function partsOf(line: string, start: number, inside: string, offset: number, locator: string | null = null): CitationCandidate[] {
  const out: CitationCandidate[] = [];
  const parts = [...inside.matchAll(/(\d{1,4})(?:\s*[-–]\s*(\d{1,4}))?/g)];
  for (const [k, part] of parts.entries()) {
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
      locator: k === parts.length - 1 ? locator : null,
      ...(part[2] && { rangeEnds: [rangeEnd(s, part[1], offset), rangeEnd(s + part[0].length - part[2].length, part[2], offset)] }),
    });
  }
  return out;
}

/** How far a number past the list may run ahead of the highest cited so far (styles number works in the order first cited). */
const MAX_AHEAD = 3;

/**
 * Keeps the candidates whose numbers are labels of the list, numbers up to `slack` past the list's end
 * wherever they stand (a slip in numbering), and numbers further past it that continue the order of
 * first citation (so "[44]" in a 43-entry list is flagged, "species1998" is not read).
 */
export function inCitationOrder(candidates: CitationCandidate[], highestLabel: number, slack = 0): CitationCandidate[] {
  let highest = 0;
  return candidates.filter((c) => {
    const first = c.numbers[0];
    const last = c.numbers[c.numbers.length - 1];
    if (last > highestLabel + slack && (first > highest + MAX_AHEAD || highest < highestLabel - MAX_AHEAD)) return false;
    highest = Math.max(highest, last);
    return true;
  });
}

/** "(2,3)", "(4)", "(6–9, 12)", "(5 p. 12)": numbers in round brackets, as Vancouver styles print them, the last with a locator. */
const ROUND = new RegExp(String.raw`\((\d{1,3}(?:\s*[-–]\s*\d{1,3})?(?:\s*,\s*\d{1,3}(?:\s*[-–]\s*\d{1,3})?)*)(?:,?\s*(${LOCATOR}))?\)`, 'gu');

export function findRoundNumbers(line: string, offset: number): CitationCandidate[] {
  const out: CitationCandidate[] = [];
  for (const m of line.matchAll(ROUND)) out.push(...partsOf(line, m.index! + 1, m[1], offset, m[2] ?? null));
  return out;
}
