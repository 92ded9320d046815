/**
 * Definition cues of Portuguese, Spanish, French and German, beside the English ones of `concepts/definitionCues.ts`:
 * what stands after a term that is defined ("é definido como", "se define como", "est défini comme", "wird definiert
 * als"), means ("significa", "designa", "désigne", "bedeutet", "bezeichnet"), and before a term that is named
 * ("chamado", "denominado", "llamado", "appelé", "sogenannte") or introduced ("o conceito de", "la notion de", "der Begriff").
 */

/** After the term: the copula and participle of "defined as", then the definition (group 1). */
export const DEFINED_AS_AFTER = new RegExp(
  String.raw`^[\s,]*(?:(?:é|são|foi|foram|pode ser|podem ser|es|son|fue|fueron|puede ser|pueden ser|est|sont|a été|ont été|peut être|peuvent être)\s+(?:aqui\s+|aquí\s+|ici\s+)?(?:definid[oa]s?|entendid[oa]s?|compreendid[oa]s?|concebid[oa]s?|défini(?:e|s|es)?|compris(?:e|es)?|entendu(?:e|s|es)?|conçu(?:e|s|es)?)\s+(?:como|comme)|(?:se\s+)?define(?:-se)?\s+como|se\s+(?:define|entiende|concibe)\s+como|entende-se\s+como|se\s+définit\s+comme|(?:wird|werden|ist|sind)\s+(?:hier\s+)?(?:definiert|verstanden)\s+als)\s+(.*)$`,
  'iu',
);

/** After the term: a verb that says what it means, then the meaning (group 1). */
export const MEANS_AFTER = /^[\s,]*(?:significa|significam|refere-se a|referem-se a|se refiere a|se refieren a|designa|designam|denota|signifie|signifient|désigne|désignent|renvoie à|bedeutet|bedeuten|bezeichnet|bezeichnen|meint)\s+(.*)$/iu;

/** Right before the term: a word that names it. */
export const NAMED_BEFORE = /\b(?:chamad[oa]s?|denominad[oa]s?|designad[oa]s? (?:por|como)|conhecid[oa]s? como|llamad[oa]s?|conocid[oa]s? como|appelée?s?|dénommée?s?|qualifiée?s? de|connue?s? sous le nom de|so(?:-| )?genannte[nmrs]?|genannte[nmrs]?)\s+["'“‘«„*]*$/iu;

/** A quick test of the last words before a term for `NAMED_BEFORE`. */
export const NAMED_TAIL = /chamad|denominad|designad|conhecid|llamad|conocid|appel|dénomm|qualifi|connu|genannt/i;

/** Right before the term: "o conceito de", "la noción de", "la notion de", "der Begriff der". */
export const NOTION_OF_BEFORE = /\b(?:a|o|la|el|le|l['’]|der|die|das|den)\s*(?:noção|conceito|ideia|princípio|noción|concepto|idea|principio|notion|concept|idée|principe|Begriff|Konzept|Idee|Prinzip)\s+(?:de|da|do|del|des|du|d['’]|der|des|von)?\s*["'“‘«„*]*$/iu;

/** Defining verbs after a term, for finding terms that are not set off ("capital social é definido como"). */
export const DEFINING_VERB_SOURCE = String.raw`(?:é|são|es|son|est|sont|wird|ist)\s+(?:definid[oa]s?|défini(?:e|s|es)?|definiert)\s+(?:como|comme|als)\b|(?:se\s+)?define(?:-se)?\s+como\b|se\s+définit\s+comme\b|refere-se a\b|se refiere a\b|désigne\b|bezeichnet\b|bedeutet\b`;

/** Articles and prepositions that end or cannot start a term, in these languages. */
export const FUNCTION_WORDS_OTHER = [
  'o', 'os', 'um', 'uma', 'de', 'da', 'do', 'das', 'dos', 'em', 'no', 'na', 'nos', 'nas', 'e', 'que', 'el', 'la', 'los', 'las', 'un', 'una',
  'del', 'en', 'y', 'le', 'les', 'une', 'du', 'des', 'au', 'aux', 'et', 'qui', 'der', 'die', 'das', 'den', 'dem', 'ein', 'eine', 'einen',
  'von', 'zu', 'im', 'und', 'dass', 'se', 'es', 'est', 'ist', 'é', 'são', 'son', 'sont', 'wird',
];
