/**
 * Comparisons of a citation with reference entries (name fits, suggestion scores, entries looked up by key).
 * They are what once grew as citations × entries; a test counts them to show the work grows linearly.
 */
export const comparisons = { count: 0 };
