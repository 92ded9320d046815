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
  // measured 2026-12-01 (author-page, note calls, numbered note blocks): plain 0.794 / 0.659 / 0.137 / 0.771 / 0.473;
  // pdf 0.482 / 0.427 / 0.057 / 0.446 / 0.203
  plain: { recall: 0.79, resolution: 0.65, falseAlarms: 0.14, errorsFlagged: 0.76, rightFixAuthorDate: 0.47 },
  pdf: { recall: 0.48, resolution: 0.42, falseAlarms: 0.06, errorsFlagged: 0.44, rightFixAuthorDate: 0.2 },
};

/** How many of the 94 (style, locale, variant) rows may stay under ISSUE_PAIR_RECALL_TARGET (a ceiling; 55 today). */
export const MAX_ROWS_UNDER_PAIR_RECALL_TARGET = 55;

/** Short citations inside notes that resolve to their bibliography entry, note styles, both variants. */
export const NOTE_CITATION_FLOOR = 0.75; // measured 0.752
