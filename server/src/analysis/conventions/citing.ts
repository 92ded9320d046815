/**
 * Conventions of author-title citing (MLA, Chicago notes, MHRA, OSCOLA and their national forms), complete per
 * language as the style guides give them, not gathered from test papers. The and-words and "et al." forms of every
 * language are in `./index.ts`.
 */

/**
 * The work of the note before: Ibid./Ibidem (Latin, most languages), Ibíd. (es), Ebd./Ebenda (de), Ivi (it),
 * Id./Idem (law), Там же (ru), A.g.e. (tr, "adı geçen eser"). A regex source, at the start of a note.
 */
export const SAME_AS_BEFORE_SOURCE = String.raw`(?:ibid(?:em)?\.?|ibíd\.?|ebd\.?|ebenda|ivi|id(?:em)?\.|там\s+же|a\.\s?g\.\s?e\.)`;

/** A back-reference to an earlier note: "(n 14)" (OSCOLA), "above n 14", "supra n 14", "(note 14)". */
export const EARLIER_NOTE = /\(\s*(?:(?:above|supra)\s+)?(?:n|note)\.?\s*(\d{1,3})\s*\)|\b(?:above|supra)\s+(?:n|note)\.?\s*(\d{1,3})\b/i;
