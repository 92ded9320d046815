/**
 * Speed figures (not a test) of the reader's library (issue 14): a 20,000-entry .bib read into it, and a change
 * to it picked up by the workspace index (the file rewritten, the library read again), on invented entries
 * with the LaTeX, @string values and abstracts of a reference manager's export.
 */
import { libraryReader } from '../../server/src/library/libraryReader';
import { InMemoryWorkspace } from '../../server/src/workspace/inMemoryWorkspace';
import { WorkspaceIndex } from '../../server/src/workspace/workspaceIndex';
import { PaperCache } from '../../server/src/workspace/paperCache';
import { Logger } from '../../server/src/logging';
import { figure } from './figure';
import * as path from 'node:path';

const BUNDLE = path.resolve(__dirname, '../../../dist/server.js');

const ENTRIES = 20_000;
const FAMILIES = ['M{\\"u}ller', 'van der Berg', 'Okafor', 'Garc{\\\'i}a Olmedo', '{\\O}stergaard', 'Nakamura', 'Lef{\\`e}vre', 'Kowalski'];

function bigBib(entries: number, variant: string): string {
  const parts = ['@string{jcs = {Journal of Coastal Studies}}\n'];
  for (let i = 0; i < entries; i++) {
    const a = FAMILIES[i % FAMILIES.length];
    const b = FAMILIES[(i * 7 + 3) % FAMILIES.length];
    parts.push(
      `@article{key${i}${variant},\n  author = {${a}, Anna and ${b}, P. J.},\n  title = {Tidal mixing in estuary ${i}: {North} {Sea} cases},\n  journal = jcs,\n  year = {${1950 + (i % 75)}},\n  volume = {${i % 40}}, number = {${i % 4}}, pages = {${i % 500}--${(i % 500) + 20}},\n  doi = {10.5555/coast.${i}},\n  abstract = {We measure the mixing of salt and fresh water over ${i % 30} tidal cycles and compare it with models.}\n}\n`,
    );
  }
  return parts.join('\n');
}

export async function runLibraryBench(): Promise<void> {
  const text = bigBib(ENTRIES, '');
  const mb = (Buffer.byteLength(text) / 1024 / 1024).toFixed(1);
  // Read as the server reads it: by the library's worker thread (a heap of its own), the items sent back.
  const reader = libraryReader(BUNDLE, (m) => console.error(m));
  const times: number[] = [];
  try {
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      const read = await reader.read({ uri: 'memory:///lib/big.bib', text });
      times.push(performance.now() - start);
      if (read.items.length !== ENTRIES || read.problems.length) throw new Error(`read ${read.items.length} entries, ${read.problems.length} problems`);
    }
  } finally {
    reader.dispose();
  }
  figure(`a ${ENTRIES.toLocaleString('en')}-entry .bib (${mb} MB) read into the library by its worker`, `${Math.min(...times).toFixed(0)}–${Math.max(...times).toFixed(0)} ms`, null, '< 1 s');

  const workspace = new InMemoryWorkspace(['memory:///lib'], { 'memory:///lib/big.bib': text });
  // Read by the server's library worker, as in the editor.
  const index = new WorkspaceIndex(workspace, new PaperCache(), new Logger({ log: () => undefined }), { workerScript: BUNDLE });
  await index.indexAll();
  const rewritten = bigBib(ENTRIES, 'b');
  const stalls = mainThreadStalls();
  const ms = await new Promise<number>((resolve) => {
    const start = performance.now();
    index.onDidChangeLibrary(() => resolve(performance.now() - start));
    workspace.writeFile('memory:///lib/big.bib', rewritten);
  });
  const stalled = stalls.stop();
  if (index.library.size !== ENTRIES) throw new Error(`the library holds ${index.library.size} works`);
  figure(
    'that .bib rewritten: the change picked up by the workspace index (read in its worker), no restart',
    `${ms.toFixed(0)} ms; the thread that answers requests held up ${stalled.toFixed(0)} ms at most`,
    null,
    'picked up; no request waits',
  );
  index.dispose();
}

/** The longest delay of a 2 ms timer on this thread while it runs: how long a request would have waited. */
function mainThreadStalls(): { stop(): number } {
  let worst = 0;
  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last - 2);
    last = now;
  }, 2);
  return {
    stop: () => {
      clearInterval(timer);
      return worst;
    },
  };
}
