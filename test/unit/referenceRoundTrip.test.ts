/**
 * Entries exported as BibTeX, CSL-JSON and RIS and read back with citation-js keep every field the format
 * carries: family names, year, title, container, volume, issue, pages, DOI and publisher (RIS: see RIS_FIELDS). Over the entries of
 * the style matrix (94 papers in 47 citation styles) and of the embedded corpus.
 */
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analysePaper } from '../../server/src/analysis';
import { CslItem, CslName, entryFields } from '../../server/src/analysis/entryFields';
import { readItems } from '../../server/src/formats/citationJs';
import { withCitationKeys } from '../../server/src/formats/citationKeys';
import { exportEntries } from '../../server/src/formats/referenceExport';
import { PAPERS } from '../styleMatrix/fixturePaths';

const CORPUS = path.resolve(__dirname, '../../../corpus');
const FIELDS = ['author', 'issued', 'title', 'container-title', 'volume', 'issue', 'page', 'DOI', 'publisher'] as const;
/**
 * citation-js reads the pages of a RIS record that has no year as its first page only ("SP  - 115-304" becomes
 * page-first), so RIS is held to the other fields.
 */
const RIS_FIELDS = FIELDS.filter((f) => f !== 'page');

const familyOf = (n: CslName) => n.literal ?? [n['non-dropping-particle'], n.family].filter(Boolean).join(' ');

/** A field as the formats carry it: authors by family name, the year, pages with a hyphen. */
function carried(item: CslItem, field: (typeof FIELDS)[number]): string | undefined {
  const v = item[field];
  if (v === undefined) return undefined;
  if (field === 'author') return (v as CslName[]).map(familyOf).join('; ');
  if (field === 'issued') return String((v as CslItem['issued'])!['date-parts'][0][0]);
  if (field === 'page') return String(v).replace(/[–—]|--/g, '-');
  return String(v);
}

function paperTexts(): Array<{ name: string; text: string }> {
  const matrix = fs.readdirSync(PAPERS).filter((f) => /\.\d+\.txt$/.test(f) && !f.includes('.pdf.'));
  const own = fs.readdirSync(CORPUS).filter((f) => /\.(txt|md)$/.test(f));
  return [...matrix.map((f) => path.join(PAPERS, f)), ...own.map((f) => path.join(CORPUS, f))].map((file) => ({ name: path.basename(file), text: fs.readFileSync(file, 'utf8') }));
}

describe('exported references read back with citation-js', () => {
  const papers = paperTexts();
  const exported = papers.map(({ name, text }) => {
    const entries = analysePaper(text).references;
    return { name, entries, items: withCitationKeys(entries.map(entryFields)) };
  });

  it('covers the style matrix and the embedded corpus', () => {
    assert.ok(papers.length >= 90, `${papers.length} papers`);
    assert.ok(exported.reduce((n, p) => n + p.items.length, 0) >= 2000);
  });

  for (const format of ['bibtex', 'csl-json', 'ris'] as const) {
    it(`keeps every field ${format} carries`, () => {
      const differences: string[] = [];
      let compared = 0;
      for (const { name, entries, items } of exported) {
        if (entries.length === 0) continue;
        const text = exportEntries(entries, format);
        const back = readItems(format === 'csl-json' ? (JSON.parse(text) as unknown[]) : text, format);
        assert.strictEqual(back.length, items.length, `${name}: ${back.length} of ${items.length} entries read back`);
        items.forEach((item, i) => {
          for (const field of format === 'ris' ? RIS_FIELDS : FIELDS) {
            const want = carried(item, field);
            if (want === undefined) continue;
            compared++;
            const got = carried(back[i], field);
            if (got !== want) differences.push(`${name} ${item.id} ${field}: wrote ${JSON.stringify(want)}, read ${JSON.stringify(got)}`);
          }
        });
      }
      assert.ok(compared > 10_000, `${compared} fields compared`);
      assert.deepStrictEqual(differences.slice(0, 20), []);
    });
  }
});
