/** The papers the bench runs on: copies of ../shared/corpus (else corpus/), each made a little different. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../../..');
const SHARED_CORPUS = path.resolve(ROOT, '../shared/corpus');

export function samplePapers(): { from: string; texts: string[] } {
  for (const dir of [SHARED_CORPUS, path.join(ROOT, 'corpus')]) {
    if (!fs.existsSync(dir)) continue;
    const files = fs.readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f));
    if (files.length) return { from: dir, texts: files.map((f) => fs.readFileSync(path.join(dir, f), 'utf8')) };
  }
  throw new Error('no sample papers found: put papers in ../shared/corpus or corpus/');
}

export interface BenchFolder {
  dir: string;
  papers: number;
  bytes: number;
  from: string;
  remove(): void;
}

/** A temporary folder of `count` papers. Each copy differs a little, as papers of one field do: no analysis is shared between them. */
export function benchFolder(count: number): BenchFolder {
  const { from, texts } = samplePapers();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scholarly-bench-'));
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const text = `${texts[i % texts.length]}\n\nCopy ${i} of the sample.\n`;
    bytes += Buffer.byteLength(text);
    fs.writeFileSync(path.join(dir, `paper-${String(i).padStart(4, '0')}.txt`), text);
  }
  return { dir, papers: count, bytes, from, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export function tempFolder(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'scholarly-bench-cache-'));
}

export const describeFolder = (f: BenchFolder): string => `${f.papers} papers, ${(f.bytes / 1024 / 1024).toFixed(1)} MB, copies of ${f.from}`;
