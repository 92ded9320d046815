import { bestDescription, Organisation } from '../analysis';
import { PaperContext } from './context';
import { escapeMarkdown, plural, quote } from './markdown';
import { lineNumber } from './positions';

/**
 * Hover for an organisation or abbreviation: full name, short form, what it is, where it is expanded and used.
 * `beforeExpansion`: the mention hovered comes before the paper expands the short form.
 */
export function organisationHover({ paper, others }: PaperContext, org: Organisation, beforeExpansion: boolean): string {
  const elsewhere = others.organisation(org);
  const expansion = others.expansion(org);
  const name = expansion ? expansion.org.name : org.name;
  const kind = (expansion?.org.kind ?? org.kind) === 'organisation' ? 'organisation' : 'abbreviation';
  const short = org.abbreviation && org.abbreviation !== name ? ` (${escapeMarkdown(org.abbreviation)})` : '';
  const parts = [`**${escapeMarkdown(name)}**${short} · ${kind}`];
  const gloss = expansion?.org.gloss ?? org.gloss;
  if (gloss) parts.push(`Also named *${escapeMarkdown(gloss)}*.`);

  const local = org.description ? { text: org.description, strength: org.descriptionStrength, where: null as string | null } : null;
  const other = bestDescription(elsewhere);
  const described =
    other && (!local || other.org.descriptionStrength > local.strength)
      ? { text: other.org.description!, where: `${escapeMarkdown(other.ref.name)}, line ${lineNumber(other.ref.paper, other.org.descriptionSpan ?? other.org.mentions[0])}` }
      : local
        ? { text: local.text, where: org.descriptionSpan ? `line ${lineNumber(paper, org.descriptionSpan)}` : null }
        : null;
  if (described) parts.push(`${quote(described.text)}${described.where ? `\n>\n> — ${described.where}` : ''}`);

  const facts: string[] = [];
  if (org.definition && beforeExpansion) {
    const other = elsewhere.find((u) => u.org.definition);
    const there = other ? ` (${escapeMarkdown(other.ref.name)} expands it on line ${lineNumber(other.ref.paper, other.org.definition!)})` : '';
    facts.push(`Used here before this paper expands it on line ${lineNumber(paper, org.definition)}${there}.`);
  } else if (org.definition) {
    facts.push(`Expanded on line ${lineNumber(paper, org.definition)}.`);
  } else if (expansion?.org.definition) {
    facts.push(
      `Not expanded in this paper; ${escapeMarkdown(org.abbreviation ?? '')} is expanded in ${escapeMarkdown(expansion.ref.name)} (line ${lineNumber(expansion.ref.paper, expansion.org.definition)}) as *${escapeMarkdown(expansion.org.name)}*.`,
    );
  } else if (expansion) {
    const where = expansion.org.mentions[0] ? ` (line ${lineNumber(expansion.ref.paper, expansion.org.mentions[0])})` : '';
    facts.push(`Not expanded in this paper; ${escapeMarkdown(org.abbreviation ?? '')} spells the initials of *${escapeMarkdown(expansion.org.name)}*, named in ${escapeMarkdown(expansion.ref.name)}${where}.`);
  } else if (org.abbreviation && org.name === org.abbreviation) {
    facts.push('Not expanded in this paper or elsewhere in the workspace.');
  }
  const lines = [...new Set(org.mentions.map((m) => lineNumber(paper, m)))];
  const shown = lines.slice(0, 8).join(', ') + (lines.length > 8 ? ', …' : '');
  facts.push(`Mentioned ${plural(org.mentions.length, 'time')} in this paper${lines.length ? ` (line${lines.length > 1 ? 's' : ''} ${shown})` : ''}.`);
  const mentionsByPaper = new Map<string, number>();
  for (const u of elsewhere) mentionsByPaper.set(u.ref.name, (mentionsByPaper.get(u.ref.name) ?? 0) + u.org.mentions.length);
  if (mentionsByPaper.size) {
    const list = [...mentionsByPaper].sort((a, b) => b[1] - a[1]);
    facts.push(`Also in ${plural(list.length, 'other paper')}: ${list.slice(0, 6).map(([n, c]) => `${escapeMarkdown(n)} (${c})`).join(', ')}${list.length > 6 ? ', …' : ''}.`);
  }
  parts.push(facts.join(' '));
  return parts.join('\n\n');
}
