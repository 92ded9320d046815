/**
 * The sentence that best says what an organisation (or abbreviated thing) is: one where its name is the
 * subject and is followed by "is a ...", an apposition ", the body responsible for ...," or "was founded".
 */
import { Span } from '../model';
import { TermContext } from '../termContext';

export interface Description {
  span: Span;
  text: string;
  /** How plainly the sentence describes it: 3 and more for "X is a ...", 2 for "X was founded". */
  strength: number;
}

const BEFORE_SUBJECT = /^[\s"'“‘*¹²³⁴⁵⁶⁷⁸⁹⁰\d]*(?:(?:the|thus|today|currently|now|in fact|indeed|moreover|however)[\s,]+)*$/i;
const SKIP_AFTER = /^(?:['’]s\b)?(?:\s*\([^()]{0,80}\))?[¹²³⁴⁵⁶⁷⁸⁹⁰]*["'”’*]*/;
const COPULA = /^\s*,?\s*(?:is|was|are|were|remains|has been|had been|serves as|served as|acts as|functions as|became|constitutes)\s+(?:now\s+|also\s+|still\s+|primarily\s+|essentially\s+)?(?:a|an|the|one of)\s/i;
const APPOSITION = /^\s*,\s*(?:a|an|the)\s+[^,;.()]{3,160}?,/i;
const FOUNDED = /^\s*,?\s*(?:which\s+)?(?:was|were|had been|has been)?\s*(?:officially\s+|formally\s+)?(?:founded|established|created|formed|set up|launched|inaugurated|proclaimed)\b/i;
const ABOUT_A_BODY = /organi[sz]ation|\bbody\b|alliance|institution|forum|\bbloc\b|\bunion\b|agreement|framework|association|treaty|mechanism|platform|initiative|founded|established|created|headquartered|based in|intergovernmental|regional|international/i;

/** Cleans a sentence for display: Markdown stars, leading note markers and quotes go; long ones are cut. */
export function displaySentence(text: string, max = 360): string {
  let s = text.replace(/\*+/g, '').replace(/^[\s¹²³⁴⁵⁶⁷⁸⁹⁰\d]*(?=['"“‘]?\p{Lu})/u, '').replace(/\s+/g, ' ').trim();
  if (/^['"“‘]/.test(s) && !/['"”’]/.test(s.slice(1))) s = s.slice(1);
  if (s.length > max) s = s.slice(0, s.lastIndexOf(' ', max - 1)) + ' …';
  return s;
}

export function describe(mentions: Span[], ctx: TermContext): Description | null {
  let best: Description | null = null;
  const seen = new Set<number>();
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k];
    const found = ctx.sentenceAt(m.start);
    if (!found || seen.has(found.sentence.start)) continue;
    const s = found.sentence;
    const before = ctx.text.slice(s.start, m.start);
    if (!BEFORE_SUBJECT.test(before)) continue;
    seen.add(s.start);
    let after = ctx.text.slice(m.end, Math.min(s.end, m.end + 300));
    after = after.slice(SKIP_AFTER.exec(after)?.[0].length ?? 0);
    let strength = COPULA.test(after) ? 3 : APPOSITION.test(after) ? 3 : FOUNDED.test(after) ? 2 : 0;
    if (strength === 0) continue;
    if (ABOUT_A_BODY.test(s.text)) strength += 1;
    if (s.text.length > 500) strength -= 1;
    if (!best || strength > best.strength) best = { span: { start: s.start, end: s.end }, text: displaySentence(s.text), strength };
  }
  return best;
}
