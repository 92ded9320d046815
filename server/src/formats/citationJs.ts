/**
 * citation-js (MIT), loaded on first use, with the BibTeX and RIS plugins only: the formats reference managers
 * exchange, read and written from CSL-JSON items. Its CSL plugin (which brings citeproc) is never loaded, and
 * its fetching of URLs and DOIs is left out of the bundle (see `noNetwork.ts`).
 */
import type { CslItem } from '../analysis/entryFields';

/** What Scholarly Lens uses of citation-js's plugin registry (it ships no types). */
interface CitationJsPlugins {
  config: { get(name: '@bibtex'): { format: { asciiOnly: boolean } } };
  input: { chain(data: unknown, options: { generateGraph: boolean; target?: string; forceType?: string }): CslItem[] };
  output: { format(format: string, data: CslItem[], options?: Record<string, unknown>): string };
}

let loaded: CitationJsPlugins | null = null;

function plugins(): CitationJsPlugins {
  if (!loaded) {
    const core = require('@citation-js/core') as { plugins: CitationJsPlugins };
    require('@citation-js/plugin-bibtex');
    require('@citation-js/plugin-ris');
    loaded = core.plugins;
    // Written in ASCII, names and titles in other scripts come out as broken accent commands ("{\\u  }" for a
    // Cyrillic word): BibTeX is written in UTF-8, as biblatex and today's BibTeX read it.
    loaded.config.get('@bibtex').format.asciiOnly = false;
  }
  return loaded;
}

export type WrittenFormat = 'bibtex' | 'ris';

/** The items written as BibTeX (`@article{key, ...}`) or RIS (`TY  - JOUR` ... `ER  -`). */
export function formatItems(items: CslItem[], format: WrittenFormat): string {
  return plugins().output.format(format, items, { format: 'text' });
}

/** The kinds of text a bibliography file may hold, as citation-js names them. */
const INPUT_TYPES = { bibtex: '@biblatex/text', ris: '@ris/file', 'csl-json': '@csl/list+object' } as const;

/**
 * The CSL-JSON items of a BibTeX, RIS or CSL-JSON text (CSL-JSON parsed already). Throws what citation-js
 * says is wrong when the text is not that format (its message names the line for BibTeX).
 */
export function readItems(data: string | unknown[], format: keyof typeof INPUT_TYPES): CslItem[] {
  return plugins().input.chain(data, { generateGraph: false, forceType: INPUT_TYPES[format], target: '@csl/list+object' });
}

/** A BibTeX entry as citation-js reads it from the text, before its values are turned into CSL-JSON. */
export interface RawBibtexEntry {
  type: string;
  label: string;
  /** Values as written; a bare number ("year = 2016") as a number. */
  properties: Record<string, string | number>;
}

/** The entries of a BibTeX text, values still as written (LaTeX and all); throws what citation-js says is wrong, with its line. */
export function readRawBibtex(text: string): RawBibtexEntry[] {
  return plugins().input.chain(text, { generateGraph: false, forceType: '@biblatex/text', target: '@biblatex/entries+list' }) as unknown as RawBibtexEntry[];
}

/** The CSL-JSON record of one entry read by `readRawBibtex`. */
export function rawBibtexToCsl(entry: RawBibtexEntry): CslItem {
  return plugins().input.chain([entry], { generateGraph: false, forceType: '@biblatex/entries+list', target: '@csl/list+object' })[0];
}
