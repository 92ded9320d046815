/** The analysis library: text in, a Paper model out. No editor or protocol imports below this folder. */
export * from './model';
export { analysePaper } from './analyse';
export { DiagnosticCode, DEFAULT_SEVERITY, findDiagnostics } from './diagnostics';
export type { Finding, Severity } from './diagnostics';
export { entryLabel } from './suggest';
export { lastStartingAt, lineAt } from './text';
