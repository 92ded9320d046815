/** The paper's keyword list: "Keywords: regionalism, security, ..." (also "Key words", "Index terms"). */
import { TermContext } from '../termContext';

export interface Keyword {
  term: string;
  start: number;
  end: number;
  /** The whole list line. */
  line: number;
  lineSpan: { start: number; end: number };
}

const LABEL = /(?:^|\t|\s{2,}|\*\*)\s*\**(?:key ?words|key terms|index terms|keyphrases)\**\s*[:：.—–-]\s*\**/gi;

export function findKeywords(ctx: TermContext, limit = 60): Keyword[] {
  const out: Keyword[] = [];
  for (const line of ctx.lines.slice(0, Math.min(ctx.lines.length, limit * 4))) {
    if (!ctx.isBody(line.index) || !/key ?words|key terms|index terms|keyphrases/i.test(line.text)) continue;
    LABEL.lastIndex = 0;
    const m = LABEL.exec(line.text);
    if (!m) continue;
    let from = m.index + m[0].length;
    const rest = line.text.slice(from);
    const stop = rest.search(/\t|\s{3,}/);
    const list = stop === -1 ? rest : rest.slice(0, stop);
    for (const part of list.split(/[,;·•|]/)) {
      const lead = part.length - part.trimStart().length;
      const term = part.trim().replace(/[.*]+$/, '').replace(/^\*+/, '').trim();
      const at = from + lead + (part.trim().startsWith('*') ? part.trim().search(/[^*]/) : 0);
      if (term && term.split(/\s+/).length <= 5 && /\p{L}/u.test(term)) {
        out.push({ term, start: line.start + at, end: line.start + at + term.length, line: line.index, lineSpan: { start: line.start, end: line.end } });
      }
      from += part.length + 1;
    }
  }
  return out;
}
