/**
 * Names of organisations written without an abbreviation: runs of capitalised words built on a head noun
 * ("... Council", "... Organisation", "Commonwealth of ...", "Council of Heads of State") or on "United Nations".
 */
import { wordKey } from '../words';
import { LongWord } from './align';
import { wordsOf } from './abbreviations';

/** Nouns that make a capitalised name the name of a body (general English, not any paper's list). */
const HEAD_NOUNS = new Set(
  [
    'organisation', 'organization', 'council', 'union', 'forum', 'structure', 'secretariat', 'assembly', 'committee', 'commission',
    'bank', 'agency', 'association', 'alliance', 'league', 'community', 'commonwealth', 'institute', 'institution', 'university',
    'foundation', 'fund', 'party', 'ministry', 'department', 'parliament', 'congress', 'court', 'tribunal', 'consortium', 'club',
    'office', 'bureau', 'conference', 'army', 'forces', 'front', 'movement', 'network', 'centre', 'center', 'authority', 'board',
    'corporation', 'company', 'society', 'federation', 'confederation', 'cabinet', 'senate', 'directorate', 'secretariat',
    'watch', 'group', 'coalition', 'mission', 'programme', 'service',
  ].map(wordKey),
);

/** Heads that name a body only in the singular (or always plural, like "Forces"). */
const PLURAL_HEADS = new Set(['forces'].map((w) => w));

/** Capitalised words that start sentences rather than names. */
const NOT_A_NAME_START = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'in', 'on', 'at', 'by',
  'for', 'from', 'with', 'within', 'under', 'after', 'before', 'since', 'during', 'while', 'when', 'as', 'and', 'but', 'or',
  'both', 'each', 'every', 'all', 'other', 'such', 'another', 'some', 'many', 'most', 'several', 'unlike', 'like', 'through',
  'via', 'between', 'among', 'against', 'without', 'however', 'thus', 'moreover', 'furthermore', 'also', 'then', 'although',
  'though', 'if', 'because', 'today', 'recently', 'meanwhile', 'indeed', 'here', 'there', 'where', 'whereas', 'unlike', 'new',
  'to', 'of', 'into', 'over', 'upon', 'about', 'whether', 'what', 'which', 'who', 'how', 'why', 'not', 'no', 'only', 'even',
  'first', 'second', 'third', 'finally', 'later', 'earlier', 'similarly', 'consequently', 'therefore', 'hence', 'yet', 'so',
  'instead', 'rather', 'regarding', 'following', 'according', 'despite', 'given', 'including', 'especially', 'notably', 'see',
]);

const CONNECTOR = /^(?:of|for|and|on|in|the|de|des|du|to)$/;
const TAIL_START = /^(?:of|for|on)$/;

export interface NameFound {
  name: string;
  start: number;
  end: number;
}

function isHead(word: string): boolean {
  const lower = word.toLowerCase();
  if (lower.endsWith('s') && !PLURAL_HEADS.has(lower) && !/(?:ss|us)$/.test(lower) && HEAD_NOUNS.has(wordKey(word))) return false;
  return HEAD_NOUNS.has(wordKey(word));
}

function capitalised(w: LongWord): boolean {
  return /^[\p{Lu}]/u.test(w.text);
}

/** Organisation names in one paragraph line (`base` is its offset in the paper). */
export function organisationNames(lineText: string, base: number): NameFound[] {
  const words = wordsOf(lineText, base);
  const out: NameFound[] = [];
  let i = 0;
  while (i < words.length) {
    if (!capitalised(words[i])) {
      i++;
      continue;
    }
    // A run: capitalised words, connectors between them; punctuation other than hyphens and apostrophes ends it.
    let j = i + 1;
    while (j < words.length) {
      const gap = lineText.slice(words[j - 1].end - base, words[j].start - base);
      if (!/^\s+$/.test(gap)) break;
      if (capitalised(words[j])) {
        j++;
        continue;
      }
      if (CONNECTOR.test(words[j].text)) {
        let k = j;
        while (k < words.length && CONNECTOR.test(words[k].text) && /^\s+$/.test(lineText.slice(words[k - 1].end - base, words[k].start - base))) k++;
        if (k < words.length && capitalised(words[k]) && /^\s+$/.test(lineText.slice(words[k - 1].end - base, words[k].start - base))) {
          j = k;
          continue;
        }
      }
      break;
    }
    out.push(...namesInRun(words.slice(i, j), lineText, base));
    i = j;
  }
  return out;
}

/** Splits a run at "and the" and ", the", then reads names off each part. */
function namesInRun(run: LongWord[], lineText: string, base: number): NameFound[] {
  const parts: LongWord[][] = [[]];
  for (let k = 0; k < run.length; k++) {
    if (run[k].text === 'and' && run[k + 1]?.text === 'the') {
      parts.push([]);
      k++;
      continue;
    }
    parts[parts.length - 1].push(run[k]);
  }
  const out: NameFound[] = [];
  for (const part of parts) {
    let s = 0;
    while (s < part.length && NOT_A_NAME_START.has(part[s].text.toLowerCase())) s++;
    const words = part.slice(s);
    if (words.length < 2 && !(words.length === 1 && false)) continue;
    const found = nameIn(words);
    if (found) {
      const start = found[0].start;
      const end = found[found.length - 1].end;
      out.push({ name: lineText.slice(start - base, end - base).replace(/\s+/g, ' '), start, end });
    }
  }
  return out;
}

/** The longest name in a run: up to the last head noun, with an "of/for/on ..." tail when the head starts it. */
function nameIn(words: LongWord[]): LongWord[] | null {
  const united = words.length >= 2 && /^united$/i.test(words[0].text) && /^nations$/i.test(words[1].text);
  let head = -1;
  for (let k = words.length - 1; k >= 0; k--) {
    if (isHead(words[k].text)) {
      head = k;
      break;
    }
  }
  if (head === -1) return united ? words.slice(0, 2) : null;
  let end = head + 1;
  if (end < words.length && TAIL_START.test(words[end].text)) end = words.length;
  while (end > 0 && CONNECTOR.test(words[end - 1].text)) end--;
  const name = words.slice(0, end);
  const content = name.filter((w) => !CONNECTOR.test(w.text));
  if (content.length < 2) return null;
  return name;
}
