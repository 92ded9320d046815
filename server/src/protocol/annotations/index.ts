/** The annotation library: pure Node, shared by the language server, the CLI and the VS Code client. */
export * from './model';
export * from './anchoring';
export * from './annotationEdits';
export * from './annotationStatus';
export * from './jsonld';
export * from './markdownExport';
export * from './paperAnnotations';
export * from './paperText';
export * from './preview';
export * from './quoteSearch';
export * from './sidecar';
export * from './store';
export * from './storeErrors';
export type { LineColumn } from './lineColumn';
