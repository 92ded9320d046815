/** Renders citations and bibliographies with citeproc-js (a devDependency: only the generator uses it). */
import * as fs from 'fs';
import * as path from 'path';
import { Engine } from 'citeproc';
import { CslItem } from './cslItem';
import { Pair } from './matrix';

export interface ClusterItem {
  id: string;
  /** A page locator ("23"). */
  locator?: string;
  'author-only'?: boolean;
  'suppress-author'?: boolean;
}

/** Where the CSL styles (`<id>.csl`) and locales (`locales-<lang>.xml`) are read from. */
export interface CslDirs {
  styles: string;
  locales: string;
}

/** A CSL folder laid out as ../shared/csl is: styles/ and locales/ side by side. */
export function cslDirsIn(root: string): CslDirs {
  return { styles: path.join(root, 'styles'), locales: path.join(root, 'locales') };
}

export interface BibliographyEntry {
  id: string;
  text: string;
}

export class Renderer {
  private readonly engine: Engine;

  constructor(csl: CslDirs, pair: Pair, works: Map<string, CslItem>) {
    const sys = {
      retrieveLocale: (lang: string) => {
        const file = path.join(csl.locales, `locales-${lang}.xml`);
        return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : false;
      },
      retrieveItem: (id: string) => works.get(id),
    };
    const style = fs.readFileSync(path.join(csl.styles, `${pair.style}.csl`), 'utf8');
    this.engine = new Engine(sys, style, pair.locale, true);
    this.engine.setOutputFormat('text');
  }

  /** Renders the clusters in order, as a word processor would: numbers, year letters and short notes follow from it. */
  renderInOrder(clusters: ClusterItem[][]): string[] {
    const citations = clusters.map((items, i) => ({
      citationID: `c${i}`,
      citationItems: items.map((item) => (item.locator ? { ...item, label: 'page' } : item)),
      properties: { noteIndex: i + 1 },
    }));
    const rendered = new Map(this.engine.rebuildProcessorState(citations, 'text', []).map(([id, , text]) => [id, text]));
    return citations.map((c) => rendered.get(c.citationID) ?? '');
  }

  /** One work cited alone, after `renderInOrder` (the processor keeps its disambiguation). */
  renderAlone(item: ClusterItem): string {
    return this.engine.makeCitationCluster([item]);
  }

  bibliography(): BibliographyEntry[] {
    const made = this.engine.makeBibliography();
    if (!made) return [];
    const [meta, entries] = made;
    return entries.map((text, i) => ({ id: meta.entry_ids[i][0], text: text.trim() }));
  }
}
