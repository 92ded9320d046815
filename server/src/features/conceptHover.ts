import { Concept, Paper } from '../analysis';
import { ConceptUse } from '../analysis/workspaceRegistry';
import { wordIndexOf } from '../analysis/concepts/elsewhere';
import { termForms } from '../analysis/concepts/mentions';
import { escapeMarkdown, plural } from './markdown';
import { lineNumber } from './positions';
import { WorkspaceScope } from './termLookup';

/** A definition plain enough to show as one (a keyword list or a quoted first use is not). */
export const SHOWS_DEFINITION = 2;

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

function quote(text: string): string {
  return `> ${escapeMarkdown(text)}`;
}

/** How often the term is used in each other paper of the workspace. */
export function conceptUsesElsewhere(concept: Concept, scope?: WorkspaceScope): Array<{ name: string; uri: string; paper: Paper; count: number }> {
  if (!scope?.registry) return [];
  const out: Array<{ name: string; uri: string; paper: Paper; count: number }> = [];
  const forms = termForms(concept.term);
  for (const ref of scope.registry.refs) {
    if (ref.uri === scope.uri) continue;
    const words = wordIndexOf(ref.paper);
    const starts = new Set<number>();
    for (const keys of forms) for (const s of words.find(keys)) starts.add(s.start);
    if (starts.size) out.push({ name: ref.name, uri: ref.uri, paper: ref.paper, count: starts.size });
  }
  return out.sort((a, b) => b.count - a.count);
}

/** The plainest definition of the same term in another paper, if plainer than this paper's. */
function betterElsewhere(concept: Concept, scope?: WorkspaceScope): ConceptUse | null {
  if (!scope?.registry) return null;
  let best: ConceptUse | null = null;
  for (const u of scope.registry.concept(concept.key)) {
    if (u.ref.uri === scope.uri || u.concept.strength < SHOWS_DEFINITION) continue;
    if (u.concept.strength > concept.strength && (!best || u.concept.strength > best.concept.strength)) best = u;
  }
  return best;
}

/**
 * Hover for a term: what the paper says it is (only a sentence that defines it), where, and how often it is
 * used here and elsewhere. `source` is set for a term defined in another paper only.
 */
export function conceptHover(paper: Paper, concept: Concept, source: ConceptUse | null, scope?: WorkspaceScope): string {
  const parts = [`**${escapeMarkdown(concept.term)}** · ${concept.cue === 'keyword' ? 'keyword' : 'concept'}`];
  const line = lineNumber(paper, concept.definition);
  if (source) {
    const where = `${escapeMarkdown(source.ref.name)}, line ${lineNumber(source.ref.paper, source.concept.definition)}`;
    parts.push(`${quote(source.concept.gist)}\n>\n> — defined in ${where}`);
    parts.push(
      concept.strength >= SHOWS_DEFINITION
        ? `Explained in this paper on line ${line}: ${escapeMarkdown(concept.gist)}`
        : `This paper does not define it; first used here on line ${line}.`,
    );
  } else if (concept.strength >= SHOWS_DEFINITION) {
    parts.push(`${quote(concept.gist)}\n>\n> — line ${line} (${CUE_LABEL[concept.cue] ?? 'defined'})`);
  } else {
    const how = concept.cue === 'keyword' ? 'Listed among the keywords of this paper' : 'Set off in quotes or italics';
    parts.push(`${how} (line ${line}); the paper gives no defining sentence.`);
    const other = betterElsewhere(concept, scope);
    if (other) {
      parts.push(`${quote(other.concept.gist)}\n>\n> — defined in ${escapeMarkdown(other.ref.name)}, line ${lineNumber(other.ref.paper, other.concept.definition)}`);
    }
  }
  const facts = [`Used ${plural(concept.mentions.length, 'time')} in this paper.`];
  const elsewhere = conceptUsesElsewhere(concept, scope);
  if (elsewhere.length) {
    facts.push(`Also in ${plural(elsewhere.length, 'other paper')}: ${elsewhere.slice(0, 6).map((e) => `${escapeMarkdown(e.name)} (${e.count})`).join(', ')}${elsewhere.length > 6 ? ', …' : ''}.`);
  }
  parts.push(facts.join(' '));
  return parts.join('\n\n');
}
