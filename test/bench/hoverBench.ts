/**
 * Speed figure (not a test): hover latency over stdio while the server indexes a workspace of papers with an
 * empty cache. One paper is open; hovers on an organisation, a term and a citation of it follow one another
 * until the index reports it is done. The first hover, which analyses the open paper itself, is left out.
 */
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { analysePaper } from '../../server/src/analysis';
import { toPosition } from '../../server/src/features/positions';
import { LspClient } from '../protocol/lspClient';
import { BenchFolder, tempFolder } from './benchPapers';
import { percentile } from './percentile';

export async function runHoverBench(folder: BenchFolder): Promise<void> {
  const cacheDir = tempFolder();
  const file = path.join(folder.dir, fs.readdirSync(folder.dir).sort()[0]);
  const uri = pathToFileURL(file).href;
  const text = fs.readFileSync(file, 'utf8');
  const paper = analysePaper(text);
  const spots = [paper.organisations[0]?.mentions[0], paper.concepts[0]?.mentions[0], paper.citations[0]?.span].filter((s) => s !== undefined);
  const positions = spots.map((s) => toPosition(paper, s.start + 1));
  const client = await LspClient.start(pathToFileURL(folder.dir).href, null, { initializationOptions: { storagePath: cacheDir }, workDoneProgress: true });
  try {
    let indexed = false;
    client.connection.onNotification('$/progress', (p: { value: { kind: string } }) => void (p.value.kind === 'end' && (indexed = true)));
    client.open(uri, text);
    const hover = (i: number) => client.request('textDocument/hover', { textDocument: { uri }, position: positions[i % positions.length] });
    await hover(0);
    const timed = async (more: () => boolean): Promise<number[]> => {
      const times: number[] = [];
      for (let i = 0; more(); i++) {
        const t0 = performance.now();
        await hover(i);
        times.push(performance.now() - t0);
      }
      return times.sort((a, b) => a - b);
    };
    const start = performance.now();
    const during = await timed(() => !indexed);
    const indexMs = performance.now() - start;
    const settled = performance.now();
    const after = await timed(() => performance.now() - settled < 3000);
    const figures = (t: number[]) => `p99 ${percentile(t, 99).toFixed(1)} ms, p50 ${percentile(t, 50).toFixed(1)} ms, max ${t[t.length - 1].toFixed(0)} ms`;
    console.log(`hover over stdio while the workspace index runs (${during.length} hovers over ${(indexMs / 1000).toFixed(1)} s of indexing): now ${figures(during)} (goal p99 ≤ 10 ms)`);
    console.log(`hover over stdio once the workspace is indexed, for comparison (${after.length} hovers): ${figures(after)}`);
  } finally {
    await client.stop();
    fs.rmSync(cacheDir, { recursive: true, force: true });
  }
}
