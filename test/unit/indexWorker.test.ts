import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { glossaryMarkdown } from '../../server/src/features/glossary';
import { workspaceSymbols } from '../../server/src/features/workspaceSymbols';
import { OtherPapers } from '../../server/src/analysis';
import { WorkspaceIndex } from '../../server/src/workspace/workspaceIndex';
import { PaperCache } from '../../server/src/workspace/paperCache';
import { DiskWorkspace } from '../../server/src/workspace/diskWorkspace';
import { Logger, LogLevel } from '../../server/src/logging';
import { IndexOptions } from '../../server/src/workspace/paperSummaries';

/** The worker as `tsc` compiles it (the bundle starts it by its role: see workers/bundle.ts). */
const WORKER = path.resolve(__dirname, '../../server/src/workers/indexWorker.js');

const HARBOUR = [
  'Quotas for the bay are agreed by the Coastal Salmon Board (CSB) each autumn (Marsh & Tully, 2016).',
  '',
  'Its practice has been called *harbour swapping*: one town lends its berths for a season to another. Harbour swapping spread along the coast.',
  '',
  'References',
  '',
  '- Marsh, D. & Tully, E. (2016). Berths and bargains. *Review of Coastal Towns*. 4 (1), 12-40.',
].join('\n');

const ESTUARY = [
  'Estuary fleets obey the CSB, as Marsh and Tully (2016) describe, and harbour swapping reached the estuary too.',
  '',
  'References',
  '',
  '- Marsh, D., & Tully, E. (2016). Berths and bargains: Towns on the water. Review of Coastal Towns, 4(1), 12–40.',
].join('\n');

const REEF = 'The Reef Lantern Guild (RLG) keeps the lights of the outer reef.';

describe('the workspace index in worker threads, with its cache', () => {
  let folder: string;
  let cacheDir: string;
  let warnings: string[];
  const indexes: WorkspaceIndex[] = [];

  beforeEach(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sl-index-'));
    cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sl-index-cache-'));
    fs.writeFileSync(path.join(folder, 'harbour.txt'), HARBOUR);
    fs.mkdirSync(path.join(folder, 'more'));
    fs.writeFileSync(path.join(folder, 'more', 'estuary.md'), ESTUARY);
    warnings = [];
  });

  afterEach(() => {
    for (const index of indexes.splice(0)) index.dispose();
    fs.rmSync(folder, { recursive: true, force: true });
    fs.rmSync(cacheDir, { recursive: true, force: true });
  });

  async function indexed(options: IndexOptions): Promise<WorkspaceIndex> {
    const logger = new Logger({ log: (level, message) => void (level <= LogLevel.Warn && warnings.push(message)) });
    const index = new WorkspaceIndex(new DiskWorkspace([pathToFileURL(folder).href]), new PaperCache(), logger, options);
    index.includeEveryFile(true); // these papers are a few lines each, listing fewer than two works
    indexes.push(index);
    await index.indexAll();
    return index;
  }

  /** What the features see of the workspace: glossary, symbols and the uses of a term in each paper. */
  function seen(index: WorkspaceIndex): unknown {
    const registry = index.registry();
    const uses = new OtherPapers(registry, 'file:///elsewhere.txt').termUses('harbour swapping');
    return {
      glossary: glossaryMarkdown(registry),
      symbols: workspaceSymbols(index.registry(), '').map((s) => `${s.name} ${s.location.uri} ${s.location.range.start.line}:${s.location.range.start.character}`),
      uses: uses.map((u) => `${u.ref.name} ${u.spans.map((s) => `${s.start}-${s.end}`).join(',')}`),
    };
  }

  it('gives the features the same workspace as the index on the main thread', async () => {
    const inWorkers = await indexed({ workerScript: WORKER });
    const here = await indexed({});
    assert.strictEqual(inWorkers.indexedCount, 2);
    assert.deepStrictEqual(seen(inWorkers), seen(here));
    assert.match((seen(inWorkers) as { glossary: string }).glossary, /### harbour swapping\n\n> one town lends its berths for a season to another/);
    assert.deepStrictEqual((seen(inWorkers) as { uses: string[] }).uses.length, 2);
    assert.deepStrictEqual(warnings, []);
  });

  it('analyses nothing on the next start when no paper changed, and only the paper that changed', async () => {
    const first = await indexed({ workerScript: WORKER, cacheDir });
    assert.strictEqual(first.analysedCount, 2);
    const again = await indexed({ workerScript: WORKER, cacheDir });
    assert.strictEqual(again.analysedCount, 0);
    assert.deepStrictEqual(seen(again), seen(first));
    fs.writeFileSync(path.join(folder, 'harbour.txt'), `${REEF}\n\n${HARBOUR}`);
    const edited = await indexed({ workerScript: WORKER, cacheDir });
    assert.strictEqual(edited.analysedCount, 1);
    assert.ok(workspaceSymbols(edited.registry(), 'RLG').some((s) => s.name === 'Reef Lantern Guild (RLG)'));
    assert.deepStrictEqual(warnings, []);
  });

  it('ignores a damaged cache file with a warning, analyses the paper again and writes the file anew', async () => {
    await indexed({ workerScript: WORKER, cacheDir });
    const [versionFolder] = fs.readdirSync(cacheDir);
    const files = fs.readdirSync(path.join(cacheDir, versionFolder));
    assert.strictEqual(files.length, 2);
    fs.writeFileSync(path.join(cacheDir, versionFolder, files[0]), 'not a cache file');
    const damaged = await indexed({ workerScript: WORKER, cacheDir });
    assert.strictEqual(damaged.analysedCount, 1);
    assert.strictEqual(damaged.indexedCount, 2);
    assert.strictEqual(warnings.length, 1);
    assert.match(warnings[0], /ignored the damaged cache file .*; it will be written again/);
    const mended = await indexed({ workerScript: WORKER, cacheDir });
    assert.strictEqual(mended.analysedCount, 0);
  });

  it('removes the cache folder of another analysis version', async () => {
    fs.mkdirSync(path.join(cacheDir, 'paper-summaries-0.0.1-1'));
    fs.writeFileSync(path.join(cacheDir, 'paper-summaries-0.0.1-1', 'old.bin'), 'from an older analysis');
    fs.mkdirSync(path.join(cacheDir, 'unrelated'));
    await indexed({ workerScript: WORKER, cacheDir });
    const left = fs.readdirSync(cacheDir).sort();
    assert.strictEqual(left.length, 2, left.join(', '));
    assert.strictEqual(left[1], 'unrelated');
    assert.match(left[0], /^paper-summaries-(?!0\.0\.1-1$)/);
  });

  it('picks up a file edited on disk, and forgets one deleted', async () => {
    const index = await indexed({ workerScript: WORKER, cacheDir });
    const estuary = path.join(folder, 'more', 'estuary.md');
    fs.writeFileSync(estuary, REEF);
    await index.update(pathToFileURL(estuary).href);
    assert.ok(workspaceSymbols(index.registry(), 'RLG').some((s) => s.containerName === 'estuary.md'));
    assert.strictEqual((seen(index) as { uses: string[] }).uses.length, 1);
    fs.rmSync(estuary);
    await index.indexAll();
    assert.deepStrictEqual([...new Set(index.refs().map((r) => r.name))], ['harbour.txt']);
  });

  it('indexes on the main thread, with a warning, when its workers cannot start', async () => {
    const index = await indexed({ workerScript: path.join(folder, 'no-such-worker.js') });
    assert.strictEqual(index.indexedCount, 2);
    assert.strictEqual(warnings.length, 1);
    assert.match(warnings[0], /could not start the worker threads of the workspace index; indexing on the main thread between requests instead/);
  });
});
