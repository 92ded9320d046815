/**
 * Terms a paper may define: phrases set off in quotes or italics, and noun phrases that definition cues
 * point at ("has been called X", "X is defined as", "the notion of X", "a definition of X", "According to X,").
 */
import { Sentence } from '../sentences';
import { lowerCase } from '../words';
import { invertedTerm } from './definitionCues';
import { addUnder } from '../listsByKey';
import { DEFINING_VERB_SOURCE, FUNCTION_WORDS_OTHER } from '../conventions/definitionCues';

export type CandidateSource = 'marked' | 'cue' | 'keyword' | 'inverted' | 'apposition';

export interface Candidate {
  term: string;
  source: CandidateSource;
  /** Offset in the paper where the candidate was seen. */
  at: number;
}

/** Words that end (or cannot start) a term. */
export const FUNCTION_WORDS = new Set([
  'the', 'a', 'an', 'of', 'and', 'or', 'but', 'by', 'in', 'on', 'at', 'to', 'for', 'with', 'from', 'as', 'that', 'which', 'who',
  'whom', 'whose', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'it', 'its', 'this', 'these', 'those',
  'their', 'there', 'than', 'then', 'because', 'since', 'while', 'when', 'where', 'not', 'also', 'can', 'could', 'may', 'might',
  'must', 'should', 'will', 'would', 'do', 'does', 'did', 'so', 'such', 'into', 'over', 'under', 'between', 'among', 'within',
  'without', 'through', 'during', 'after', 'before', 'about', 'against', 'if', 'whether', 'both', 'either', 'neither', 'each',
  'every', 'all', 'any', 'some', 'more', 'most', 'less', 'very', 'we', 'they', 'he', 'she', 'i', 'you', 'our', 'his', 'her',
  'them', 'us', 'other', 'another', 'here', 'how', 'what', 'why', 'often', 'thus', 'therefore', 'however', 'only', 'even',
  'still', 'yet', 'now', 'just', 'like', 'via', 'per', 'upon', 'towards', 'toward', 'e.g', 'i.e', 'etc', 'al', 'no', 'nor',
  'whereas', 'although', 'though', 'unless', 'until', 'once', 'instead', 'rather', 'namely', 'further',
  ...FUNCTION_WORDS_OTHER,
]);

const NUMBER_WORDS = /^(?:one|two|three|four|five|six|seven|eight|nine|ten|first|second|third)$/i;

/** Suffixes of abstract nouns: a single word with one of these can be a term ("sovereignty", "regionalisation"). */
export const ABSTRACT_NOUN = /(?:ism|ity|ty|tion|sion|ness|ance|ence|ment|hood|ship|cy|acy|ology|ization|isation|ing)$/i;

const MARKED = /(?:^|[\s(\[—–-])(?:"([^"\n]{2,70}?)"|“([^”\n]{2,70}?)”|‘([^’\n]{2,70}?)’|'([^'\n]{2,70}?)'|\*([^*\n]{2,70}?)\*|«\s?([^»\n]{2,70}?)\s?»|„([^“\n]{2,70}?)“)(?=[\s,.;:!?)\]—–-]|$)/g;
/** What opens a marked phrase (a quick test before `MARKED`). */
const MARK = /["“‘'*«„]/;
const WORD = String.raw`[\p{L}][\p{L}'’-]*`;
const NP = String.raw`(${WORD}(?:\s+${WORD}){0,4})`;
const AFTER_NAMING = new RegExp(
  String.raw`\b(?:chamad[oa]s?|denominad[oa]s?|llamad[oa]s?|appelée?s?|dénommée?s?|(?:so-?\s?)?genannte[nmrs]?|called|termed|dubbed|labell?ed|known as|referred to as|coined|so-called|(?:what|which) is (?:here )?(?:characteri[sz]ed|described|conceptuali[sz]ed) as|refers? to (?:this|these|it|them|that)(?:\s+\p{L}+)? as)\s+(?:the\s+)?${NP}`,
  'giu',
);
/** A defining verb; the term is the noun phrase before it ("Sovereignty must therefore be seen as"). */
const DEFINING_VERB = new RegExp(
  String.raw`\b(?:(defined|understood|conceived|conceptuali[sz]ed|seen|regarded|viewed)\s+(?:of\s+)?as\b|(?:means|refers to|denotes|signifies)\b(?!\s+(?:this|these|it|them|that)\b[^.]{0,20}\bas\b))|(?<!\p{L})(?:${DEFINING_VERB_SOURCE})`,
  'giu',
);
/** "the English School is 'a variety of ...'": a term with a quoted definition of four words or more. */
const QUOTED_DEFINITION = new RegExp(String.raw`(?:^|\bthe\s+|,\s+)${NP}\s+(?:is|are|means)\s+['"“‘](?=\p{L}+(?:\s+[^\s'"”’]+){3})`, 'gu');
const NOTION_OF = new RegExp(String.raw`\bthe\s+(?:notion|concept|idea|principle|principles|doctrine|theory|paradigm|policy|ideology)\s+of\s+(?:\p{Lu}[\p{L}-]*['’]s\s+)?${NP}`, 'giu');
const DEFINITION_OF = new RegExp(String.raw`\b(?:definitions?|meaning)\s+of\s+${NP}(?=\s*(?:\([^)]*\)\s*)?(?:is|was|includes|comprises|involves|covers|encompasses|as)\s)`, 'giu');
/** An explanation in apposition: "ferritin, a protein that stores iron", "tidal lag (the delay that separates ...)". */
const APPOSITION = /,\s+(?:a|an)\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+\s+(?:that|which|who|whose)\b|\s\((?:the|a|an)\s+[^()]{3,160}?\b(?:that|which|who|whose)\b[^()]*\)/giu;
const ACCORDING_TO = new RegExp(String.raw`\b[Aa]ccording to\s+(\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*)?),`, 'gu');

type Family = 'naming' | 'notion' | 'definition' | 'verb' | 'according' | 'quoted' | 'apposition';

/**
 * The words of every cue family, found in one case-insensitive pass over a sentence. The words start a word and
 * are grouped by their first letter, which spares the regex engine most tries; within a group the earlier word wins.
 */
const ANCHOR = new RegExp(
  String.raw` (?:as |is ['"“‘]|are ['"“‘]|means ['"“‘])|, an? | \((?:the|an?) |\b(?:` +
  [
    'c(?:alled|oined|oncept|onceived)',
    'according to',
    't(?:ermed|heory)',
    'd(?:ubbed|octrine|efinition|efined|enotes)',
    'label',
    'known as',
    String.raw`re(?:ferred to as|fers? to \S+ as|garded|fers to)`,
    's(?:o-called|een|ignifies)',
    'notion',
    'idea|ideology',
    'p(?:rinciple|aradigm|olicy)',
    'mean(?:ing|s)',
    'understood',
    'viewed',
    // The cues of conventions/definitionCues.ts: defining verbs, then naming words.
    String.raw`definid|défini|definiert|define|refere-se|se refiere|désigne|bezeichnet|bedeutet`,
    String.raw`chamad|denominad|llamad|appel|dénomm|genannt`,
  ].join('|') +
    ')',
  'gi',
);
const FAMILY_OF: Record<string, Family> = {
  ' as ': 'naming', called: 'naming', termed: 'naming', dubbed: 'naming', label: 'naming', 'known as': 'naming', 'referred to as': 'naming',
  coined: 'naming', 'so-called': 'naming', definition: 'definition', meaning: 'definition', 'according to': 'according',
};
function familyOf(anchor: string): Family {
  if (anchor.startsWith(',') || anchor.startsWith(' (')) return 'apposition';
  if (/^(?:chamad|denominad|llamad|appel|dénomm|genannt)$/.test(anchor)) return 'naming';
  if (/^ (?:is|are|means) /.test(anchor)) return 'quoted';
  if (/^refers? to \S+ as$/.test(anchor)) return 'naming';
  if (/^(?:notion|concept|idea|principle|doctrine|theory|paradigm|policy|ideology)$/.test(anchor)) return 'notion';
  return 'verb';
}
/** Each family's pattern and how far before and after its words to read. */
const FAMILIES: Array<{ family: Family; pattern: RegExp; before: number; after: number }> = [
  { family: 'naming', pattern: AFTER_NAMING, before: 40, after: 110 },
  { family: 'notion', pattern: NOTION_OF, before: 30, after: 120 },
  { family: 'definition', pattern: DEFINITION_OF, before: 10, after: 140 },
  { family: 'verb', pattern: DEFINING_VERB, before: 5, after: 40 },
  { family: 'according', pattern: ACCORDING_TO, before: 5, after: 60 },
  { family: 'quoted', pattern: QUOTED_DEFINITION, before: 70, after: 60 },
  { family: 'apposition', pattern: APPOSITION, before: 0, after: 200 },
];

/** Stretches of `text` around each hit (merged where they overlap), starting at a word. */
function windowsOf(text: string, hits: number[], before: number, after: number): Array<{ from: number; to: number }> {
  const out: Array<{ from: number; to: number }> = [];
  for (let k = 0; k < hits.length; k++) {
    let from = Math.max(0, hits[k] - before);
    const to = Math.min(text.length, hits[k] + after);
    while (from > 0 && text.charCodeAt(from - 1) !== 32) from--;
    const last = out[out.length - 1];
    if (last && from <= last.to) last.to = Math.max(last.to, to);
    else out.push({ from, to });
  }
  return out;
}

/** The leading words of `np` that can make a term: up to the first function word or punctuation. */
function headPhrase(np: string): string {
  const words = np.split(/\s+/);
  const out: string[] = [];
  for (const w of words) {
    const bare = w.replace(/['’]s$/, '');
    if (FUNCTION_WORDS.has(lowerCase(bare))) break;
    out.push(bare);
    if (bare !== w) break;
  }
  return out.join(' ');
}

const INNER_JOINERS = new Set(['de', 'da', 'do', 'das', 'dos', 'del', 'di', 'du', 'des']);

/** The trailing words of `np` that can make a term: back to the last function word. */
function tailPhrase(np: string): string {
  const words = np.split(/\s+/);
  // "Sovereignty must therefore be" (seen as): the modal and adverbs are not part of the term.
  while (words.length && FUNCTION_WORDS.has(lowerCase(words[words.length - 1]))) words.pop();
  const out: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const lower = lowerCase(words[i]);
    // "droit de quai", "capital de riesgo": a Romance "de" joins two words of one term.
    const joins = INNER_JOINERS.has(lower) && out.length > 0 && i > 0 && !FUNCTION_WORDS.has(lowerCase(words[i - 1]));
    if ((FUNCTION_WORDS.has(lower) && !joins) || /['’]s$/.test(words[i])) break;
    out.unshift(words[i]);
  }
  return out.join(' ');
}

/** A phrase shaped like a term: one to five words, letters, not starting or ending with a function word. */
export function termShaped(term: string): boolean {
  const words = term.split(/\s+/);
  if (words.length === 0 || words.length > 5 || term.length < 3 || term.length > 60) return false;
  if (!/^[\p{L}][\p{L}\p{N}'’\-/ ]*[\p{L}]$/u.test(term)) return false;
  if (FUNCTION_WORDS.has(lowerCase(words[0])) || FUNCTION_WORDS.has(lowerCase(words[words.length - 1]))) return false;
  // An adverb ("initially", "primarily") or a bare number word is no term.
  if (/ly$/i.test(words[0]) || (words.length === 1 && NUMBER_WORDS.test(words[0]))) return false;
  return !/^[\p{Lu}\d]+$/u.test(term);
}

/**
 * An unmarked noun phrase read after a cue ends at punctuation or a function word; one that runs on past
 * two words ("the notion of statism links back to ...") keeps only as much as the paper repeats elsewhere.
 */
function settle(np: string, rest: string, repeated: (phrase: string) => boolean): string {
  const words = np.split(/\s+/).filter(Boolean);
  if (words.length <= 2 || /^\s*[,.;:!?)(]/.test(rest)) return np;
  for (let n = words.length; n >= 2; n--) if (repeated(words.slice(0, n).join(' '))) return words.slice(0, n).join(' ');
  return words[0];
}

/** The longest ending of `np` (of four words at most) that the paper uses again: "We measured tidal lag" → "tidal lag". */
function repeatedTail(np: string, repeated: (phrase: string) => boolean): string {
  const words = np.split(/\s+/).filter(Boolean);
  for (let n = Math.min(4, words.length); n >= 1; n--) {
    const tail = words.slice(-n).join(' ');
    if (repeated(tail)) return tail;
  }
  return '';
}

export function findCandidates(sentences: Sentence[], repeated: (phrase: string) => boolean): Candidate[] {
  const out: Candidate[] = [];
  const add = (term: string, source: CandidateSource, at: number): void => {
    const t = term.trim().replace(/[.,;:!?]+$/, '');
    if (termShaped(t)) out.push({ term: t, source, at });
  };
  for (let k = 0; k < sentences.length; k++) {
    const s = sentences[k];
    const text = s.text;
    MARKED.lastIndex = 0;
    for (let m = MARK.test(text) ? MARKED.exec(text) : null; m; m = MARKED.exec(text)) {
      const inner = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? m[6] ?? m[7];
      if (!inner || /[,;:]/.test(inner) || inner.split(/\s+/).length > 5) continue;
      add(inner, 'marked', s.start + m.index + m[0].indexOf(inner));
    }
    const inverted = /^(?:A|An|One|The)\s/.test(text) ? invertedTerm(text) : null;
    if (inverted) add(inverted.term, 'inverted', s.start + text.lastIndexOf(inverted.term));

    // One pass finds the words of every cue; each family is then read only in windows around its words.
    ANCHOR.lastIndex = 0;
    let m = ANCHOR.exec(text);
    if (!m) continue;
    const hits = new Map<Family, number[]>();
    for (; m; m = ANCHOR.exec(text)) {
      const word = lowerCase(m[0]);
      addUnder(hits, FAMILY_OF[word] ?? familyOf(word), m.index);
      // "separatism means 'any act ...'": a quoted definition after a defining verb is read both ways.
      if (word.startsWith(' means')) addUnder(hits, 'verb', m.index + 1);
    }
    for (let f = 0; f < FAMILIES.length; f++) {
      const { family, pattern, before, after } = FAMILIES[f];
      const at = hits.get(family);
      if (!at) continue;
      const windows = windowsOf(text, at, before, after);
      for (let w = 0; w < windows.length; w++) {
        const { from, to } = windows[w];
        const part = text.slice(from, to);
        pattern.lastIndex = 0;
        for (let r = pattern.exec(part); r; r = pattern.exec(part)) readMatch(s, family, r, from);
      }
    }
  }
  return out;

  function readMatch(s: Sentence, family: Family, m: RegExpExecArray, from: number): void {
    const text = s.text;
    if (family === 'verb') {
      const index = from + m.index;
      const lead = text.slice(Math.max(0, index - 90), index);
      const np = tailPhrase(lead.replace(/^\S*\s/, lead.length < 90 ? '$&' : '').trimEnd().split(/[^\p{L}'’\s-]/u).pop()!.trim());
      if (!np) return;
      const npStart = index - (lead.length - lead.lastIndexOf(np));
      // Only the subject of its clause: "Sovereignty must be seen as", "the notion X is defined as".
      if (!/(?:^|[,;:(]\s*|\b(?:the|that|whereby|where|while|thus|so|o|a|os|as|el|la|los|las|le|les|der|die|das|que)\s+|\bl['’])["'“‘«„*]*$/i.test(text.slice(Math.max(0, npStart - 12), npStart))) return;
      // "seen as", "regarded as" say how a thing is looked at; only an abstract noun is defined that way.
      if (m[1] && /^(?:seen|regarded|viewed)$/i.test(m[1]) && !ABSTRACT_NOUN.test(np.split(/\s+/).pop() ?? '')) return;
      add(np, 'cue', s.start + npStart);
      return;
    }
    if (family === 'apposition') {
      // The noun phrase right before the comma or bracket is what the apposition explains.
      const index = from + m.index;
      const lead = text.slice(Math.max(0, index - 60), index);
      const np = repeatedTail(tailPhrase(lead.split(/[^\p{L}\p{N}'’\s-]/u).pop()!.trim()), repeated);
      if (np && np === lowerCase(np)) add(np, 'apposition', s.start + index - np.length);
      return;
    }
    if (family === 'quoted') {
      const np = tailPhrase(m[1]);
      if (np) add(np, 'cue', s.start + from + m.index + m[0].indexOf(m[1]) + m[1].length - np.length);
      return;
    }
    if (family === 'according') {
      if (/ism$|ist\b/.test(m[1])) add(m[1], 'cue', s.start + from + m.index + m[0].indexOf(m[1]));
      return;
    }
    const npStart = from + m.index + m[0].length - m[1].length;
    const head = headPhrase(m[1]);
    const np = settle(head, text.slice(npStart + head.length), repeated);
    const principle = family === 'notion' && /\b(?:principle|principles|doctrine)\s+of\s+$/i.test(m[0].slice(0, m[0].length - m[1].length).replace(/\p{Lu}[\p{L}-]*['’]s\s+$/u, ''));
    if (np) add(principle ? `principle of ${np}` : np, 'cue', s.start + npStart);
  }
}
