/**
 * How plainly a sentence defines a term standing in it: definition cue phrases read around the term.
 * Strength 4: "X is defined as / means / refers to", "called X", "a definition of X";
 * 3: "X is a ...", "X, which means", "'X'—a list", "According to this principle, ...";
 * 2–2.5: "the notion of X", "the term 'X'"; 1.5: only set off in quotes or italics.
 */
import { isSpaceCode } from '../chars';
import * as otherLanguages from '../conventions/definitionCues';

export interface CueReading {
  strength: number;
  cue: string;
  /** What the sentence says about the term, trimmed ("" when the whole sentence is best). */
  gist: string;
}

const OPEN = String.raw`["'“‘«„*_]*`;
/** Words one of which stands in the last words before a term that a naming cue introduces. */
const NAMING_TAIL = /call|termed|dubbed|label|named|known|referred| as|coined/;

/** Text right before the term that names it: "what is characterised here as", "has been called". */
const NAMING_BEFORE = new RegExp(
  String.raw`\b(?:called|termed|dubbed|labell?ed|named|known as|referred to as|characteri[sz]ed(?: here)? as|described as|conceptuali[sz]ed as|coined|so-called|(?:what|which)\s+(?:we|I|they|others|scholars|authors)\s+(?:here\s+)?call)\s+(?:the\s+)?${OPEN}$`,
  'i',
);
/** "defined X as", "characterised such X as". */
const VERB_THEN_TERM = /\b(define[sd]?|characteri[sz]e[sd]?|conceptuali[sz]e[sd]?|understands?|understood|describe[sd]?|see[sn]?|view(?:ed|s)?|regard(?:ed|s)?)\s+(?:such|these|this|the|that)?\s*["'“‘*]*$/i;
const DEFINITION_OF = /\b(?:definitions?|meaning|conceptuali[sz]ation)\s+of\s+(?:the\s+(?:term|notion|concept)\s+)?["'“‘*]*$/i;
/** What a definition of the term goes on with: "... includes freedom from ...", "... is 'the growth of ...'". */
const DEFINITION_FOLLOWS = /^["'”’*]*\s*(?:\([^)]*\)\s*)?(?:is|was|includes|comprises|involves|covers|encompasses|reads|as|:)\s+(.*)$/i;
const NOTION_OF = /\b(?:the|its|their|\p{Lu}[\p{L}-]*['’]s)\s+(?:notion|concept|idea|principle|principles|doctrine|theory|paradigm|policy|logic|ideology)\s+of\s+(?:\p{Lu}[\p{L}-]*['’]s\s+)?["'“‘*]*$/iu;
const TERM_WORD = /\bthe\s+(?:term|word|label|phrase|expression|notion|concept|idea)\s*["'“‘*]+$/i;
const ACCORDING_TO = /(?:^|[\s"'“‘*])according to\s*$/i;
const OR_NAMED = /,\s*or\s*["'“‘*]*$/i;
/** Only blanks, quotes and sentence adverbs stand before a subject. */
const SUBJECT_START = /^[\s"'“‘*¹²³⁴⁵⁶⁷⁸⁹⁰]*(?:(?:thus|hence|therefore|so|in short|in other words|in this sense|here|today|essentially|simply put|put simply|indeed|first|second|finally|moreover|however|in turn|in general|traditionally|broadly)[,\s]+)*(?:(?:the|a|an|this|o|os|as|um|uma|el|la|los|las|un|una|le|les|une|der|die|das|ein|eine)\s+|l['’])?["'“‘«„*]*$/i;

const AS_AFTER = /^(?:\s+and\s+[A-Za-zÀ-ÿ-]+)?[\s,]*(?:(?:is|are|was|were|has been|have been|can|may|could|must|should|might|will|would)\s+)?(?:(?:often|commonly|usually|generally|here|also|broadly|best|thus|then|therefore|widely|primarily|narrowly|loosely|perhaps|rather)\s+)*(?:be\s+)?(?:(?:often|commonly|usually|generally|best|also|broadly|widely|primarily|narrowly|loosely|better)\s+)*(defined|understood|conceived|conceptuali[sz]ed|characteri[sz]ed|described|interpreted|seen|regarded|viewed|treated|considered|thought of)\s+(?:of\s+)?as\s+(.*)$/i;
/** "This 'New Regionalism' model ... is defined as": the term names a model, approach or framework that is defined. */
const KIND_DEFINED_AFTER = /^["'”’*]*\s+(?:model|approach|concept|framework|policy|principle|doctrine|notion|idea|strategy|paradigm)\b[^.;]{0,60}?\s(?:is|are|was|were)\s+(?:defined|understood|conceived|described)\s+as\s+(.*)$/i;
/** "X is 'a variety of theoretical inquiries which ...'": a quoted definition of four words or more. */
const QUOTED_DEFINITION_AFTER = /^["'”’*]*\s*(?:\([^)]*\)\s*)?,?\s*(?:is|are|was|were|means|refers to)\s+(['"“‘]\s*\p{L}[^'"”’]*?(?:\s+[^\s'"”’]+){3}.*)$/u;
/** "X is used here in its contemporary sense: ...", "X is used to mean ...". */
const USED_AFTER = /^[\s,]*(?:is|are)\s+(?:here\s+)?used\s+(?:here\s+)?(?:in\s+(?:its|the|a|an)\s+[^:;.]{0,50}?sense\s*[:,—–-]?\s*|(?:[^:;.,]{0,40}?\s)?to\s+(?:mean|refer to|describe|denote|designate|name)\s+)(.*)$/i;
/** An appraisal after "is a": "an obvious candidate", "a key factor". */
const EVALUATIVE = /^(?:a|an|the|one of the)\s+(?:(?:very|most|more|particularly|especially|increasingly)\s+)?(?:obvious|important|key|major|central|crucial|essential|significant|good|bad|useful|effective|interesting|relevant|critical|necessary|serious|real|clear|growing|big|great|main|primary|common|possible|potential|likely|vital|notable|strong|weak|difficult|easy|powerful|prominent|leading|better|best|worse|worst|large|small|new|recent|long|short|first|second|third|last|further|major)\b/i;
/** Verbs that define; "seen as" and "regarded as" only say how something is looked at. */
const WEAK_AS = /^(?:seen|regarded|viewed|treated|considered|thought of|described|characteri[sz]ed)$/i;
const MEANS_AFTER = /^[\s,]*(?:(?:simply|here|thus|therefore|essentially|generally|usually|often|broadly)\s+)?(?:means|meant|refers to|referred to|denotes|signifies|stands for|designates|describes|implies|entails|encompasses|comprises|includes)\s+(.*)$/i;
const UNDERSTOOD_AFTER = /^[\s,]*(?:is|are|was|were|can be|may be|must be)\s+(?:best\s+|often\s+|commonly\s+)?(?:understood|defined|conceived|seen)\s+(?:in|through|by|from)\s+(.*)$/i;
const COPULA_AFTER = /^(?:\s+and\s+(?:especially\s+|in particular\s+)?[^,.;]{0,50}?|,[^,.;]{0,60},)?[\s,]*(?:is|are|was|were|represents|constitutes|remains)\s+(?:(?:thus|therefore|then|also|essentially|best|often|generally|usually|commonly|primarily|basically|mainly|simply)\s+)*((?:a|an|the|one of|not only|not merely|["'‘“])\s*.*)$/i;
const LIST_AFTER = /^\s*(?:[—–:]|\s-\s|,?\s*(?:namely|i\.e\.,?|that is,?))\s*(.*)$/i;
const OF_LIST_AFTER = /^\s+of\s+["'“‘]?(\p{L}[\p{L} -]{0,30},\s*\p{L}[\p{L} -]{0,30},?\s+(?:and|or)\s+\p{L}[\p{L} -]{0,30})/iu;
const WHICH_AFTER = /^[^.;]{0,80}?,?\s*(?:which|that|who)\s+(?:(?:is|are|was|were)\s+)?(?:means?|refers? to|denotes?|(?:seen|viewed|understood|regarded|defined|described|considered)\s+as|aims? to|consists? of)\s+(.*)$/i;
const THAT_IS_AFTER = /^[^.;]{0,60}?,\s*(?:that is|i\.e\.|namely)[\s,]+(.*)$/i;
const APPOSITION_KIND = /^\s*,\s*(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:concept|term|notion|principle|idea|doctrine|theory|framework|policy|approach|strategy|process|form|model|mechanism|norm|phenomenon|situation|ideology|perspective|school|view)\b(.*)$/iu;
const GENERIC_APPOSITION = /^\s*,\s*((?:a|an)\s+[^,;]{8,160}?)[,;.]/i;
const RELATIVE_APPOSITION = /^\s*(?:,\s*((?:a|an)\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+\s+(?:that|which|who|whose)\s[^;.]{4,200})|\(\s*((?:the|a|an)\s+[^()]{3,160}?\b(?:that|which|who|whose)\b[^()]*)\))/iu;
/** The next sentence picks the term up: "According to this principle, ...", "This principle symbolizes ...". */
const PICKED_UP = /^(?:according to|under|by|through|in)?\s*(?:this|that|such a)\s+(principle|concept|notion|idea|doctrine|policy|term|approach|norm|view|theory|logic)\b[,\s]*(.*)$/i;

function clean(s: string, max = 220): string {
  let t = s.replace(/\*+/g, '').replace(/\s+/g, ' ').trim();
  // A note call at the end belongs to the paper, not to the definition.
  t = t.replace(/^[,;:\s—–-]+/, '').replace(/[\s,;:—–\u00b9\u00b2\u00b3\u2070-\u2079-]+$/u, '');
  if (t.length > max) t = t.slice(0, t.lastIndexOf(' ', max - 1)) + ' …';
  return t;
}

/** Up to the end of the clause: the gist of "X is defined as ..." stops at a closing dash or the sentence end. */
function clause(s: string): string {
  // A dash between blanks, or an em dash; an en dash between digits is a range ("pp. 8–9").
  const dash = s.search(/\s[—–]\s|—|\s-\s/);
  return clean(dash > 20 ? s.slice(0, dash) : s);
}

/**
 * Reads the sentence around one occurrence of the term ([at, end) in `sentence`).
 * `next` is the following sentence of the same paragraph, if any.
 */
export function readCue(
  sentence: string,
  at: number,
  end: number,
  next: string | null,
  termIsPrinciple: boolean,
  previous: string | null = null,
  /** The sentence after `next`, asked for only when a definition runs on. */
  afterNext: () => string | null = () => null,
): CueReading {
  const r = readCueUnqualified(sentence, at, end, next, termIsPrinciple);
  // "This approach has been called X.": what it names is in the sentence before; "... is X. This activity is ...": after.
  const explained = r.cue === 'named' ? /^["'”’*_]*\s*(?::|\s[—–-])\s*(.{12,})$/.exec(sentence.slice(end)) : null;
  if (explained) r.gist = clause(explained[1]);
  else if (r.cue === 'named' && !r.gist && previous) r.gist = clean(previous);
  // "Thus, X is ...": the definition draws on the sentence before.
  if ((r.strength >= 3 || r.cue === 'introduced') && previous && DRAWS_ON_PREVIOUS.test(sentence)) r.gist = clean(`${previous} ${sentence}`, JOINED_LENGTH);
  // "define X as a threat": a word or two classify the term; a fuller definition later says what it is.
  if (r.strength > 3 && r.cue !== 'listed' && r.gist && r.gist.split(/\s+/).length < 4) r.strength = 3;
  // A definition often goes on in the sentences after it, which pick the term up.
  const about = r.strength > 0 && next ? goesOnAbout(next, sentence.slice(at, end), termIsPrinciple) : 'no';
  if (next && about !== 'no') {
    const further = afterNext();
    const more = further && PRONOUN_SUBJECT.test(further) ? `${next} ${further}` : next;
    r.gist = clean(r.gist ? `${r.gist}${r.cue === 'named' ? ` ${sentence.slice(at, end)}:` : ''} ${more}` : more, JOINED_LENGTH);
    // Only a sentence whose subject is the term explains a term the sentence before only introduced.
    if (about === 'subject' && INTRODUCING.has(r.cue)) {
      r.strength = 3;
      r.cue = 'explained';
    }
  }
  // Only set off: the passage that introduces it (shown as such, not as a definition) runs on to the next sentence.
  else if (r.cue === 'introduced' && next) r.gist = clean(`${r.gist || sentence} ${next}`, JOINED_LENGTH);
  // Set off in quotes or italics and defined in the same breath: the archetype of a definition.
  if (r.strength >= 3 && r.strength < 4 && r.cue !== 'explained' && isMarked(sentence, at, end)) r.strength += 0.5;
  // "For China, X means ...": what the term means to one actor, not what the paper means by it.
  if (r.strength >= 3 && FOR_ONE_ACTOR.test(sentence.slice(0, at))) r.strength -= 1.5;
  return r;
}

/** The longest gist read from more than one sentence. */
const JOINED_LENGTH = 420;

/** Openings that go on from the sentence before: a conclusion drawn from it, or its context. */
const DRAWS_ON_PREVIOUS = /^["'“‘*]*(?:thus|hence|therefore|accordingly|in short|in other words|in sum|in this (?:context|sense|respect)|for this reason)\b/i;
/** A sentence whose subject stands for what the sentence before was about. */
const PRONOUN_SUBJECT = /^["'“‘*]*(?:(?:since|as|because|while|although|though)\s+)?(?:(?:this|these|such)\s+\p{L}|(?:it|they)\s+(?!(?:is|are|was|were|seems?|appears?)\s+(?:also\s+)?(?:\p{L}+\s+)?(?:that|to)\b)\p{L})/iu;

/** Readings that introduce a term without saying what it is. */
const INTRODUCING = new Set(['introduced', 'notion of', 'the term']);

/**
 * Whether the next sentence goes on about the term: 'subject' when it opens with a word standing for it, or with
 * the term itself and says what it is; 'mention' when it names the term among its first words and defines it there
 * ("According to one author the notion of X is ..."). A sentence that only uses the term again does not go on.
 */
function goesOnAbout(next: string, term: string, termIsPrinciple: boolean): 'subject' | 'mention' | 'no' {
  if (PRONOUN_SUBJECT.test(next)) return 'subject';
  const at = next.slice(0, OPENING_WORDS + term.length).toLowerCase().indexOf(term.toLowerCase());
  if (at === -1 || readCueUnqualified(next, at, at + term.length, null, termIsPrinciple).strength < 2) return 'no';
  return /^["'“‘«„*\s]*$/.test(next.slice(0, at)) ? 'subject' : 'mention';
}

/** How far into a sentence its subject stands, in characters ("According to one author the notion of X"). */
const OPENING_WORDS = 40;

const FOR_ONE_ACTOR = /^\s*(?:for|to|in the eyes of|in the view of|according to)\s+(?:the\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*\s*,/iu;

const OPENING = new Set(['"', "'", '“', '‘', '«', '„', '*']);
const CLOSING = new Set(['"', "'", '”', '’', '»', '“', '*', '_']);
const PUNCTUATION = new Set(['.', ',', ';', ':', '!', '?']);

/** Where the closing quotes and stars starting at `from` end (at most `stop`). */
function closersFrom(s: string, from: number, stop: number): number {
  let i = from;
  while (i < stop && CLOSING.has(s[i])) i++;
  return i;
}

const NONE: CueReading = { strength: 0, cue: '', gist: '' };
/** Words right before a term that some cue needs ("called", "notion of", "according to", "defined"...). */
const TAIL_WORDS = /chamad|denominad|designad|conhecid|llamad|conocid|appel|dénomm|qualifi|connu|genannt|noção|conceito|noción|concepto|notion|Begriff|Konzept|call|termed|dubbed|label|named|known|referred|coined|\bas\s|\bof\s|ccording|defin|characteri|conceptuali|understand|understood|describ|\bsee|\bview|regard|,\s*or\s|\bterm\b|\bword\b|phrase|expression|label/i;
/** Text right after a term that some cue needs: punctuation, a copula, a defining verb, a relative clause. */
const AFTER_START = /^["'”’*_]*\s*(?:[,;:—–(]|\s-\s|(?:is|are|was|were|means|meant|refers?|denotes|signifies|stands|designates|describes|implies|entails|encompasses|comprises|includes|must|can|may|could|should|might|will|would|has|have|represents|constitutes|remains|model|approach|concept|framework|policy|principle|doctrine|notion|idea|strategy|paradigm|which|that|who|and|é|são|es|son|est|sont|ist|sind|wird|werden|se|significa|designa|denota|signifie|désigne|renvoie|bedeutet|bezeichnet|refere|[^.;]{0,60}?,\s*(?:which|that is|i\.e\.|namely))(?![A-Za-zÀ-ÿ]))/i;

/** False when no cue can apply around a use: no naming words before it, nothing defining after it, no pick-up next. */
function mayBeCued(near: string, after: string, next: string | null, sentence: string): boolean {
  const tail = near.length > 48 ? near.slice(-48) : near;
  if (TAIL_WORDS.test(tail)) return true;
  if (AFTER_START.test(after)) return true;
  if (next && PICKED_UP.test(next)) return true;
  return /^(?:A|An|One|The)\s/.test(sentence) && /^["'”’*]*[.!]?\s*$/.test(after);
}

/** The last `count` words of `s` (separated by blanks), with the blanks after them; all of `s` when it has fewer. */
function lastWordsOf(s: string, count: number): string {
  let seen = 0;
  for (let i = s.length - 1; i >= 0; i--) {
    if (isSpaceCode(s.charCodeAt(i)) || (i > 0 && !isSpaceCode(s.charCodeAt(i - 1)))) continue;
    if (++seen === count) return s.slice(i);
  }
  return s;
}

function isMarked(sentence: string, at: number, end: number): boolean {
  return OPENING.has(sentence[at - 1]) && /^[.,;:!?]?["'”’»“*_]/.test(sentence.slice(end, end + 3));
}

function readCueUnqualified(sentence: string, at: number, end: number, next: string | null, termIsPrinciple: boolean): CueReading {
  const before = sentence.slice(0, at);
  // Cue phrases stand close to the term: patterns anchored at the term read only this much around it.
  const near = at > 140 ? sentence.slice(at - 140, at) : before;
  const stop = Math.min(sentence.length, end + 400);
  // Closing quotes or stars right after the term, a punctuation mark, perhaps more of them.
  const closed = closersFrom(sentence, end, stop);
  const mark = closed < stop && PUNCTUATION.has(sentence[closed]) ? sentence[closed] : '';
  const rest = mark ? closersFrom(sentence, closed + 1, stop) : closed;
  // A quoted term may close its sentence inside the quotes: the "mutual recognition principle."
  const marked = OPENING.has(sentence[at - 1]) && (closed > end || (mark !== '' && rest > closed + 1));
  // "“Shanghai Spirit,” a concept": punctuation inside the closing quote reads as if outside it.
  const after = rest === end ? sentence.slice(end, stop) : mark + sentence.slice(rest, stop);
  const atSubject = SUBJECT_START.test(before);
  let m: RegExpExecArray | null;
  // Most uses are plain mentions mid-sentence: nothing around them can be a cue.
  if (!marked && !atSubject && !mayBeCued(near, after, next, sentence)) return NONE;

  // Quick tests on the last words before the term decide which cue patterns can apply.
  const tail = near.length > 48 ? near.slice(-48) : near;
  const naming = NAMING_TAIL.test(tail);
  const of = tail.includes(' of ');
  // The patterns anchored at the term span five words at most: they are read on the last five.
  const lastWords = lastWordsOf(near, 5);
  if ((naming && NAMING_BEFORE.test(lastWords)) || (otherLanguages.NAMED_TAIL.test(tail) && otherLanguages.NAMED_BEFORE.test(lastWords))) {
    const lead = near.replace(NAMING_BEFORE, '').replace(otherLanguages.NAMED_BEFORE, '').replace(/\b(?:what is|which is|is|are|was|were|has been|have been|been|being|often|commonly|here|also|sometimes|usually|generally|widely)\s*$/gi, '');
    const antecedent = /^(?:this|these|such|that|the)\s+\p{L}+\s*$/iu.test(lead.trim()) || lead.trim().length < 12;
    return { strength: 4, cue: 'named', gist: clean(antecedent ? '' : lead) };
  }
  if ((m = AS_AFTER.exec(after)) && (atSubject || /^[^,]{0,40},/.test(after) || /^\s*(?:is|are|was|were)\s/.test(after))) {
    return { strength: WEAK_AS.test(m[1]) ? 3 : 4, cue: WEAK_AS.test(m[1]) ? 'seen as' : 'defined as', gist: clause(m[2]) };
  }
  if ((m = otherLanguages.DEFINED_AS_AFTER.exec(after))) return { strength: 4, cue: 'defined as', gist: clause(m[1]) };
  if ((m = otherLanguages.MEANS_AFTER.exec(after)) && atSubject) return { strength: 4, cue: 'means', gist: clause(m[1]) };
  if ((m = KIND_DEFINED_AFTER.exec(after))) return { strength: 3.5, cue: 'defined as', gist: clause(m[1]) };
  if ((m = QUOTED_DEFINITION_AFTER.exec(after))) return { strength: 3.5, cue: 'defined as', gist: clause(m[1]) };
  if ((m = VERB_THEN_TERM.exec(lastWords)) && /^\s+as\s/i.test(after)) {
    const weak = /^(?:describe|see|view|regard)/i.test(m[1]);
    return { strength: weak ? 3 : 4, cue: weak ? 'seen as' : 'defined as', gist: clause(after.replace(/^\s+as\s/i, '')) };
  }
  if (of && DEFINITION_OF.test(lastWords) && (m = DEFINITION_FOLLOWS.exec(after))) return { strength: 4, cue: 'definition of', gist: clause(m[1]) };
  if ((m = USED_AFTER.exec(after))) return { strength: 4, cue: 'defined as', gist: clause(m[1]) };
  if ((m = MEANS_AFTER.exec(after)) && atSubject) return { strength: 4, cue: 'means', gist: clause(m[1]) };
  if ((m = MEANS_AFTER.exec(after)) && /^\s*(?:means|refers to|denotes|signifies)/i.test(after)) return { strength: 4, cue: 'means', gist: clause(m[1]) };
  if (marked && (m = LIST_AFTER.exec(after)) && /,/.test(m[1].slice(0, 120))) return { strength: 4, cue: 'listed', gist: clause(m[1]) };
  if (marked && (m = APPOSITION_KIND.exec(after))) return { strength: 3.5, cue: 'named', gist: clause(after.replace(/^\s*,\s*/, '')) };
  if (OR_NAMED.test(lastWords) && marked && /^\s*,/.test(after)) return { strength: 3.5, cue: 'named', gist: clean(sentence) };
  if ((m = WHICH_AFTER.exec(after))) return { strength: 3.5, cue: 'which means', gist: clause(m[1]) };
  if ((m = THAT_IS_AFTER.exec(after))) return { strength: 3.5, cue: 'that is', gist: clause(m[1]) };
  if (ACCORDING_TO.test(lastWords) && /^\s*,/.test(after) && /^\p{Ll}/u.test(sentence.slice(at, end))) {
    return { strength: 3, cue: 'according to', gist: clause(after.replace(/^\s*,\s*/, '')) };
  }
  if (atSubject && (m = UNDERSTOOD_AFTER.exec(after))) return { strength: 3, cue: 'understood', gist: clause(m[1]) };
  if (atSubject && (m = COPULA_AFTER.exec(after))) {
    // "X is an obvious candidate": an appraisal, not a definition.
    if (EVALUATIVE.test(m[1])) return { strength: 1.5, cue: 'is', gist: '' };
    // "X and especially Y is ...": what is defined is all of the subject.
    const subjectGoesOn = /^(?:\s+and\s|,)/.test(after);
    return { strength: 3, cue: 'is', gist: clause(subjectGoesOn ? sentence.slice(at) : m[1]) };
  }
  if (marked && (m = OF_LIST_AFTER.exec(after))) return { strength: 3, cue: 'listed', gist: clean(m[1]) };
  // The next sentence picks the term up by its head ("This principle ...") or, for a term set off in quotes, by any such noun.
  if (next && (m = PICKED_UP.exec(next)) && (marked || new RegExp(String.raw`\b${m[1]}\b`, 'i').test(sentence.slice(Math.max(0, at - 14), end + 10)) || (termIsPrinciple && m[1].toLowerCase() === 'principle'))) {
    return { strength: marked ? 3.5 : 3, cue: 'explained', gist: clean(m[2] || next) };
  }
  if (marked && (m = GENERIC_APPOSITION.exec(after))) return { strength: 2.5, cue: 'apposition', gist: clean(m[1]) };
  // "ferritin, a protein that stores iron", "tidal lag (the delay that separates ...)": a kind and what makes it one.
  if ((m = RELATIVE_APPOSITION.exec(after))) return { strength: 3, cue: 'apposition', gist: clean(m[1] ?? m[2]) };
  if (otherLanguages.NOTION_OF_BEFORE.test(lastWords)) return { strength: SUBJECT_START.test(before.replace(otherLanguages.NOTION_OF_BEFORE, '')) ? 2.5 : 2, cue: 'notion of', gist: '' };
  if (of && NOTION_OF.test(lastWords)) {
    const notionAtSubject = at <= 140 && SUBJECT_START.test(before.replace(NOTION_OF, ''));
    return { strength: notionAtSubject || /^[\s"'”’*]*(?:is|are|refers|means|which)\b/i.test(after) ? 2.5 : 2, cue: 'notion of', gist: '' };
  }
  if (marked && TERM_WORD.test(lastWords)) return { strength: 2.5, cue: 'the term', gist: '' };
  if (INVERTED_BEFORE.test(before) && /^["'”’*]*[.!]?\s*$/.test(after)) return { strength: 3, cue: 'is', gist: clean(before.replace(/\s+(?:is|was)\s*["'“‘*]*$/, '')) };
  if (marked) return { strength: 1.5, cue: 'introduced', gist: '' };
  return { strength: 0, cue: '', gist: '' };
}

const INVERTED_BEFORE = /^(?:A|An|One|The)\s+(?:[\p{L}-]+\s+){0,5}?(?:norm|principle|concept|notion|idea|doctrine|value|tenet|pillar|term|mechanism)\b[^,;.]{0,40}?\s+(?:is|was)\s+["'“‘*]*$/u;

/** Inverted: "A central norm of the organisation is multipolarity." — the term closes the sentence. */
const INVERTED = /^(?:A|An|One|The)\s+(?:[\p{L}-]+\s+){0,5}?(norm|principle|concept|notion|idea|doctrine|value|tenet|pillar|term)\b[^,;.]{0,40}?\s+(?:is|was)\s+["'“‘*]*([\p{L}][\p{L} -]{2,60}?)["'”’*]*[.!]?$/u;

/** A term named at the end of an inverted defining sentence, with the kind of thing it is said to be. */
export function invertedTerm(sentence: string): { term: string; kind: string } | null {
  const m = INVERTED.exec(sentence.trim());
  if (!m || m[2].split(/\s+/).length > 4) return null;
  return { term: m[2].trim(), kind: m[1] };
}
