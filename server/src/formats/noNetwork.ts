/**
 * Stands in for node-fetch and sync-fetch in the bundle (esbuild's alias): citation-js fetches a URL or a DOI it
 * is given as input, and Scholarly Lens only ever gives it text it has read from a file.
 */
export class Headers {}

function fetchNothing(): never {
  throw new Error('Scholarly Lens reads bibliographies from files and fetches nothing from the network.');
}
fetchNothing.Headers = Headers;

export default fetchNothing;
