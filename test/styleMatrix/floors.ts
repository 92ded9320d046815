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
  // after the general recogniser, author-page (MLA) and note styles (calls in running text, citations inside notes):
  // plain 0.960 / 0.946 / 0.016 / 0.924 / 0.823; pdf 0.952 / 0.932 / 0.028 / 0.850 / 0.811
  plain: { recall: 0.95, resolution: 0.94, falseAlarms: 0.02, errorsFlagged: 0.92, rightFixAuthorDate: 0.81 },
  pdf: { recall: 0.95, resolution: 0.93, falseAlarms: 0.03, errorsFlagged: 0.84, rightFixAuthorDate: 0.8 },
};

/** How many of the 94 (style, locale, variant) rows may stay under ISSUE_PAIR_RECALL_TARGET (a ceiling; 9 today, 76 at first). */
export const MAX_ROWS_UNDER_PAIR_RECALL_TARGET = 9;

/** Short citations inside notes that resolve to their bibliography entry, note styles, both variants. */
export const NOTE_CITATION_FLOOR = 0.94; // measured 0.016 at first, 0.950 with citations read inside notes
