/**
 * Speed figure (not a test): indexing a workspace of 100 papers of corpus size, as the server does in the
 * background (read, analyse, then build the cross-paper registry). Target: under 3 s.
 * Uses the papers of ../shared/corpus when they exist, else the sample papers of corpus/.
 * Run through `npm run bench`.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { WorkspaceIndex } from '../../server/src/workspace/workspaceIndex';
import { glossaryMarkdown } from '../../server/src/features/glossary';
import { PaperCache } from '../../server/src/workspace/paperCache';
import { DiskWorkspace } from '../../server/src/workspace/diskWorkspace';
import { Logger } from '../../server/src/logging';

const ROOT = path.resolve(__dirname, '../../..');
const SHARED_CORPUS = path.resolve(ROOT, '../shared/corpus');
const PAPERS = 100;

export function samplePapers(): { from: string; texts: string[] } {
  for (const dir of [SHARED_CORPUS, path.join(ROOT, 'corpus')]) {
    if (!fs.existsSync(dir)) continue;
    const files = fs.readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f));
    if (files.length) return { from: dir, texts: files.map((f) => fs.readFileSync(path.join(dir, f), 'utf8')) };
  }
  throw new Error('no sample papers found');
}

export async function runIndexBench(): Promise<{ papers: number; bytes: number; indexMs: number; registryMs: number; glossaryMs: number }> {
  const { from, texts } = samplePapers();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scholarly-bench-'));
  let bytes = 0;
  try {
    for (let i = 0; i < PAPERS; i++) {
      // Each copy differs a little, as papers of one field do: no analysis is shared between them.
      const text = `${texts[i % texts.length]}\n\nCopy ${i} of the sample.\n`;
      bytes += Buffer.byteLength(text);
      fs.writeFileSync(path.join(dir, `paper-${String(i).padStart(3, '0')}.txt`), text);
    }
    const index = new WorkspaceIndex(new DiskWorkspace([pathToFileURL(dir).href]), new PaperCache(), new Logger({ log: (_, m) => console.error(m) }));
    const t0 = performance.now();
    await index.indexAll();
    const indexMs = performance.now() - t0;
    const t1 = performance.now();
    const registry = index.registry();
    const registryMs = performance.now() - t1;
    const t2 = performance.now();
    glossaryMarkdown(registry);
    const glossaryMs = performance.now() - t2;
    console.log(`workspace index: ${index.indexedCount} papers (${(bytes / 1024 / 1024).toFixed(1)} MB, copies of ${from})`);
    console.log(
      `indexing: ${indexMs.toFixed(0)} ms (target: under 3000 ms); cross-paper registry ${registryMs.toFixed(1)} ms; glossary ${glossaryMs.toFixed(0)} ms`,
    );
    return { papers: index.indexedCount, bytes, indexMs, registryMs, glossaryMs };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
