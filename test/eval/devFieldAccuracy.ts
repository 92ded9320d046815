/**
 * Field accuracy of `entryFields` on the dev set's real papers: the reference entries of each `pdftotext` text
 * compared with the publisher's `element-citation` records of its JATS XML (papers that give only
 * `mixed-citation` have no fields to compare). An entry is matched to a record by first surname and year; a field
 * the record lacks (the XML often leaves out a DOI the entry prints) is not judged.
 * Run: `node out/test/eval/devFieldAccuracy.js [DIR]` (DIR defaults to ../shared/eval/dev).
 */
import * as fs from 'fs';
import * as path from 'path';
import { analysePaper } from '../../server/src/analysis';
import { CslName } from '../../server/src/analysis/entryFields';
import { accuracyTable, countEntry, fold, newCounts, Work } from '../styleMatrix/fieldAccuracy';

const decode = (s: string) =>
  s
    .replace(/<[^>]+>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .trim();
const tag = (xml: string, name: string) => {
  const m = new RegExp(`<${name}[^>]*>([\\s\\S]*?)</${name}>`).exec(xml);
  return m ? decode(m[1]) : undefined;
};

const TYPES: Record<string, string> = { journal: 'article-journal', book: 'book', chapter: 'chapter', thesis: 'thesis', report: 'report', webpage: 'webpage' };

/** The CSL-JSON record of one `element-citation`. */
export function recordOf(citation: string): Work {
  const type = /publication-type="([^"]+)"/.exec(citation)?.[1] ?? '';
  const authors = /<person-group person-group-type="author">([\s\S]*?)<\/person-group>/.exec(citation)?.[1] ?? citation;
  const names: CslName[] = [...authors.matchAll(/<name>([\s\S]*?)<\/name>|<collab>([\s\S]*?)<\/collab>/g)].map((m) =>
    m[2] !== undefined ? { literal: decode(m[2]) } : { family: tag(m[1], 'surname'), given: tag(m[1], 'given-names') },
  );
  const year = tag(citation, 'year');
  const fpage = tag(citation, 'fpage');
  const lpage = tag(citation, 'lpage');
  const article = tag(citation, 'article-title') ?? tag(citation, 'chapter-title');
  const source = tag(citation, 'source');
  const work: Work = { id: '', type: TYPES[type] ?? type, author: names };
  if (year && /^\d{4}/.test(year)) work.issued = { 'date-parts': [[Number(year.slice(0, 4))]] };
  if (article) {
    work.title = article;
    if (source) work['container-title'] = source;
  } else if (source) work.title = source;
  for (const [field, name] of [['volume', 'volume'], ['issue', 'issue'], ['publisher', 'publisher-name'], ['publisher-place', 'publisher-loc']] as const) {
    const v = tag(citation, name);
    if (v) work[field] = v;
  }
  if (fpage) work.page = lpage ? `${fpage}-${lpage}` : fpage;
  const doi = /<pub-id pub-id-type="doi">([^<]+)<\/pub-id>/.exec(citation)?.[1];
  if (doi) work.DOI = decode(doi);
  return work;
}

export function devFieldAccuracy(dir: string) {
  const counts = newCounts();
  let matched = 0;
  let records = 0;
  for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.xml'))) {
    const txt = path.join(dir, name.replace(/\.xml$/, '.txt'));
    if (!fs.existsSync(txt)) continue;
    const works = [...fs.readFileSync(path.join(dir, name), 'utf8').matchAll(/<element-citation[\s\S]*?<\/element-citation>/g)].map((m) => recordOf(m[0]));
    records += works.length;
    if (works.length === 0) continue;
    const paper = analysePaper(fs.readFileSync(txt, 'utf8'));
    for (const entry of paper.references) {
      const year = /^\d{4}/.exec(entry.year ?? '')?.[0];
      const first = entry.surnames[0];
      if (!year || !first) continue;
      const same = works.filter((w) => String(w.issued?.['date-parts'][0][0]) === year && fold(w.author?.[0]?.family ?? w.author?.[0]?.literal ?? '') === fold(first));
      const titled = same.filter((w) => w.title && fold(entry.text).includes(fold(w.title).slice(0, 30)));
      const work = titled.length === 1 ? titled[0] : same.length === 1 ? same[0] : null;
      if (!work) continue;
      matched++;
      countEntry(counts, entry, work, true);
    }
  }
  return { counts, matched, records };
}

if (require.main === module) {
  const dir = path.resolve(process.argv[2] ?? path.join(__dirname, '../../../../shared/eval/dev'));
  const { counts, matched, records } = devFieldAccuracy(dir);
  console.log(`${matched} entries matched to ${records} element-citation records in ${dir}`);
  console.log(accuracyTable(counts));
}
