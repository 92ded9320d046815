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
  // measured 2026-12-01: plain 0.690 / 0.524 / 0.162 / 0.732 / 0.459; pdf 0.339 / 0.274 / 0.059 / 0.411 / 0.203
  plain: { recall: 0.68, resolution: 0.51, falseAlarms: 0.17, errorsFlagged: 0.72, rightFixAuthorDate: 0.45 },
  pdf: { recall: 0.33, resolution: 0.26, falseAlarms: 0.07, errorsFlagged: 0.4, rightFixAuthorDate: 0.19 },
};

/** How many of the 94 (style, locale, variant) rows may stay under ISSUE_PAIR_RECALL_TARGET (a ceiling; 76 today). */
export const MAX_ROWS_UNDER_PAIR_RECALL_TARGET = 76;

/** Short citations inside notes that resolve to their bibliography entry, note styles, both variants. */
export const NOTE_CITATION_FLOOR = 0.01; // measured 0.016
