/** The few citeproc-js entry points the style matrix generator calls (the package ships no types). */
declare module 'citeproc' {
  interface Sys {
    retrieveLocale(lang: string): string | false;
    retrieveItem(id: string): unknown;
  }
  interface CitationItem {
    id: string;
    locator?: string;
    label?: string;
    'author-only'?: boolean;
    'suppress-author'?: boolean;
  }
  interface Citation {
    citationID: string;
    citationItems: CitationItem[];
    properties: { noteIndex: number };
  }
  class Engine {
    constructor(sys: Sys, style: string, lang: string, forceLang: boolean);
    opt: { xclass: 'in-text' | 'note' };
    setOutputFormat(format: 'text' | 'html'): void;
    updateItems(ids: string[]): void;
    rebuildProcessorState(citations: Citation[], mode: 'text', uncited: string[]): Array<[string, number, string]>;
    makeCitationCluster(items: CitationItem[]): string;
    makeBibliography(): [{ entry_ids: string[][] }, string[]] | false;
  }
}
