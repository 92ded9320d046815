/**
 * What the style matrix must not fall below. The goal is issue 10's targets (pooled over every style, locale and
 * variant: recall ≥ 0.97, resolution ≥ 0.97, false alarms ≤ 0.01, deliberate errors flagged ≥ 0.95, right fix
 * (author-date) ≥ 0.85, no pair below 0.90 recall). The recogniser does not reach them yet, so these floors are a
 * ratchet: set just under what is measured today, so that a regression fails. Raise them as the recogniser improves.
 */
export interface VariantFloors {
  recall: number;
  resolution: number;
  /** A ceiling: gold-resolved citations flagged as problems. */
  falseAlarms: number;
  errorsFlagged: number;
  /** First quick fix points at the intended entry, author-date styles. */
  rightFixAuthorDate: number;
}

export const ISSUE_TARGETS: VariantFloors = { recall: 0.97, resolution: 0.97, falseAlarms: 0.01, errorsFlagged: 0.95, rightFixAuthorDate: 0.85 };
export const ISSUE_PAIR_RECALL_TARGET = 0.9;

export const FLOORS: Record<'plain' | 'pdf', VariantFloors> = {
  // first measured 2026-12-01: plain 0.690 / 0.524 / 0.162 / 0.732 / 0.459; pdf 0.339 / 0.274 / 0.059 / 0.411 / 0.203
  // after the general recogniser and the rules of names, undated marks, et-al and joining words of every language:
  // plain 0.841 / 0.823 / 0.015 / 0.872 / 0.741; pdf 0.800 / 0.773 / 0.027 / 0.798 / 0.728
  plain: { recall: 0.83, resolution: 0.81, falseAlarms: 0.02, errorsFlagged: 0.86, rightFixAuthorDate: 0.73 },
  pdf: { recall: 0.79, resolution: 0.76, falseAlarms: 0.03, errorsFlagged: 0.79, rightFixAuthorDate: 0.72 },
};

/** How many of the 94 (style, locale, variant) rows may stay under ISSUE_PAIR_RECALL_TARGET (a ceiling; 35 today, 76 at first). */
export const MAX_ROWS_UNDER_PAIR_RECALL_TARGET = 35;

/** Short citations inside notes that resolve to their bibliography entry, note styles, both variants. */
export const NOTE_CITATION_FLOOR = 0.005; // measured 0.016 at first, 0.006 once note lines run on with their sentence (notes-bibliography work pending)
