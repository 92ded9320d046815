/** Uses of a term: every spelling of it (and "principle of X" / "X principle" for a principle), nested uses left out. */
import { Span } from '../model';
import { TermContext } from '../termContext';
import { phraseKeys } from '../words';

/** Heads that name a principle: "the principle of X", "the X principle" and plain "X" are one concept. */
const PRINCIPLE_HEADS = ['principle', 'doctrine'];

/** The words of a principle's name without its head: "principle of mutual recognition" → "mutual recognition". */
function principleCore(keys: readonly string[]): readonly string[] | null {
  if (keys.length >= 3 && PRINCIPLE_HEADS.includes(keys[0]) && keys[1] === 'of') return keys.slice(2);
  if (keys.length >= 2 && PRINCIPLE_HEADS.includes(keys[keys.length - 1])) return keys.slice(0, -1);
  return null;
}

/** One key for the ways of writing a term ("mutual recognition principle" = "principle of mutual recognition"). */
export function conceptKey(term: string): string {
  const keys = phraseKeys(term);
  return (principleCore(keys) ?? keys).join(' ');
}

/** Forms of a term: "mutual recognition principle" is also "principle of mutual recognition" and "mutual recognition". */
export function termForms(term: string): Array<readonly string[]> {
  const keys = phraseKeys(term);
  const core = principleCore(keys);
  if (!core) return [keys];
  const forms: Array<readonly string[]> = [[...core, keys[0] === 'principle' || keys[0] === 'doctrine' ? keys[0] : keys[keys.length - 1]]];
  const head = forms[0][forms[0].length - 1];
  forms.push([head, 'of', ...core]);
  if (core.length >= 2 || /[a-z]{4,}(?:ism|ity|ty|ence|ance|tion|ment)$/.test(core[0])) forms.push(core);
  return forms;
}

/** Body uses of the term in any of its forms, sorted, without duplicates. */
export function termUses(term: string, ctx: TermContext): Span[] {
  const seen = new Set<number>();
  const out: Span[] = [];
  for (const keys of termForms(term)) {
    const found = ctx.words.find(keys);
    for (let k = 0; k < found.length; k++) {
      const s = found[k];
      if (seen.has(s.start) || !ctx.isBody(ctx.lineOf(s.start))) continue;
      seen.add(s.start);
      out.push(s);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Drops uses that lie inside a longer term or name (`blockers`, sorted by start): "security" inside
 * "regime security" is a use of the longer term.
 */
export function outsideOf(spans: Span[], blockers: Span[]): Span[] {
  const out: Span[] = [];
  let j = 0;
  for (let n = 0; n < spans.length; n++) {
    const s = spans[n];
    while (j < blockers.length && blockers[j].end <= s.start) j++;
    let inside = false;
    for (let k = Math.max(0, j - 8); k < blockers.length && blockers[k].start <= s.start; k++) {
      const b = blockers[k];
      if (b.start <= s.start && s.end <= b.end && b.end - b.start > s.end - s.start) inside = true;
    }
    if (!inside) out.push(s);
  }
  return out;
}
