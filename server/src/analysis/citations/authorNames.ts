/** What may stand as the author part of an author-date citation. */
import { AND_SOURCE, hasEtAlForm, isSectionName, PARTICLE_SOURCE, withoutEtAl } from '../conventions';

const PARTICLE_ONLY = new RegExp(String.raw`^${PARTICLE_SOURCE}$`);
const AND_WORD = new RegExp(String.raw`^${AND_SOURCE}$`);

/** Small words that join the words of a corporate name ("Board of Trade"); particles and and-words come from the conventions. */
const FUNCTION_WORDS = new Set(['of', 'the', 'for', 'on', 'in', 'to', 'a', 'an', 'at', 'by', 'with', 'from', 'al.']);

function isJoiningWord(word: string): boolean {
  return FUNCTION_WORDS.has(word) || PARTICLE_ONLY.test(word) || AND_WORD.test(word);
}

const MONTHS =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|spring|summer|autumn|fall|winter)\.?$/i;

/** Capitalised words that open a sentence or a clause, never an author. */
const NOT_NAMES = new Set([
  'according', 'in', 'as', 'the', 'see', 'while', 'when', 'for', 'but', 'and', 'thus', 'however', 'also', 'since', 'after',
  'before', 'during', 'from', 'by', 'with', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'both',
  'article', 'chapter', 'table', 'figure', 'fig', 'vol', 'no', 'part', 'section', 'page', 'art', 'until', 'till', 'between',
  'until', 'summit', 'meeting', 'declaration', 'resolution', 'law', 'act', 'report', 'treaty', 'charter', 'convention',
  'ibid', 'op', 'cit', 'here', 'there', 'where', 'even', 'only', 'if', 'so', 'yet', 'or', 'nor', 'an', 'a', 'on', 'at',
  'to', 'cf', 'eg', 'ie', 'viz', 'note', 'notes', 'source', 'sources', 'year', 'years', 'since', 'around', 'about', 'circa',
]);

/** Leading words that introduce a citation inside parentheses: "see", "e.g.", "cf.", "see also". */
export const CITATION_PREFIX = /^(?:(?:see|cf\.?|e\.\s?g\.,?|i\.\s?e\.,?|for example,?|for instance,?|quoted in|cited in|as cited in|also|and)\s+)+/i;

function bare(token: string): string {
  return token.replace(/^[("“'‘*]+|[)"”'’*,.:;]+$/g, '');
}

/** True when `nameText` reads as authors: capitalised words, corporate names, a URL. */
export function isAuthorPart(nameText: string): boolean {
  // "et al." in any language ("u. a.", "и др.") stands for more authors, not for words of the name.
  const text = withoutEtAl(nameText).trim();
  if (text.length === 0 || text.length > 160) return false;
  if (/^<?(?:https?:\/\/|www\.)\S+>?$/i.test(text)) return true;
  // A lone initial is no family name: "(L. 1758)" is Linnaeus as a taxonomic authority.
  if (/^\p{Lu}\.$/u.test(text)) return false;
  // "Oxford: Oxford University Press, 2007" is a place and publisher.
  if (text.includes(':')) return false;
  const tokens = text.split(/\s+/);
  if (tokens.length > 16) return false;
  const first = bare(tokens[0]);
  // "de Wael", "van der Berg": a family name may open with its particles in small letters.
  let named = 0;
  while (named < tokens.length - 1 && PARTICLE_ONLY.test(bare(tokens[named]))) named++;
  if (!/^\p{Lu}/u.test(bare(tokens[named])) || MONTHS.test(first)) return false;
  if (tokens.length === 1 && NOT_NAMES.has(first.toLowerCase())) return false;
  if (tokens.length > 1 && NOT_NAMES.has(first.toLowerCase()) && !/^\p{Lu}{2,}$/u.test(first)) return false;
  if (tokens.length > 1 && tokens[0].endsWith(',') && isSectionName(first)) return false;
  const lastWritten = bare(tokens[tokens.length - 1]);
  const last = lastWritten.toLowerCase();
  // A name ends with a name, not with a joining word in small letters ("Bin" or "De" capitalised is a family name).
  if (/^\p{Ll}/u.test(lastWritten) && isJoiningWord(last) && last !== 'al') return false;
  if (MONTHS.test(last)) return false;
  for (const token of tokens) {
    const word = bare(token);
    if (word === '' || !/\p{L}/u.test(word)) continue;
    if (/^\p{Lu}/u.test(word) || /^\d/.test(word)) continue;
    if (isJoiningWord(word.toLowerCase())) continue;
    if (/^(?:-ur-|-ul-|-al-)/.test(word) || /^[a-z]+-\p{Lu}/u.test(word)) continue;
    return false;
  }
  return true;
}

/** Between two cited names: a comma, a semicolon (ABNT) or an "and" word of any language. */
const NAME_SEPARATOR = new RegExp(String.raw`\s*[,;&]\s*|\s+(?:${AND_SOURCE})\s+`, 'u');

/** "Dodlova & Lucas" → ["Dodlova", "Lucas"]; "Moura; Lima" → ["Moura", "Lima"]; "Rensburg et al." → ["Rensburg"]. */
export function splitNames(nameText: string): string[] {
  return withoutEtAl(nameText)
    .split(NAME_SEPARATOR)
    .map((n) => n.trim())
    .filter((n) => /\p{L}/u.test(n));
}

export function hasEtAl(nameText: string): boolean {
  return hasEtAlForm(nameText);
}

export function isNotAName(word: string): boolean {
  return NOT_NAMES.has(word.toLowerCase()) || MONTHS.test(word);
}
