/**
 * Conventions of author-title citing (MLA, Chicago notes, MHRA, OSCOLA and their national forms), complete per
 * language as the style guides give them, not gathered from test papers.
 */

/** "and" between two authors: and, & (all), e (pt, it), y (es), und (de), et (fr), и (ru), ve (tr), en (nl), i (pl, ca), och (sv). */
export const AND_WORDS_SOURCE = String.raw`(?:and|&|e|y|und|et|и|ve|en|i|och)`;

/**
 * More authors than named: et al. (Latin, most styles), and others (OSCOLA), u. a. (de), e altri / et alii (it),
 * y otros (es), e outros (pt), et autres (fr), и др. (ru), vd. / ve ark. (tr).
 */
export const MORE_AUTHORS_SOURCE = String.raw`(?:et\s*al(?:ii|ia)?\.?|and\s+others|u\.\s?a\.|e\s+altri|y\s+otros|e\s+outros|et\s+autres|и\s+др\.?|vd\.|ve\s+ark\.?)`;

/**
 * The work of the note before: Ibid./Ibidem (Latin, most languages), Ibíd. (es), Ebd./Ebenda (de), Ivi (it),
 * Id./Idem (law), Там же (ru), A.g.e. (tr, "adı geçen eser"). A regex source, at the start of a note.
 */
export const SAME_AS_BEFORE_SOURCE = String.raw`(?:ibid(?:em)?\.?|ibíd\.?|ebd\.?|ebenda|ivi|id(?:em)?\.|там\s+же|a\.\s?g\.\s?e\.)`;

/** A back-reference to an earlier note: "(n 14)" (OSCOLA), "above n 14", "supra n 14", "(note 14)". */
export const EARLIER_NOTE = /\(\s*(?:(?:above|supra)\s+)?(?:n|note)\.?\s*(\d{1,3})\s*\)|\b(?:above|supra)\s+(?:n|note)\.?\s*(\d{1,3})\b/i;
