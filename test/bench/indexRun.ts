/**
 * One run of the workspace index in a process of its own, so that its peak memory is its own (worker threads
 * included): `node indexRun.js <folder> <cache folder>` prints {ms, indexed, analysed, peakMb} as JSON.
 */
import * as path from 'path';
import { pathToFileURL } from 'url';
import { WorkspaceIndex } from '../../server/src/workspace/workspaceIndex';
import { PaperCache } from '../../server/src/workspace/paperCache';
import { DiskWorkspace } from '../../server/src/workspace/diskWorkspace';
import { Logger } from '../../server/src/logging';

/** The bundle the server starts its index workers on (see server/src/workers/bundle.ts). */
export const INDEX_WORKER = path.resolve(__dirname, '../../../dist/server.js');

async function main(folder: string, cacheDir: string): Promise<void> {
  const logger = new Logger({ log: (_, m) => console.error(m) });
  const index = new WorkspaceIndex(new DiskWorkspace([pathToFileURL(folder).href]), new PaperCache(), logger, { workerScript: INDEX_WORKER, cacheDir });
  const start = performance.now();
  await index.indexAll();
  index.registry();
  const ms = performance.now() - start;
  console.log(JSON.stringify({ ms, indexed: index.indexedCount, analysed: index.analysedCount, peakMb: process.resourceUsage().maxRSS / 1024 }));
  index.dispose();
}

if (require.main === module) void main(process.argv[2], process.argv[3]);
