/** Raised for a store that cannot be read; such a store is never overwritten. */
export class MalformedStoreError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly column: number,
    readonly problem: string,
  ) {
    super(
      `${file}:${line}:${column}: ${problem}. ` +
        'Annotations of this paper are read-only until the file is fixed; Scholarly Lens will not overwrite it.',
    );
    this.name = 'MalformedStoreError';
  }
}
