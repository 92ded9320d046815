/**
 * What the style matrix must not fall below: a ratchet set just under what is measured, so that a regression fails.
 * Issue 10's targets (ISSUE_TARGETS, pooled over every style, locale and variant, and no pair below 0.90 recall) are
 * all reached; the floors sit above them.
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
  // then plain 0.960 / 0.946 / 0.016 / 0.924 / 0.823, pdf 0.952 / 0.932 / 0.028 / 0.850 / 0.811;
  // 2026-12-02, rules per style family: plain 0.999 / 0.999 / 0.000 / 0.993 / 0.959; pdf 0.998 / 0.997 / 0.001 / 0.993 / 0.959
  plain: { recall: 0.99, resolution: 0.99, falseAlarms: 0.005, errorsFlagged: 0.98, rightFixAuthorDate: 0.94 },
  pdf: { recall: 0.99, resolution: 0.99, falseAlarms: 0.005, errorsFlagged: 0.98, rightFixAuthorDate: 0.94 },
};

/** How many of the 94 (style, locale, variant) rows may stay under ISSUE_PAIR_RECALL_TARGET (76 at first, 9, now none; lowest 0.982). */
export const MAX_ROWS_UNDER_PAIR_RECALL_TARGET = 0;

/** Short citations inside notes that resolve to their bibliography entry, note styles, both variants. */
export const NOTE_CITATION_FLOOR = 0.99; // measured 0.016 at first, 0.950 with citations read inside notes, 0.999 now
