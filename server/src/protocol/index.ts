/** The only part of the server's sources the client may import: shared request names, result types and the annotation library. */
export * from './requests';
export * from './annotations';
