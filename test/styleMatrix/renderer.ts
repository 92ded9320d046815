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

export interface BibliographyEntry {
  id: string;
  text: string;
}

export class Renderer {
  private readonly engine: Engine;

  constructor(cslDir: string, pair: Pair, works: Map<string, CslItem>) {
    const sys = {
      retrieveLocale: (lang: string) => {
        const file = path.join(cslDir, 'locales', `locales-${lang}.xml`);
        return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : false;
      },
      retrieveItem: (id: string) => works.get(id),
    };
    const style = fs.readFileSync(path.join(cslDir, 'styles', `${pair.style}.csl`), 'utf8');
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
