import { Concept, ConceptUse, displaySentence, SHOWS_DEFINITION } from '../analysis';
import { PaperContext } from './context';
import { escapeMarkdown, plural, quote } from './markdown';
import { lineNumber } from './positions';
import { termUsesElsewhere } from './termUsesElsewhere';

const CUE_LABEL: Record<string, string> = {
  named: 'named',
  'defined as': 'defined',
  'seen as': 'characterised',
  'definition of': 'defined',
  means: 'defined',
  listed: 'spelt out',
  'which means': 'defined',
  'that is': 'defined',
  'according to': 'explained',
  understood: 'defined',
  is: 'defined',
  explained: 'explained',
  apposition: 'explained',
  'notion of': 'explained',
  'the term': 'named',
};

/**
 * Hover for a term: what the paper says it is (only a sentence that defines it), where, and how often it is
 * used here and elsewhere. `source` is set for a term defined in another paper only.
 */
export function conceptHover({ paper, others }: PaperContext, concept: Concept, source: ConceptUse | null): string {
  const parts = [`**${escapeMarkdown(concept.term)}** · ${concept.cue === 'keyword' ? 'keyword' : 'concept'}`];
  const line = lineNumber(paper, concept.definition);
  if (source) {
    const where = `${escapeMarkdown(source.ref.name)}, line ${lineNumber(source.ref.paper, source.concept.definition)}`;
    parts.push(`${quote(source.concept.gist)}\n>\n> — defined in ${where}`);
    parts.push(
      concept.strength >= SHOWS_DEFINITION
        ? `Explained in this paper on line ${line}: ${escapeMarkdown(concept.gist)}`
        : `This paper does not define it; it first uses it on line ${line}:\n\n${quote(sentenceAt(paper.text, concept))}`,
    );
  } else if (concept.strength >= SHOWS_DEFINITION) {
    parts.push(`${quote(concept.gist)}\n>\n> — line ${line} (${CUE_LABEL[concept.cue] ?? 'defined'})`);
  } else {
    if (concept.cue === 'keyword') {
      const used = concept.gist ? ` It first uses the term in:\n\n${quote(concept.gist)}` : '';
      parts.push(`Listed among the keywords of this paper (line ${line}); the paper gives no defining sentence.${used}`);
    }
    else parts.push(`Set off in quotes or italics on line ${line}; the paper gives no defining sentence. It introduces the term in:\n\n${quote(concept.gist || sentenceAt(paper.text, concept))}`);
    const other = others.plainerDefinition(concept);
    if (other) {
      parts.push(`${quote(other.concept.gist)}\n>\n> — defined in ${escapeMarkdown(other.ref.name)}, line ${lineNumber(other.ref.paper, other.concept.definition)}`);
    }
  }
  const facts = [`Used ${plural(concept.mentions.length, 'time')} in this paper.`];
  const elsewhere = termUsesElsewhere(others, concept.term);
  if (elsewhere.length) {
    facts.push(`Also in ${plural(elsewhere.length, 'other paper')}: ${elsewhere.slice(0, 6).map((e) => `${escapeMarkdown(e.ref.name)} (${e.spans.length})`).join(', ')}${elsewhere.length > 6 ? ', …' : ''}.`);
  }
  parts.push(facts.join(' '));
  return parts.join('\n\n');
}

/** The sentence of the concept's definition span (where it is introduced or first used), as a reader would quote it. */
function sentenceAt(text: string, concept: Concept): string {
  return displaySentence(text.slice(concept.definition.start, concept.definition.end), 240);
}
