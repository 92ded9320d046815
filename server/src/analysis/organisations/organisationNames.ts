/**
 * Names of organisations written without an abbreviation: runs of capitalised words built on a head noun
 * ("... Council", "... Organisation", "Commonwealth of ...", "Council of Heads of State") or on "United Nations".
 */
import { Span } from '../model';
import { onlySpaces, startsCapitalised } from '../chars';
import { TermContext } from '../termContext';
import { lowerCase, wordKey } from '../words';
import { LongWord } from './align';
import { wordsOf } from './abbreviations';

/** Nouns that make a capitalised name the name of a body (general English, not any paper's list). */
const HEAD_WORDS = [
  'organisation', 'organization', 'council', 'union', 'forum', 'structure', 'secretariat', 'assembly', 'committee', 'commission',
  'bank', 'agency', 'association', 'alliance', 'league', 'community', 'commonwealth', 'institute', 'institution', 'university',
  'foundation', 'fund', 'party', 'ministry', 'department', 'parliament', 'congress', 'court', 'tribunal', 'consortium', 'club',
  'office', 'bureau', 'conference', 'army', 'forces', 'front', 'movement', 'network', 'centre', 'center', 'authority', 'board',
  'corporation', 'company', 'society', 'federation', 'confederation', 'cabinet', 'senate', 'directorate', 'secretariat',
  'watch', 'coalition',
];
/**
 * The same heads in Portuguese, Spanish, French, Italian and German: bodies are often named in their own language,
 * head first ("Instituto Nacional de Estatística", "Comisión Económica para América Latina").
 */
const HEAD_FIRST_WORDS = [
  'organização', 'organización', 'organizzazione', 'conselho', 'consejo', 'conseil', 'consiglio', 'união', 'unión', 'unione',
  'comissão', 'comisión', 'commissione', 'kommission', 'comité', 'comitato', 'ausschuss', 'assembleia', 'asamblea', 'assemblée',
  'banco', 'banque', 'banca', 'agência', 'agencia', 'agence', 'agenzia', 'agentur', 'associação', 'asociación', 'associazione',
  'verband', 'verein', 'instituto', 'institut', 'istituto', 'universidade', 'universidad', 'université', 'università', 'universität',
  'fundação', 'fundación', 'fondation', 'fondazione', 'stiftung', 'fundo', 'fondo', 'fonds', 'partido', 'parti', 'partito', 'partei',
  'ministério', 'ministerio', 'ministère', 'ministero', 'ministerium', 'departamento', 'département', 'dipartimento', 'parlamento',
  'parlement', 'congresso', 'congreso', 'tribunal', 'tribunale', 'gericht', 'gerichtshof', 'secretaria', 'secretaría', 'secrétariat',
  'gabinete', 'cabinet', 'escritório', 'oficina', 'bureau', 'ufficio', 'büro', 'bundesamt', 'autoridade', 'autoridad',
  'autorité', 'autorità', 'behörde', 'empresa', 'entreprise', 'società', 'gesellschaft', 'sociedade', 'sociedad', 'société',
  'federação', 'federación', 'fédération', 'federazione', 'movimento', 'movimiento', 'mouvement', 'bewegung', 'centro',
  'centre', 'zentrum', 'rede', 'réseau', 'rete', 'netzwerk', 'comunidade', 'comunidad', 'communauté', 'comunità', 'gemeinschaft',
];
const HEAD_FIRST = new Set(HEAD_FIRST_WORDS.map(wordKey));
const HEAD_NOUNS = new Set([...HEAD_WORDS.map(wordKey), ...HEAD_FIRST]);

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

/**
 * *An italic title*, "a quoted title", 'a quoted title of three words or more'. Every alternative opens
 * with its mark, so the regex engine looks behind a quote only where there is one.
 */
const TITLE = /\*[^*\n]{3,200}\*|“[^”\n]{3,200}”|"[^"\n]{3,200}"|['‘](?<![\p{L}\p{N}]['‘])(?=\p{Lu})[^'’\n]{10,200}['’](?![\p{L}\p{N}])/gu;

/** Small words inside a name, in English and in the languages of `HEAD_FIRST_WORDS`. */
const CONNECTOR = /^(?:of|for|and|on|in|the|de|des|du|to|da|do|das|dos|del|la|el|le|les|los|las|para|pour|et|e|y|für|der|die|und|di|della|per)$/;
const AND_WORD = /^(?:and|e|y|et|und)$/;
const AND_THEN_ARTICLE = /^(?:the|do|da|dos|das|el|la|le|les|los|las|der|die|das|del|il)$/;
/** An article before a head-first name ("O Instituto ...", "La Comisión ..."), not part of it. */
const ARTICLE = /^(?:o|a|os|as|la|el|le|les|los|las|il|lo|die|der|das)$/i;
const TAIL_START = /^(?:of|for|on)$/;

export interface NameFound {
  name: string;
  start: number;
  end: number;
}

const knownHeads = new Map<string, boolean>();

/** True for a head noun ("Council"); a plural ("Councils") names several bodies, not one. */
function isHead(word: string): boolean {
  let head = knownHeads.get(word);
  if (head === undefined) {
    const lower = lowerCase(word);
    head = HEAD_NOUNS.has(wordKey(word)) && !(lower.endsWith('s') && !PLURAL_HEADS.has(lower) && !/(?:ss|us)$/.test(lower));
    if (knownHeads.size > 20_000) knownHeads.clear();
    knownHeads.set(word, head);
  }
  return head;
}

function capitalised(w: LongWord): boolean {
  return startsCapitalised(w.text);
}

/** Organisation names in one paragraph line (`base` is its offset in the paper). */
/**
 * Organisation names in the body (headings left out: titles are not prose). Only the text around head
 * nouns (and "United Nations") is read: a name reaches a few words either side of its head.
 */
export function organisationNamesIn(ctx: TermContext): NameFound[] {
  const { words, text } = ctx;
  const { starts, ends } = words.offsets();
  const headWords: number[] = [];
  for (const key of HEAD_NOUNS) headWords.push(...words.wordsWithKey(key));
  const nation = words.numberOfKey('nation');
  const united = words.wordsWithKey('united');
  for (let k = 0; k < united.length; k++) if (united[k] + 1 < starts.length && words.numberAt(united[k] + 1) === nation) headWords.push(united[k]);
  headWords.sort((a, b) => a - b);
  // Heads of names are capitalised.
  const anchors: Span[] = [];
  for (let k = 0; k < headWords.length; k++) {
    const w = headWords[k];
    const c = text.charCodeAt(starts[w]);
    if (c >= 65 && (c <= 90 || c >= 192)) anchors.push({ start: starts[w], end: ends[w] });
  }
  const out: NameFound[] = [];
  const seen = new Set<number>();
  let k = 0;
  while (k < anchors.length) {
    const line = ctx.lineOf(anchors[k].start);
    const info = ctx.lines[line];
    const ofLine: Span[] = [];
    while (k < anchors.length && anchors[k].start < info.end + 1) ofLine.push(anchors[k++]);
    if (!ctx.isBody(line) || ctx.isHeading(line)) continue;
    // Titles of works (in italics or quotes) name books and articles, not bodies.
    const masked = info.text.replace(TITLE, (m) => ' '.repeat(m.length));
    let from = -1;
    let to = -1;
    const flush = (): void => {
      if (from === -1) return;
      for (const n of namesInWindow(masked.slice(from, to), info.start + from)) {
        if (!seen.has(n.start)) out.push(n);
        seen.add(n.start);
      }
    };
    for (const anchor of ofLine) {
      const at = anchor.start - info.start;
      let a = Math.max(0, at - 110);
      let b = Math.min(masked.length, anchor.end - info.start + 130);
      while (a > 0 && masked[a - 1] !== ' ') a--;
      while (b < masked.length && masked[b] !== ' ') b++;
      if (from !== -1 && a <= to) to = b;
      else {
        flush();
        from = a;
        to = b;
      }
    }
    flush();
  }
  return out.sort((a, b) => a.start - b.start);
}

function namesInWindow(lineText: string, base: number): NameFound[] {
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
      if (!onlySpaces(lineText, words[j - 1].end - base, words[j].start - base)) break;
      if (capitalised(words[j])) {
        // "Abstract The Shanghai ...": a capitalised function word starts a new run.
        if (NOT_A_NAME_START.has(lowerCase(words[j].text))) break;
        j++;
        continue;
      }
      if (CONNECTOR.test(words[j].text)) {
        let k = j;
        while (k < words.length && CONNECTOR.test(words[k].text) && onlySpaces(lineText, words[k - 1].end - base, words[k].start - base)) k++;
        if (k < words.length && capitalised(words[k]) && onlySpaces(lineText, words[k - 1].end - base, words[k].start - base)) {
          j = k;
          continue;
        }
      }
      break;
    }
    // A name has two words at least.
    if (j - i >= 2) out.push(...namesInRun(words.slice(i, j), lineText, base));
    i = j;
  }
  return out;
}

/** Splits a run at "and the" and ", the", then reads names off each part. */
function namesInRun(run: LongWord[], lineText: string, base: number): NameFound[] {
  const parts: LongWord[][] = [[]];
  for (let k = 0; k < run.length; k++) {
    // "and the", "e do", "y el", "et la", "und der": another body follows.
    if (AND_WORD.test(run[k].text) && AND_THEN_ARTICLE.test(run[k + 1]?.text ?? '')) {
      parts.push([]);
      k++;
      continue;
    }
    // "the RATS Council and Executive Committee": two bodies.
    if (run[k].text === 'and' && k > 0 && isHead(run[k - 1].text)) {
      parts.push([]);
      continue;
    }
    parts[parts.length - 1].push(run[k]);
  }
  const out: NameFound[] = [];
  for (const part of parts) {
    let s = 0;
    while (s < part.length && (NOT_A_NAME_START.has(lowerCase(part[s].text)) || (ARTICLE.test(part[s].text) && isHead(part[s + 1]?.text ?? '')))) s++;
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
  // A head-first name runs on through its capitalised words and small joining words.
  if (isHead(words[0].text) && HEAD_FIRST.has(wordKey(words[0].text)) && words.length >= 2) {
    let end = words.length;
    while (end > 1 && CONNECTOR.test(words[end - 1].text)) end--;
    return end >= 2 ? words.slice(0, end) : null;
  }
  // Before the head only "and", "of" and "for" join words: "Laos in the Community" is no name.
  // "Dushanbe Declaration of SCO Council": "of" after a word that is no head noun ends what came before.
  let start = 0;
  for (let k = 0; k < head; k++) {
    if (CONNECTOR.test(words[k].text) && !/^(?:and|of|for)$/.test(words[k].text)) start = k + 1;
    if (/^(?:of|for)$/.test(words[k].text) && k > 0 && !isHead(words[k - 1].text)) start = k + 1;
  }
  words = words.slice(start);
  head -= start;
  let end = head + 1;
  // "Council of Heads of State": a head that opens the name takes an "of/for/on ..." tail.
  if (head <= 1 && end < words.length && TAIL_START.test(words[end].text)) end = words.length;
  while (end > 0 && CONNECTOR.test(words[end - 1].text)) end--;
  // "Association of Southeast Asian Nations and China": a lone word after a final "and" is another party.
  if (end > head + 2 && end === words.length && words[end - 2].text === 'and') end -= 2;
  const name = words.slice(0, end);
  const content = name.filter((w) => !CONNECTOR.test(w.text));
  if (content.length < 2) return null;
  return name;
}

/** True for a name built on an organisation head noun, or on "United Nations". */
export function isOrganisationName(name: string): boolean {
  const words = name.split(/[\s]+/).map((w) => w.replace(/[^\p{L}\p{N}-]/gu, ''));
  return /\bunited nations\b/i.test(name) || words.some((w) => w && isHead(w));
}
