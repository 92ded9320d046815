import { bestDescription, Concept, Organisation, OrgUse, PaperRef, SHOWS_DEFINITION, termUses, WorkspaceRegistry } from '../analysis';
import { escapeMarkdown, plural, quote } from './markdown';
import { lineNumber } from './positions';

function link(ref: PaperRef, span: { start: number; end: number }, label?: string): string {
  const line = lineNumber(ref.paper, span);
  return `[${escapeMarkdown(label ?? `${ref.name}, line ${line}`)}](${ref.uri}#L${line})`;
}

/** Where a term is used: each paper with a link to its first use and the count. */
function usedIn(concept: Concept, refs: PaperRef[]): string {
  const out: string[] = [];
  for (const ref of refs) {
    const spans = termUses(ref.paper, concept.term);
    if (spans.length) out.push(`${link(ref, spans[0], ref.name)} (${spans.length})`);
  }
  return out.join(', ');
}

function orgUses(uses: OrgUse[]): string {
  return uses
    .filter((u) => u.org.mentions.length)
    .map((u) => `${link(u.ref, u.org.mentions[0], u.ref.name)} (${u.org.mentions.length})`)
    .join(', ');
}

/**
 * Groups each organisation's views across papers. A short form some paper uses but never expands joins the
 * name it abbreviates (by its expansion elsewhere, or by the initials of a name); one that no paper expands is
 * no entry ("TV").
 */
function organisationGroups(registry: WorkspaceRegistry): OrgUse[][] {
  const groups = registry.allOrganisations().map((g) => [...g]);
  const neverExpanded = (g: OrgUse[]): boolean => !!g[0].org.abbreviation && g[0].org.name === g[0].org.abbreviation;
  const groupOf = new Map<Organisation, OrgUse[]>();
  for (const g of groups) if (!neverExpanded(g)) for (const u of g) groupOf.set(u.org, g);
  const out: OrgUse[][] = [];
  for (const g of groups) {
    if (!neverExpanded(g)) out.push(g);
    else {
      const named = registry.nameFor(g[0].org.abbreviation!);
      if (named) groupOf.get(named.org)?.push(...g);
    }
  }
  return out;
}

function displayName(uses: OrgUse[]): { name: string; abbreviation: string | null; kind: Organisation['kind'] } {
  const defined = uses.find((u) => u.org.definition) ?? uses.find((u) => u.org.name !== u.org.abbreviation) ?? uses[0];
  return { name: defined.org.name, abbreviation: uses.find((u) => u.org.abbreviation)?.org.abbreviation ?? null, kind: defined.org.kind };
}

/** Terms, abbreviations and organisations of every paper, each with its definition and links to where it stands. */
/** `indexing`: how far the workspace index has come, while it is still reading the papers. */
export function glossaryMarkdown(registry: WorkspaceRegistry, indexing: { done: number; total: number } | null = null): string {
  const refs = registry.refs;
  const concepts = registry.concepts().sort((a, b) => a.concept.term.localeCompare(b.concept.term, undefined, { sensitivity: 'base' }));
  const groups = organisationGroups(registry)
    .filter((g) => g.some((u) => u.org.mentions.length > 1 || u.org.definition))
    .map((g) => ({ uses: g, ...displayName(g) }))
    .sort((a, b) => (a.abbreviation ?? a.name).localeCompare(b.abbreviation ?? b.name, undefined, { sensitivity: 'base' }));
  const organisations = groups.filter((g) => g.kind === 'organisation');
  const abbreviations = groups.filter((g) => g.kind !== 'organisation');

  const out = [
    '# Glossary of the workspace',
    '',
    `${plural(refs.length, 'paper')} · ${plural(concepts.length, 'term')} · ${plural(abbreviations.length, 'abbreviation')} · ${plural(organisations.length, 'organisation')}`,
    '',
    ...(indexing ? [`*Indexing ${indexing.done} of ${indexing.total} papers: run Show Glossary again when it is done for the whole workspace.*`, ''] : []),
    '## Terms',
    '',
  ];
  if (concepts.length === 0) out.push('No paper defines a term yet.', '');
  for (const { ref, concept } of concepts) {
    out.push(`### ${escapeMarkdown(concept.term)}`, '');
    if (concept.strength >= SHOWS_DEFINITION) out.push(quote(concept.gist), '', `Defined in ${link(ref, concept.definition)}.`);
    else out.push(`${concept.cue === 'keyword' ? 'Keyword' : 'Introduced'} in ${link(ref, concept.definition)}; no defining sentence.`);
    const used = usedIn(concept, refs);
    if (used) out.push(`Used in ${used}.`);
    out.push('');
  }
  for (const [title, list] of [['Abbreviations', abbreviations], ['Organisations', organisations]] as const) {
    out.push(`## ${title}`, '');
    if (list.length === 0) out.push(`No ${title.toLowerCase()} found yet.`, '');
    for (const g of list) {
      const gloss = g.uses.find((u) => u.org.gloss)?.org.gloss;
      const named = gloss ? `${g.name} (${gloss})` : g.name;
      const head = g.abbreviation && g.abbreviation !== g.name ? `${g.abbreviation} — ${named}` : named;
      out.push(`### ${escapeMarkdown(head)}`, '');
      const described = bestDescription(g.uses);
      if (described?.org.descriptionSpan) out.push(quote(described.org.description!), '', `— ${link(described.ref, described.org.descriptionSpan)}`, '');
      const expanded = g.uses.find((u) => u.org.definition);
      if (expanded) out.push(`Expanded in ${link(expanded.ref, expanded.org.definition!)}.`);
      const used = orgUses(g.uses);
      if (used) out.push(`Mentioned in ${used}.`);
      out.push('');
    }
  }
  return out.join('\n');
}
