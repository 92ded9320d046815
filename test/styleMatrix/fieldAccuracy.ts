/**
 * Field accuracy of `entryFields` on the style matrix: each reference entry of each rendered paper is read
 * into CSL-JSON and compared with the record it was rendered from (test/fixtures/style-matrix/works.json),
 * found by its gold key (first author and year) and its title. Recall counts only the fields the rendered
 * entry prints; precision counts every field read. Run: `node out/test/styleMatrix/fieldAccuracy.js`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { analysePaper, lineAt, ReferenceEntry } from '../../server/src/analysis';
import { CslItem, CslName, entryFields } from '../../server/src/analysis/entryFields';

const MATRIX = path.resolve(__dirname, '../../../test/fixtures/style-matrix');

export const FIELDS = ['type', 'author', 'issued', 'title', 'container-title', 'volume', 'issue', 'page', 'publisher', 'publisher-place', 'DOI', 'URL'] as const;
export type Field = (typeof FIELDS)[number];

export interface Work extends CslItem {
  editor?: CslName[];
}

export interface FieldCounts {
  /** Read and equal to the record. */
  correct: number;
  /** Read at all. */
  read: number;
  /** In the record and printed in the entry. */
  printed: number;
}

/** Case, accents and punctuation left out, as values are compared. */
export const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/ı/g, 'i').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const fullFamily = (n: CslName) => fold(n.literal ?? [n['non-dropping-particle'], n.family].filter(Boolean).join(' '));

/** A field's value as one comparable string. */
function valueOf(item: CslItem, field: Field): string | null {
  const v = item[field];
  if (v === undefined) return null;
  if (field === 'author') return (v as CslName[]).map(fullFamily).join(' ; ');
  if (field === 'issued') return String((v as CslItem['issued'])!['date-parts'][0][0]);
  if (field === 'page') return String(v).replace(/[–—]/g, '-');
  return fold(String(v));
}

/** Whether the rendered entry prints the record's value (styles may leave a field out). */
function printed(work: Work, field: Field, entryText: string): boolean {
  const text = fold(entryText);
  if (field === 'type') return true;
  if (field === 'author') return (work.author ?? []).length > 0 && text.includes(fullFamily(work.author![0]).split(' ').pop()!);
  const v = valueOf(work, field);
  if (v === null) return false;
  // A number is printed when it stands as a number of its own ("2" in "23(2)", not in "2014").
  if (field === 'page' || field === 'volume' || field === 'issue') return new RegExp(`(?<!\\d)${v.split('-')[0]}(?!\\d)`).test(entryText);
  return text.includes(field === 'URL' || field === 'DOI' ? fold(String(work[field])) : v);
}

export function newCounts(): Map<Field, FieldCounts> {
  return new Map<Field, FieldCounts>(FIELDS.map((f) => [f, { correct: 0, read: 0, printed: 0 }]));
}

/**
 * Adds one entry's fields, read by `entryFields`, compared with the record it was made from. `partial`: the
 * record may lack fields the entry prints (a publisher's XML without the DOI), so a field it lacks is not judged.
 */
export function countEntry(counts: Map<Field, FieldCounts>, entry: ReferenceEntry, work: Work, partial = false): void {
  const item = entryFields(entry);
  // "et al." prints only the first authors: those are what the entry can give.
  const record = entry.etAl && work.author && item.author ? { ...work, author: work.author.slice(0, item.author.length) } : work;
  for (const field of FIELDS) {
    const c = counts.get(field)!;
    const got = valueOf(item, field);
    if (partial && valueOf(record, field) === null) continue;
    if (printed(record, field, entry.text)) c.printed++;
    if (got !== null) {
      c.read++;
      if (got === valueOf(record, field)) c.correct++;
    }
  }
}

export function fieldAccuracy(): Map<Field, FieldCounts> {
  const works: Work[] = JSON.parse(fs.readFileSync(path.join(MATRIX, 'works.json'), 'utf8'));
  const counts = newCounts();
  const dir = path.join(MATRIX, 'papers');
  for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.txt') && !n.endsWith('.pdf.txt'))) {
    const text = fs.readFileSync(path.join(dir, name), 'utf8');
    const gold = JSON.parse(fs.readFileSync(path.join(dir, name.replace(/\.txt$/, '.gold.json')), 'utf8')) as { references: Array<{ line: number; key: string }> };
    const keyOfLine = new Map(gold.references.map((r) => [r.line, r.key]));
    const paper = analysePaper(text);
    for (const entry of paper.references) {
      const key = keyOfLine.get(lineAt(paper.lineStarts, entry.span.start) + 1);
      const work = key ? workOf(works, key, entry.text) : null;
      if (work) countEntry(counts, entry, work);
    }
  }
  return counts;
}

/** The record a gold key ("Halvorsen 2019", "de Moraes 2019") names, the one whose title the entry prints when several do. */
function workOf(works: Work[], key: string, entryText: string): Work | null {
  const m = /^(.*)\s(\S+)$/.exec(key);
  if (!m) return null;
  const [, author, year] = m;
  const text = fold(entryText);
  const named = works.filter((w) => w.author?.[0] && fullFamily(w.author[0]) === fold(author) && String(w.issued?.['date-parts'][0][0] ?? 'n.d.') === year.replace(/[a-z]$/, ''));
  const titled = named.filter((w) => text.includes(fold(w.title ?? '')));
  return titled.length === 1 ? titled[0] : named.length === 1 ? named[0] : null;
}

export function microF1(counts: Map<Field, FieldCounts>, fields: readonly Field[] = FIELDS): { precision: number; recall: number; f1: number } {
  let correct = 0;
  let read = 0;
  let shown = 0;
  for (const f of fields) {
    const c = counts.get(f)!;
    correct += c.correct;
    read += c.read;
    shown += c.printed;
  }
  const precision = read ? correct / read : 0;
  const recall = shown ? Math.min(1, correct / shown) : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** The per-field table and the micro average, as Markdown. */
export function accuracyTable(counts: Map<Field, FieldCounts>): string {
  const rows = ['| field | precision | recall | F1 | read | printed |', '| --- | --- | --- | --- | --- | --- |'];
  for (const f of FIELDS) {
    const c = counts.get(f)!;
    const s = microF1(counts, [f]);
    rows.push(`| ${f} | ${s.precision.toFixed(3)} | ${s.recall.toFixed(3)} | ${s.f1.toFixed(3)} | ${c.read} | ${c.printed} |`);
  }
  const all = microF1(counts);
  rows.push(`| all (micro) | ${all.precision.toFixed(3)} | ${all.recall.toFixed(3)} | ${all.f1.toFixed(3)} | | |`);
  return rows.join('\n');
}

if (require.main === module) console.log(accuracyTable(fieldAccuracy()));
