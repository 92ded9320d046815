/**
 * Comparisons of a citation with reference entries (name fits, suggestion scores, entries looked up by key), and
 * of a numbered line with the note labels around it. They are what once grew as citations × entries and as
 * labels × labels; a test counts them to show the work grows linearly.
 */
export const comparisons = { count: 0 };
