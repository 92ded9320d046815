/** The third stage: organisations and concepts, found over one shared context of sentences and words. */
import { CitedPaper, PaperTerms } from './model';
import { Structure } from './analyse';
import { findOrganisations } from './organisations';
import { findConcepts } from './concepts';
import { TermContext } from './termContext';

export function readTerms(structure: Structure, paper: CitedPaper): PaperTerms {
  const context = new TermContext(paper.text, structure.lines, structure.layout, paper.notes);
  const organisations = findOrganisations(context);
  return { organisations, concepts: findConcepts(context, organisations), words: context.words };
}
