/**
 * Finding an annotation's passage in a paper's current text, and describing a passage with selectors.
 *
 * Anchoring tries, in order: the stored position (when the text there is still the quote); the
 * exact quote, choosing among occurrences by how well the surrounding text matches the stored
 * prefix and suffix and then by nearness to the stored position; a fuzzy match of the quote,
 * scored the same way (the approach of Hypothesis's client, with the same library). A passage
 * found none of these ways is orphaned.
 */
import search from 'approx-string-match';
import { alignToCodePoint, toCodePointOffset, toUtf16Offset } from './codePoints';
import { Annotation, Span, TextPosition, TextQuote } from './model';

/** Characters of context kept on either side of a quote. */
export const CONTEXT_LENGTH = 32;

export type AnchorMethod = 'position' | 'quote' | 'fuzzy';

export type Anchoring = { status: 'anchored'; span: Span; method: AnchorMethod } | { status: 'orphaned' };

export interface Selectors {
  quote: TextQuote;
  position: TextPosition;
}

/** Selectors that describe `span` of `text`. */
export function selectorsFor(text: string, span: Span): Selectors {
  const prefixStart = alignToCodePoint(text, Math.max(0, span.start - CONTEXT_LENGTH));
  const suffixEnd = alignToCodePoint(text, Math.min(text.length, span.end + CONTEXT_LENGTH));
  return {
    quote: {
      exact: text.slice(span.start, span.end),
      prefix: text.slice(prefixStart, span.start),
      suffix: text.slice(span.end, suffixEnd),
    },
    position: { start: toCodePointOffset(text, span.start), end: toCodePointOffset(text, span.end) },
  };
}

export function anchor(text: string, quote: TextQuote, position: TextPosition | null): Anchoring {
  const hint = position ? utf16Span(text, position) : null;
  if (hint && text.slice(hint.start, hint.end) === quote.exact) return { status: 'anchored', span: hint, method: 'position' };

  const exact = occurrences(text, quote.exact).map((start) => ({ start, end: start + quote.exact.length, errors: 0 }));
  if (exact.length > 0) return { status: 'anchored', span: best(text, quote, hint, exact), method: 'quote' };

  const maxErrors = Math.min(256, Math.floor(quote.exact.length / 4));
  const fuzzy = maxErrors > 0 ? search(text, quote.exact, maxErrors) : [];
  if (fuzzy.length > 0) return { status: 'anchored', span: best(text, quote, hint, fuzzy), method: 'fuzzy' };
  return { status: 'orphaned' };
}

export interface Reanchored {
  /** The annotation with selectors that describe where it is anchored now; the same object when nothing changed or it is orphaned. */
  annotation: Annotation;
  anchoring: Anchoring;
}

/**
 * Anchors `annotation` in `text` and brings its selectors up to date with the passage found, so
 * that the next anchoring starts from the current text. An orphan keeps its selectors. The
 * `modified` time is left alone: the reader did not change the annotation.
 */
export function reanchor(annotation: Annotation, text: string): Reanchored {
  const anchoring = anchor(text, annotation.quote, annotation.position);
  if (anchoring.status === 'orphaned') return { annotation, anchoring };
  const { quote, position } = selectorsFor(text, anchoring.span);
  const unchanged =
    annotation.position?.start === position.start &&
    annotation.position.end === position.end &&
    annotation.quote.exact === quote.exact &&
    annotation.quote.prefix === quote.prefix &&
    annotation.quote.suffix === quote.suffix;
  return { annotation: unchanged ? annotation : { ...annotation, quote, position }, anchoring };
}

function utf16Span(text: string, position: TextPosition): Span | null {
  const start = toUtf16Offset(text, position.start);
  const end = toUtf16Offset(text, position.end);
  return start === null || end === null ? null : { start, end };
}

function occurrences(text: string, exact: string): number[] {
  const starts: number[] = [];
  for (let i = text.indexOf(exact); i !== -1; i = text.indexOf(exact, i + 1)) starts.push(i);
  return starts;
}

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

// Weights from Hypothesis's match-quote: the quote itself counts most, context next, position least.
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;

function best(text: string, quote: TextQuote, hint: Span | null, candidates: Candidate[]): Span {
  let bestCandidate = candidates[0];
  let bestScore = -Infinity;
  for (const candidate of candidates) {
    const score =
      QUOTE_WEIGHT * (1 - candidate.errors / quote.exact.length) +
      PREFIX_WEIGHT * similarity(quote.prefix, text.slice(Math.max(0, candidate.start - quote.prefix.length), candidate.start)) +
      SUFFIX_WEIGHT * similarity(quote.suffix, text.slice(candidate.end, candidate.end + quote.suffix.length)) +
      POSITION_WEIGHT * (hint ? 1 - Math.abs(candidate.start - hint.start) / Math.max(1, text.length) : 1);
    if (score > bestScore) {
      bestScore = score;
      bestCandidate = candidate;
    }
  }
  return { start: bestCandidate.start, end: bestCandidate.end };
}

/** 1 for equal strings, falling towards 0 with the edit distance; an empty stored context says nothing either way. */
function similarity(stored: string, actual: string): number {
  if (stored === '') return 1;
  if (actual === '') return 0;
  if (stored === actual) return 1;
  const matches = search(stored, actual, actual.length);
  const errors = matches.length > 0 ? matches[0].errors : actual.length;
  return 1 - errors / actual.length;
}
