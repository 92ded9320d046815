/**
 * Words in capitals that are ordinary English words ("NOT", "AS IS", "WITHOUT WARRANTY") rather than short
 * forms: a paper that never expands one and never writes "the NOT" is setting the word in capitals.
 */
import { COMMON_ENGLISH_WORDS } from '../conventions/commonEnglishWords';

let common: Set<string> | null = null;

export function isCommonWord(word: string): boolean {
  common ??= new Set(COMMON_ENGLISH_WORDS.split(/\s+/));
  return common.has(word.toLowerCase());
}

/** True when some use of the short form at these offsets follows "the", as a name does ("the WHO"; not "the IT-based"). */
export function usedWithArticle(text: string, short: string, offsets: readonly number[]): boolean {
  return offsets.some((at) => text[at + short.length] !== '-' && /(?:^|[^\p{L}])the\s$/iu.test(text.slice(Math.max(0, at - 5), at)));
}
