/**
 * The reader's own bibliography: every work of the workspace's `.bib` and `.csl.json` files, found again for a
 * paper's reference entry by its DOI when both have one, else by its authors, year and title (as the same
 * work is found in two reference lists: `sameWork`).
 */
import { OutsideWorks, ReferenceEntry } from '../analysis';
import { doiIn, doiOf, ListedWork, sameWork, workKey } from '../analysis/workspace/sameWork';
import { readBibtexFile } from './bibtexFile';
import { readCslJsonFile } from './cslJsonFile';
import { LibraryFile, LibraryItem } from './libraryItem';
import { addUnder } from '../analysis/listsByKey';
import { similarity } from '../analysis/similarity';

/** A bibliography larger than this is not read (reading takes about a second for each 5 MB). */
export const MAX_LIBRARY_BYTES = 32 * 1024 * 1024;

export function isCslJsonName(uri: string): boolean {
  return /\.json$/i.test(uri.split(/[?#]/)[0]);
}

/** The items and problems of one bibliography file's text, by its kind (`.json`: CSL-JSON, else BibTeX). */
export function readLibraryFile(uri: string, text: string): LibraryFile {
  if (text.length > MAX_LIBRARY_BYTES) {
    const mb = Math.round(text.length / 1024 / 1024);
    return { items: [], problems: [{ line: 0, message: `This bibliography is ${mb} MB, over the ${MAX_LIBRARY_BYTES / 1024 / 1024} MB Scholarly Lens reads: none of its works is read. Split it, or export only the collection you cite.` }] };
  }
  return isCslJsonName(uri) ? readCslJsonFile(uri, text) : readBibtexFile(uri, text);
}

function asWork(item: LibraryItem): ListedWork {
  return { span: { start: 0, end: 0 }, authorText: '', surnames: item.families, etAl: false, year: item.year, title: item.title, link: null };
}

export class ReaderLibrary {
  private readonly files = new Map<string, LibraryFile>();
  private index: {
    byDoi: Map<string, LibraryItem>;
    byWork: Map<string, LibraryItem[]>;
    byKey: Map<string, LibraryItem>;
    all: LibraryItem[];
    near: Map<string, LibraryItem[]>;
    works: OutsideWorks | null;
  } | null = null;

  set(uri: string, file: LibraryFile): void {
    this.files.set(uri, file);
    this.index = null;
  }

  delete(uri: string): void {
    if (this.files.delete(uri)) this.index = null;
  }

  problemsOf(uri: string): LibraryFile['problems'] {
    return this.files.get(uri)?.problems ?? [];
  }

  get size(): number {
    let n = 0;
    for (const f of this.files.values()) n += f.items.length;
    return n;
  }

  /** The work with this citation key (the first file's, when two files give it). */
  byKey(key: string): LibraryItem | undefined {
    return this.files.size === 0 ? undefined : this.indexed().byKey.get(key);
  }

  /** Every work, file by file. */
  items(): readonly LibraryItem[] {
    return this.files.size === 0 ? [] : this.indexed().all;
  }

  /**
   * The works whose keys are most alike `key` (edit similarity at least `least`), best first. Kept until the
   * library changes: diagnostics ask again on every edit for each key the library lacks.
   */
  closestKeys(key: string, least: number, most: number): LibraryItem[] {
    const index = this.indexed();
    let found = index.near.get(key);
    if (!found) {
      const folded = key.toLowerCase();
      found = index.all
        .map((item) => ({ item, alike: similarity(folded, item.key.toLowerCase()) }))
        .filter((s) => s.alike >= least)
        .sort((a, b) => b.alike - a.alike)
        .slice(0, most)
        .map((s) => s.item);
      index.near.set(key, found);
    }
    return found;
  }

  /**
   * The library's works for reading a manuscript's author-date citations against (see `OutsideWorks`); their
   * indexes are those of `items()`. Made once until the library changes.
   */
  outsideWorks(): OutsideWorks {
    const index = this.indexed();
    return (index.works ??= new OutsideWorks(index.all.map((item) => ({ surnames: item.families, year: item.year, title: item.title }))));
  }

  /** The library's work that is this entry, if any. */
  find(entry: ReferenceEntry): LibraryItem | null {
    if (this.files.size === 0) return null;
    const { byDoi, byWork } = this.indexed();
    const doi = doiOf(entry);
    const byIt = doi && byDoi.get(doi);
    if (byIt) return byIt;
    const key = workKey(entry);
    return (key ? byWork.get(key)?.find((item) => sameWork(entry, asWork(item))) : undefined) ?? null;
  }

  private indexed(): NonNullable<ReaderLibrary['index']> {
    if (this.index) return this.index;
    const byDoi = new Map<string, LibraryItem>();
    const byWork = new Map<string, LibraryItem[]>();
    const byKey = new Map<string, LibraryItem>();
    const all: LibraryItem[] = [];
    for (const file of this.files.values()) {
      for (const item of file.items) {
        all.push(item);
        if (!byKey.has(item.key)) byKey.set(item.key, item);
        const doi = doiIn(item.doi);
        if (doi && !byDoi.has(doi)) byDoi.set(doi, item);
        const key = workKey(asWork(item));
        if (key) addUnder(byWork, key, item);
      }
    }
    return (this.index = { byDoi, byWork, byKey, all, near: new Map(), works: null });
  }
}
