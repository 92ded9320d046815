import { Hover, MarkupKind } from 'vscode-languageserver';
import { Citation, Note, Paper } from '../analysis';
import { formatEntry } from './formatEntry';
import { citationAt, citationsOf, entryAt, noteAt } from './lookup';
import { escapeMarkdown, plural, withLinks } from './markdown';
import { lineNumber, toRange } from './positions';
import { alsoCitedIn } from './alsoCited';
import { conceptHover } from './conceptHover';
import { organisationHover } from './organisationHover';
import { termAt, WorkspaceScope } from './termLookup';

function noteText(note: Note): string {
  const label = note.number === null ? 'Unnumbered note' : `Note ${note.number}`;
  return `**${label}** (${note.placement})\n\n${withLinks(note.text)}`;
}

function citationHover(paper: Paper, c: Citation): string {
  if (c.kind === 'footnote') {
    if (c.targets.length) return noteText(paper.notes[c.targets[0]]);
    return `**Note call ${c.number}**: no note with this number.${c.suggestions.length ? ` ${c.suggestions[0].label} may be it.` : ''}`;
  }
  if (c.targets.length === 0) {
    const meant = c.suggestions.length ? `\n\nDid you mean ${c.suggestions.map((s) => escapeMarkdown(s.label)).join(' or ')}?` : '';
    return `**${escapeMarkdown(c.text)}**: no matching entry in the reference list.${meant}`;
  }
  const blocks = c.targets.map((t) => formatEntry(paper.references[t]));
  if (c.status === 'ambiguous') blocks.unshift(`**Ambiguous**: ${c.targets.length} entries match; add the year's letter.`);
  const times = citationsOf(paper, paper.references[c.targets[0]]).length;
  const facts = [c.locator ? `Cited here: ${escapeMarkdown(c.locator)}` : null, `cited ${plural(times, 'time')} in this paper`];
  return `${blocks.join('\n\n---\n\n')}\n\n${facts.filter(Boolean).join(' · ')}`;
}

function citedAt(paper: Paper, target: Parameters<typeof citationsOf>[1], what: string): string {
  const citing = citationsOf(paper, target);
  if (citing.length === 0) return `${what} is not cited in the text.`;
  const lines = [...new Set(citing.map((c) => lineNumber(paper, c.span)))];
  return `${what} is cited ${plural(citing.length, 'time')}: line${lines.length > 1 ? 's' : ''} ${lines.join(', ')}.`;
}

/**
 * What the thing under the cursor is: a citation's entry or note, an organisation or abbreviation, a concept,
 * or where an entry or note is cited. `scope` brings in the other papers of the workspace.
 */
export function hover(paper: Paper, offset: number, scope?: WorkspaceScope): Hover | null {
  const c = citationAt(paper, offset);
  if (c) {
    const also = c.kind !== 'footnote' && c.targets.length === 1 ? alsoCitedIn(paper.references[c.targets[0]], scope) : '';
    return { contents: { kind: MarkupKind.Markdown, value: citationHover(paper, c) + also }, range: toRange(paper, c.span) };
  }
  const term = termAt(paper, offset, scope);
  if (term) {
    const value = term.kind === 'organisation' ? organisationHover(paper, term.org, scope, term.span.start) : conceptHover(paper, term.concept, term.elsewhere, scope);
    return { contents: { kind: MarkupKind.Markdown, value }, range: toRange(paper, term.span) };
  }
  const entry = entryAt(paper, offset);
  if (entry) return { contents: { kind: MarkupKind.Markdown, value: citedAt(paper, entry, 'This entry') + alsoCitedIn(entry, scope) }, range: toRange(paper, entry.span) };
  const note = noteAt(paper, offset);
  if (note && note.number !== null) {
    return { contents: { kind: MarkupKind.Markdown, value: citedAt(paper, note, `Note ${note.number}`) }, range: toRange(paper, note.span) };
  }
  return null;
}
