/** The analysis library: text in, a Paper model out. No editor or protocol imports below this folder. */
export * from './model';
export { analyseIndexedParts, analysePaper, PaperAnalysis } from './paperAnalysis';
export type { IndexedParts } from './paperAnalysis';
export { DEFAULT_SEVERITY, DiagnosticCode } from './diagnosticCodes';
export type { Severity } from './diagnosticCodes';
export { citationMessage, describeCitation, findDiagnostics, READERS_LIBRARY } from './diagnostics';
export type { Finding } from './diagnostics';
export { citationsOf, suggestedTargetsOf, targetsAt, targetsOf } from './targets';
export type { CitationTarget } from './targets';
export type { KeyCitation } from './citations/keyCitations';
export { entryLabel } from './suggest';
export { listsAsPaper, readsAsPaper } from './readsAsPaper';
export { lastStartingAt, lineAt } from './text';
export { displaySentence } from './organisations/description';
export * from './workspace';
export { OutsideWorks } from './citationsAgainstWorks';
export type { OutsideWork } from './citationsAgainstWorks';
