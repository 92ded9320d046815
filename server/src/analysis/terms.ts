/** The third stage: organisations and concepts, found over one shared context of sentences and words. */
import { PaperTerms } from './model';
import { Structure } from './analyse';
import { findOrganisations } from './organisations';
import { findConcepts } from './concepts';
import { TermContext } from './termContext';

export function readTerms(structure: Structure): PaperTerms {
  const context = new TermContext(structure.text, structure.lines, structure.layout, structure.notes);
  const organisations = findOrganisations(context);
  return { organisations, concepts: findConcepts(context, organisations), words: context.words };
}
