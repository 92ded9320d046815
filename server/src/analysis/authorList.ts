/**
 * The author list at the start of a reference entry, read name by name in the forms the major
 * styles print: "Surname, I. I." (APA, ABNT, Chicago), "Surname II" (Vancouver, NLM),
 * "I. Surname" (IEEE, co-authors in Chicago and Harvard), separated by commas, semicolons or an
 * "and" word, possibly closed by "et al." in any language. Reading stops at the first piece that
 * is not a name: that is where the title (or the year) begins.
 */
import { AND_SOURCE, ET_AL_SOURCE, PARTICLES } from './conventions';
import { analysisMemo } from './memo';

/** Family-name particles in any case ("de", "De", "DE" in ABNT capitals). */
const PARTICLE = `(?:${PARTICLES.map((w) => w.replace(/\p{L}/gu, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`))
  .join('|')})`;
/** A capitalised word of two letters or more; combining marks count as letters ("Marić" written with a separate accent). */
const CAPWORD = String.raw`\p{Lu}[\p{Ll}\p{Lu}\p{M}'’]+(?:-\p{L}[\p{Ll}\p{Lu}\p{M}'’]*)*`;
/** A family name of one or two words; the second is never a run of initials ("Okafor BN"). */
// A particle before a longer word belongs to the family name ("VAN DER BERG"), never stands as one itself.
const SURNAME = String.raw`(?:${PARTICLE}\s+){0,2}(?!${PARTICLE}\s+\p{Lu}[\p{L}\p{M}]{2,})${CAPWORD}(?:\s+(?:${PARTICLE}\s+){0,2}(?!\p{Lu}{1,4}(?![\p{L}'’-]))${CAPWORD})?`;
/**
 * "E.", "A. E.", "R.S.", "B-C.", "Y.-F.", "J-S", "Th.": given-name initials. The last one may leave its
 * full stop to the end of the name, so "Ostrander, P.S. Title" and "Creswell, J. W. Title" end before ". Title" as
 * "Ostrander, P. Title" does.
 */
const INITIALS = String.raw`\p{Lu}\p{Ll}?\.?(?:[\s-]*\p{Lu}\p{Ll}?\.)*(?:[\s-]*\p{Lu}\p{Ll}?(?=\.))?(?:-\p{Lu}\.?)?`;
/** "Jr.", "III" after the initials ("Pereira WB III", "Smith, J., Jr."). */
const SUFFIX = String.raw`(?:,?\s+(?:Jr|Sr|Jnr|Snr|II|III|IV)\.?)?`;
/** What may follow a name: punctuation, a year, an "and" word or "et al.". */
const NEXT = String.raw`\s*(?:[,;:&(]|$|\d|${ET_AL_SOURCE})|\s+(?:${AND_SOURCE})\s`;
const END = String.raw`(?=${NEXT}|\.\s|\.$)`;

/** One name, each form anchored at the current position. */
const FORMS = [
  // "Almeida, E.", "MOURA, T.", "Le Berre, Y.-F.", "Havel, P."
  new RegExp(String.raw`^(${SURNAME}),\s*(?:${INITIALS})${SUFFIX}${END}`, 'u'),
  // "Okafor BN", "De Wit CKW", "Lund K", "Okafor B.N.", "Lund K."; an undated Springer entry goes on to its title, in
  // sentence case, after a space ("Lund K The title") (never straight before a number: "Rep ABC 51:95" is a journal)
  new RegExp(String.raw`^(${SURNAME})\s+(?:(?:\p{Lu}\.(?:[\s-]?\p{Lu}\.){0,3}|\p{Lu}{1,4})(?:\s\p{Lu})?${SUFFIX})(?=\s*(?:[,;:.(]|$|${ET_AL_SOURCE})|\s+(?:${AND_SOURCE})\s|\s+\p{Lu}\p{Ll}*\s+\p{Ll})`, 'u'),
  // "P. Havel", "E. S. Moon", "J.-C. Dubois"
  new RegExp(String.raw`^(?:\p{Lu}\.[\s-]*){1,3}\s*(${SURNAME})(?=${NEXT}|\.)`, 'u'),
];
/** Given names written out ("Zeynep", "Hélène Marie", "Anna K."), as Chicago, MLA, ISO 690 and ABNT print them. */
const GIVEN_WORD = String.raw`\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)*`;
/** The family name's particles may follow the given names, as Chicago inverts them ("Berg, Liesbeth van der"). */
const GIVEN = String.raw`${GIVEN_WORD}(?:\s+(?:${GIVEN_WORD}|\p{Lu}\.))?(?:\s+${PARTICLE}){0,2}`;
/** After a name written out: never a colon ("Garden City, NY: Natural History Press" is a place and a publisher). */
const END_FULL = String.raw`(?=\s*(?:[,;&(]|$|\d|${ET_AL_SOURCE})|\s+(?:${AND_SOURCE})\s|\.\s|\.$)`;
/** In a list whose entries put a colon after the names (DIN 1505-2: "Akgündüz, Zeynep: Title"), the colon ends a name too. */
const END_FULL_COLON = END_FULL.replace('[,;&(]', '[,;&(:]');
/** The first name in full, family name first: "Akgündüz, Zeynep", "SILVA, João Pedro", "Berg, Liesbeth van der". */
// Never the whole line: "du Marais, Nantes" alone is a publisher's place wrapped from the line before.
const FULL_FIRST = new RegExp(String.raw`^(${SURNAME}),\s*${GIVEN}(?:\s+${PARTICLE}){0,2}${SUFFIX}(?!\s*$)${END_FULL}`, 'u');
const FULL_FIRST_COLON = new RegExp(String.raw`^(${SURNAME}),\s*${GIVEN}(?:\s+${PARTICLE}){0,2}${SUFFIX}(?!\s*$)${END_FULL_COLON}`, 'u');
/** A co-author in full, given name first: "and Zeynep Akgündüz", ", Gerrit van Hoeven" (never the first name: titles open that way). */
const FULL_LATER = new RegExp(String.raw`^${GIVEN}\s+(${SURNAME})${SUFFIX}${END_FULL}`, 'u');
const FULL_LATER_COLON = new RegExp(String.raw`^${GIVEN}\s+(${SURNAME})${SUFFIX}${END_FULL_COLON}`, 'u');
/** A co-author family name first in capitals, as ISO 690 and ABNT print every author: "SALCEDO, Inés". */
const CAPS_SURNAME = String.raw`\p{Lu}[\p{Lu}\p{M}'’-]+(?:\s+\p{Lu}[\p{Lu}\p{M}'’-]+){0,2}`;
const FULL_LATER_CAPS = new RegExp(String.raw`^(${CAPS_SURNAME}),\s*${GIVEN}${SUFFIX}${END_FULL}`, 'u');
const FULL_LATER_CAPS_COLON = new RegExp(String.raw`^(${CAPS_SURNAME}),\s*${GIVEN}${SUFFIX}${END_FULL_COLON}`, 'u');
const ENDS_WITH_AND = new RegExp(String.raw`(?:${AND_SOURCE})\s*$`, 'u');
const SEPARATOR = new RegExp(String.raw`^\s*(?:[,;]\s*)?(?:(?:${AND_SOURCE})\s+)?`, 'u');
const ET_AL_AT = new RegExp(String.raw`^\s*,?\s*${ET_AL_SOURCE}`, 'iu');

/** Whether the text opens with a name written out family name first, as bibliographies print their first author ("Sorokina, Olga."). */
export function opensWithFullName(text: string): boolean {
  return FULL_FIRST.test(text);
}

export interface AuthorList {
  /** Where the author list ends in the text (after its last name or "et al."). */
  end: number;
  surnames: string[];
  etAl: boolean;
}

/**
 * The author list the entry text opens with, or null when it does not open with a personal name.
 * Names written out in full read like title words ("Moreau, Jeanne, The Long Shore"), so a name given
 * first after a bare comma counts only when the list goes on to an "and" name or "et al.", and an
 * "and" that no name follows on the line makes the whole run a title ("Micro-Agendas, IO Theory, and the ...").
 * `colonAfterNames`: the list is one whose entries put a colon after names written out (DIN 1505-2), a colon that
 * elsewhere ends a place before its publisher ("Berkeley, California: Hill Press").
 */
export function readAuthorList(text: string, colonAfterNames = false): AuthorList | null {
  const list = colonAfterNames ? readListsWithColon(text) : readLists(text);
  return list && { ...list, surnames: [...list.surnames] };
}

/** The same line or entry is read for names by several stages. */
const readLists = analysisMemo(5000, 400, (text) => readAuthorListOnce(text, false));
const readListsWithColon = analysisMemo(5000, 400, (text) => readAuthorListOnce(text, true));

function readAuthorListOnce(text: string, colonAfterNames: boolean): AuthorList | null {
  const [fullFirst, fullLater, fullLaterCaps] = colonAfterNames ? [FULL_FIRST_COLON, FULL_LATER_COLON, FULL_LATER_CAPS_COLON] : [FULL_FIRST, FULL_LATER, FULL_LATER_CAPS];
  const surnames: string[] = [];
  let at = 0;
  let end = 0;
  let etAl = false;
  let usedFull = false;
  let capitals = false;
  let afterAnd = false;
  let afterSemicolon = false;
  /** Names given first after a bare comma, not yet confirmed, and where the list ended before them. */
  let tentative = 0;
  let endBeforeTentative = 0;
  while (at < text.length && surnames.length < 100) {
    const rest = text.slice(at, at + 200);
    let m: RegExpExecArray | null = null;
    // In a list printed in capitals, family name first ("DE MORAES, Mariana; DE JONG, Pieter"), that form comes first.
    if (capitals) m = fullLaterCaps.exec(rest);
    if (!m) for (const form of FORMS) if ((m = form.exec(rest))) break;
    let givenFirst = false;
    if (!m) {
      // After a semicolon a co-author may be written family name first too ("Nunes, Tiago ; Akgündüz, Zeynep").
      m = surnames.length === 0 || afterSemicolon ? fullFirst.exec(rest) : null;
      if (!m && surnames.length > 0) m = fullLaterCaps.exec(rest);
      if (!m && surnames.length > 0) {
        m = fullLater.exec(rest);
        givenFirst = m !== null;
      }
      usedFull ||= m !== null;
    }
    if (!m) {
      if (afterAnd && usedFull && rest.trim() !== '') return null;
      break;
    }
    if (givenFirst && !afterAnd) {
      if (tentative === 0) endBeforeTentative = end;
      tentative++;
    } else tentative = 0;
    if (surnames.length === 0) capitals = /^[^\p{Ll}]+$/u.test(m[1]) && /,\s*\p{Lu}\p{Ll}/u.test(m[0]);
    surnames.push(m[1]);
    end = at + m[0].length;
    const more = ET_AL_AT.exec(text.slice(end, end + 20));
    if (more) {
      etAl = true;
      tentative = 0;
      end += more[0].length;
      break;
    }
    const sep = SEPARATOR.exec(text.slice(end, end + 20))!;
    if (sep[0].trim() === '') break; // names follow one another only after a comma, semicolon or "and"
    afterAnd = ENDS_WITH_AND.test(sep[0]);
    afterSemicolon = sep[0].includes(';');
    at = end + sep[0].length;
  }
  if (tentative > 0) {
    surnames.splice(surnames.length - tentative, tentative);
    end = endBeforeTentative;
  }
  if (surnames.length === 0) return null;
  return { end, surnames, etAl };
}
