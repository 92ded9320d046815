/** What the papers of a workspace know together. Pure: papers in, lookups out. */
export { WorkspaceRegistry, bestDescription } from './registry';
export type { ConceptUse, EntryUse, OrgUse, PaperRef, WorkspacePaper } from './registry';
export type { PhraseFinder } from './termUses';
export { OtherPapers, SHOWS_DEFINITION } from './otherPapers';
export type { TermUsesIn } from './otherPapers';
export type { ConceptFromElsewhere } from './conceptsElsewhere';
export { termUses } from './termUses';
export { sameWork } from './sameWork';
export type { ListedWork } from './sameWork';
