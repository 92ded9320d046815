import { Hover, MarkupKind } from 'vscode-languageserver';
import { Citation, CitationTarget, CitedPaper, Note, ReferenceEntry } from '../analysis';
import { citing } from './citedIndex';
import { PaperContext } from './context';
import { formatEntry } from './formatEntry';
import { citationAt, entryAt, noteAt } from './lookup';
import { escapeMarkdown, plural, withLinks } from './markdown';
import { lineNumber, toRange } from './positions';
import { alsoCitedIn } from './alsoCited';
import { conceptHover } from './conceptHover';
import { organisationHover } from './organisationHover';
import { termAt } from './termLookup';
import { hoverText } from './hoverTexts';
import { copyEntryLinks } from './exportReferences';
import { libraryNote } from './libraryNote';
import { keyCitationHover } from './keyCitations';
import { manuscriptHover } from './manuscriptCitations';
import { ReaderLibrary } from '../library/readerLibrary';

export interface HoverOptions {
  terms: boolean;
  copyLinks: boolean;
  /** The reader's library: an entry in it says so. */
  library?: ReaderLibrary;
}

/** A hyphen and a number or code after a short form: "PBDE-47", "COVID-19", "H5N1-A". */
const VARIANT_SUFFIX = /^-[\p{N}][\p{L}\p{N}]*|^-[\p{Lu}][\p{N}][\p{L}\p{N}]*/u;

function noteText(note: Note): string {
  const label = note.number === null ? 'Unnumbered note' : `Note ${note.number}`;
  return `**${label}** (${note.placement})\n\n${withLinks(note.text)}`;
}

function citationHover(paper: CitedPaper, c: Citation): string {
  if (c.kind === 'footnote') {
    if (c.notes.length) return noteText(paper.notes[c.notes[0]]);
    return `**Note call ${c.number}**: no note with this number.${c.suggestions.length ? ` ${c.suggestions[0].label} may be it.` : ''}`;
  }
  if (c.entries.length === 0) {
    // The diagnostic already says that nothing matches and names the candidates: the hover shows them in full.
    const head = `**${escapeMarkdown(c.text)}** · not in the reference list`;
    if (c.suggestions.length === 0) return `${head}\n\nNone of the list's entries has these authors and this year.`;
    const closest = c.suggestions.map((s) => `${formatEntry(paper.references[s.entry])}\n\n— line ${lineNumber(paper, paper.references[s.entry].span)}`);
    return `${head}\n\nClosest ${c.suggestions.length > 1 ? 'entries' : 'entry'}:\n\n${closest.join('\n\n---\n\n')}`;
  }
  const blocks = c.entries.map((t) => formatEntry(paper.references[t]));
  if (c.status === 'ambiguous') blocks.unshift(`**Ambiguous**: ${c.entries.length} entries match; add the year's letter.`);
  const times = citing(paper, paper.references[c.entries[0]]).length;
  const facts = [c.locator ? `Cited here: ${escapeMarkdown(c.locator)}` : null, `cited ${plural(times, 'time')} in this paper`];
  return `${blocks.join('\n\n---\n\n')}\n\n${facts.filter(Boolean).join(' · ')}`;
}

function citedAt(paper: CitedPaper, target: CitationTarget, what: string): string {
  const citations = citing(paper, target);
  if (citations.length === 0) return `${what} is not cited in the text.`;
  const lines = [...new Set(citations.map((c) => lineNumber(paper, c.span)))];
  return `${what} is cited ${plural(citations.length, 'time')}: line${lines.length > 1 ? 's' : ''} ${lines.join(', ')}.`;
}

/**
 * What the thing under the cursor is: a citation's entry or note, an organisation or abbreviation, a concept
 * (only in a document shown as a paper: `terms`), or where an entry or note is cited, with what the other
 * papers of the workspace say of it. `terms`: concepts and organisations too; `copyLinks`: an entry's hover links
 * to the client's command that copies it for a reference manager.
 */
export function hover(ctx: PaperContext, offset: number, { terms, copyLinks, library }: HoverOptions = { terms: true, copyLinks: false }): Hover | null {
  const { paper, others } = ctx;
  // The library changes apart from the papers: its line is not kept with the hover's text.
  const inLibrary = (entry: ReferenceEntry): string => {
    const item = library?.find(entry);
    return item ? `\n\n${libraryNote(item)}` : '';
  };
  const copy = (entry: ReferenceEntry): string => (copyLinks ? `\n\n${copyEntryLinks(ctx.uri, entry)}` : '');
  const byKey = library && (keyCitationHover(paper, library, offset) ?? manuscriptHover(paper, library, offset));
  if (byKey) return { contents: { kind: MarkupKind.Markdown, value: byKey.value }, range: byKey.range };
  const c = citationAt(paper, offset);
  if (c) {
    const single = c.kind !== 'footnote' && c.entries.length === 1 ? paper.references[c.entries[0]] : null;
    const value = hoverText(others, c, 0, () => citationHover(paper, c) + (single ? alsoCitedIn(single, others) : ''));
    return { contents: { kind: MarkupKind.Markdown, value: single ? value + inLibrary(single) + copy(single) : value }, range: toRange(paper, c.span) };
  }
  const term = terms ? termAt(ctx, offset) : null;
  if (term) {
    let value: string;
    if (term.kind === 'organisation') {
      const { org } = term;
      const beforeExpansion = !!org.definition && term.span.start < org.definition.start;
      value = hoverText(others, org, beforeExpansion ? 1 : 0, () => organisationHover(ctx, org, beforeExpansion));
      // "PBDE-47": one of the things the short form names, not the short form itself.
      const variant = org.abbreviation && VARIANT_SUFFIX.exec(paper.text.slice(term.span.end, term.span.end + 16))?.[0];
      if (variant) {
        const span = { start: term.span.start, end: term.span.end + variant.length };
        return { contents: { kind: MarkupKind.Markdown, value: `**${escapeMarkdown(paper.text.slice(span.start, span.end))}** is a variant of ${escapeMarkdown(org.abbreviation!)}:\n\n${value}` }, range: toRange(paper, span) };
      }
    } else {
      const { concept, elsewhere } = term;
      value = hoverText(others, concept, 0, () => conceptHover(ctx, concept, elsewhere));
    }
    return { contents: { kind: MarkupKind.Markdown, value }, range: toRange(paper, term.span) };
  }
  const entry = entryAt(paper, offset);
  if (entry) {
    const value = hoverText(others, entry, 0, () => citedAt(paper, entry, 'This entry') + alsoCitedIn(entry, others)) + inLibrary(entry) + copy(entry);
    return { contents: { kind: MarkupKind.Markdown, value }, range: toRange(paper, entry.span) };
  }
  const note = noteAt(paper, offset);
  if (note && note.number !== null) {
    const value = hoverText(others, note, 0, () => citedAt(paper, note, `Note ${note.number}`));
    return { contents: { kind: MarkupKind.Markdown, value }, range: toRange(paper, note.span) };
  }
  return null;
}
