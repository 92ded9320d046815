/**
 * A manuscript's author-date citations read against works listed outside it (the reader's library), as a
 * paper's are read against its own reference list: the same finders, the same resolution, the same
 * did-you-mean suggestions. A library holds thousands of works, so each text is read against only those
 * whose first author it names, letter for letter or one letter off (a misspelling the suggestions can fix).
 */
import { ReferenceEntry, WorkCitation } from './model';
import { readCitations, readStructure } from './analyse';
import { entryLabel } from './suggest';
import { foldWords } from './text';
import { addUnder } from './listsByKey';
import { deletions } from './oneEdit';

/** A work listed outside the text: who wrote it (family or corporate names, first author first), when, its title. */
export interface OutsideWork {
  surnames: string[];
  year: string | null;
  title: string | null;
}

const CAPITALISED_WORD = /\p{Lu}[\p{L}\p{M}'’-]*/gu;

export class OutsideWorks {
  /** Work indexes by the last word of the first author's folded name, and by each of its one-letter deletions. */
  private readonly byFirstAuthor = new Map<string, number[]>();

  constructor(readonly works: readonly OutsideWork[]) {
    works.forEach((work, i) => {
      const word = lastFoldedWord(work.surnames[0] ?? '');
      if (!word) return;
      for (const key of new Set([word, ...deletions(word)])) addUnder(this.byFirstAuthor, key, i);
    });
  }

  /** The author-date and narrative citations of `text`; their entry numbers are indexes of `works`. */
  citationsIn(text: string): WorkCitation[] {
    const pool = this.namedIn(text);
    const entries = pool.map((w, id) => entryOf(this.works[w], id));
    const cited = readCitations({ ...readStructure(text), references: entries });
    const work = (id: number) => pool[id];
    return cited.citations
      .filter((c): c is WorkCitation => c.kind === 'author-date' || c.kind === 'narrative')
      .map((c) => ({ ...c, entries: c.entries.map(work), suggestions: c.suggestions.map((s) => ({ ...s, entry: work(s.entry) })) }));
  }

  /** Indexes of the works whose first author the text names (or misspells by a letter), in list order. */
  private namedIn(text: string): number[] {
    const found = new Set<number>();
    const seen = new Set<string>();
    for (const [written] of text.matchAll(CAPITALISED_WORD)) {
      const word = lastFoldedWord(written);
      if (!word || seen.has(word)) continue;
      seen.add(word);
      for (const key of [word, ...deletions(word)]) for (const i of this.byFirstAuthor.get(key) ?? []) found.add(i);
    }
    return [...found].sort((a, b) => a - b);
  }
}

function entryOf({ surnames, year, title }: OutsideWork, id: number): ReferenceEntry {
  const authorText = surnames.join(', ');
  const text = `${entryLabel({ authorText, year, link: null })}. ${title ?? ''}`.trim();
  return { id, span: { start: 0, end: 0 }, text, authorText, surnames, etAl: false, year, label: null, title, link: null, pages: null };
}

function lastFoldedWord(name: string): string {
  const words = foldWords(name).split(' ');
  return words[words.length - 1];
}
