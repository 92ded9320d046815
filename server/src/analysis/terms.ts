/**
 * Organisations and concepts of a paper, worked out when first asked for (once per paper object, so once
 * per document version): diagnostics, which do not need them, stay quick while the reader types.
 */
import { Concept, Organisation, Paper } from './model';
import { Layout } from './layout';
import { Line } from './text';
import { findOrganisations } from './organisations';
import { findConcepts } from './concepts';
import { rememberWordIndex } from './concepts/elsewhere';
import { TermContext } from './termContext';

interface Terms {
  /** What the finders read, until both have run. */
  source: { lines: Line[]; layout: Layout; context: TermContext | null } | null;
  organisations?: Organisation[];
  concepts?: Concept[];
}

const termsOf = new WeakMap<object, Terms>();

export function withTerms(paper: Omit<Paper, 'organisations' | 'concepts'>, lines: Line[], layout: Layout): Paper {
  termsOf.set(paper, { source: { lines, layout, context: null } });
  // The same getter functions for every paper, so that all papers share one shape (and code reading them stays fast).
  Object.defineProperty(paper, 'organisations', { enumerable: true, get: organisations });
  Object.defineProperty(paper, 'concepts', { enumerable: true, get: concepts });
  return paper as Paper;
}

function organisations(this: Paper): Organisation[] {
  const terms = termsOf.get(this)!;
  if (!terms.organisations) {
    terms.organisations = findOrganisations(contextOf(this, terms));
    settle(this, terms);
  }
  return terms.organisations;
}

function concepts(this: Paper): Concept[] {
  const terms = termsOf.get(this)!;
  if (!terms.concepts) {
    terms.concepts = findConcepts(contextOf(this, terms), this.organisations);
    settle(this, terms);
  }
  return terms.concepts;
}

function contextOf(paper: Paper, terms: Terms): TermContext {
  const source = terms.source!;
  return (source.context ??= new TermContext(paper.text, source.lines, source.layout, paper.notes));
}

/** Once both are known the line table and the shared analysis context go; the word index stays. */
function settle(paper: Paper, terms: Terms): void {
  if (terms.organisations && terms.concepts && terms.source?.context) {
    rememberWordIndex(paper, terms.source.context.words);
    terms.source = null;
  }
}
