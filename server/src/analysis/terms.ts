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
import { termContext } from './termContext';

export function withTerms(paper: Omit<Paper, 'organisations' | 'concepts'>, lines: Line[], layout: Layout): Paper {
  let organisations: Organisation[] | undefined;
  let concepts: Concept[] | undefined;
  let source: { lines: Line[]; layout: Layout } | null = { lines, layout };
  /** Once both are known the line table goes (and with it the shared analysis context); the word index stays. */
  const settle = (): void => {
    if (organisations && concepts && source) {
      rememberWordIndex(paper as Paper, termContext(paper.text, source.lines, source.layout).words);
      source = null;
    }
  };
  Object.defineProperty(paper, 'organisations', {
    enumerable: true,
    get: () => {
      if (!organisations) {
        organisations = findOrganisations(paper.text, source!.lines, source!.layout);
        settle();
      }
      return organisations;
    },
  });
  Object.defineProperty(paper, 'concepts', {
    enumerable: true,
    get: () => {
      if (!concepts) {
        concepts = findConcepts(paper.text, source!.lines, source!.layout);
        settle();
      }
      return concepts;
    },
  });
  return paper as Paper;
}
