/**
 * Concepts a paper uses but another paper of the workspace defines: "colour revolutions" defined in one
 * paper is recognised in another that only uses it. Each gets this paper's uses and, when this paper
 * explains it too, its own defining sentence; otherwise the sentence that first uses it here.
 */
import { Concept, Paper, Span } from '../model';
import { paragraphLine, Sentence, sentencesOf, startsBlock } from '../sentences';
import { Line, lineAt, lineOfText } from '../text';
import { readCue } from '../concepts/definitionCues';
import { displaySentence } from '../organisations/description';
import { outsideOf } from '../concepts/mentions';
import { ConceptUse } from './registry';
import { termUses } from './termUses';

export interface ConceptFromElsewhere {
  concept: Concept;
  /** The paper and concept that define it. */
  source: ConceptUse;
}

/** Only plainly defined multi-word terms travel between papers (single words are too often ordinary words). */
const TRAVELS = 2.5;

/** `defined` is every concept of the workspace, one per term (see `WorkspaceRegistry.concepts`). */
export function conceptsFromElsewhere(paper: Paper, uri: string, defined: ConceptUse[]): ConceptFromElsewhere[] {
  const local = new Set(paper.concepts.map((c) => c.key));
  for (const o of paper.organisations) local.add(o.key);
  const inReferences = (offset: number): boolean => paper.references.some((e) => e.span.start <= offset && offset < e.span.end);
  const blockers = [...paper.concepts.flatMap((c) => c.mentions), ...paper.organisations.flatMap((o) => o.mentions)].sort((a, b) => a.start - b.start);
  const found: ConceptFromElsewhere[] = [];
  for (const source of defined) {
    const c = source.concept;
    if (source.ref.uri === uri || local.has(c.key) || c.strength < TRAVELS || !/\s/.test(c.term.trim())) continue;
    const uses = termUses(paper, c.term).filter((s) => !inReferences(s.start));
    if (uses.length === 0) continue;
    const mentions = outsideOf(uses, blockers);
    if (mentions.length === 0) continue;
    const intro = introduction(paper, c.term, mentions);
    found.push({
      concept: {
        ...c,
        // This paper's spelling ("color revolutions" where the other paper writes "colour revolutions").
        term: paper.text.slice(mentions[0].start, mentions[0].end).replace(/\s+/g, ' '),
        id: -1,
        definition: intro.span,
        mentions,
        cue: intro.cue,
        strength: intro.strength,
        gist: intro.gist || c.gist,
      },
      source,
    });
  }
  return found;
}

/** This paper's own defining sentence for the term if it has one, else the sentence of its first use. */
function introduction(paper: Paper, term: string, uses: Span[]): { span: Span; cue: string; strength: number; gist: string } {
  const principle = /\b(?:principle|doctrine|policy)\b/i.test(term);
  let best: { span: Span; cue: string; strength: number; gist: string } | null = null;
  let first: Span | null = null;
  const paragraphs = new Map<number, Sentence[]>();
  for (const use of uses) {
    const index = lineAt(paper.lineStarts, use.start);
    let sentences = paragraphs.get(index);
    if (!sentences) {
      const { top, bottom } = paragraphAround(paper, index);
      sentences = sentencesOf(paragraphLine(paper.text, textLine(paper, top), textLine(paper, bottom)));
      for (let i = top; i <= bottom; i++) paragraphs.set(i, sentences);
    }
    const k = sentences.findIndex((s) => s.start <= use.start && use.end <= s.end);
    if (k === -1) continue;
    const s = sentences[k];
    first ??= { start: s.start, end: s.end };
    const r = readCue(s.text, use.start - s.start, use.end - s.start, sentences[k + 1]?.text ?? null, principle);
    if (r.strength >= 2 && (!best || r.strength > best.strength)) best = { span: { start: s.start, end: s.end }, cue: r.cue, strength: r.strength, gist: r.gist || displaySentence(s.text, 240) };
  }
  return best ?? { span: first ?? uses[0], cue: 'used', strength: 0, gist: '' };
}

function textLine(paper: Paper, index: number): Line {
  return lineOfText(paper.text, paper.lineStarts, index);
}

/** The lines of the paragraph holding line `index`: those next to it up to a blank line or a new block. */
function paragraphAround(paper: Paper, index: number): { top: number; bottom: number } {
  const blank = (i: number) => textLine(paper, i).text.trim() === '';
  let top = index;
  while (top > 0 && !blank(top - 1) && !startsBlock(textLine(paper, top))) top--;
  let bottom = index;
  while (bottom + 1 < paper.lineStarts.length && !blank(bottom + 1) && !startsBlock(textLine(paper, bottom + 1))) bottom++;
  return { top, bottom };
}
