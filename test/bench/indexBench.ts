/**
 * Speed figures (not a test) of the workspace index on a folder of 1,000 papers, as the server indexes it
 * with its worker threads: the first time (empty cache) and on the next start (every paper in the cache).
 * Each run has a process of its own so that its peak memory (RSS, worker threads included) is its own.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { BenchFolder, tempFolder } from './benchPapers';

interface IndexRun {
  ms: number;
  indexed: number;
  analysed: number;
  peakMb: number;
}

function indexRun(folder: string, cacheDir: string): IndexRun {
  const out = execFileSync(process.execPath, [path.join(__dirname, 'indexRun.js'), folder, cacheDir], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  return JSON.parse(out) as IndexRun;
}

export function runIndexBench(folder: BenchFolder): void {
  const cacheDir = tempFolder();
  try {
    const first = indexRun(folder.dir, cacheDir);
    console.log(`workspace index, first time (${first.indexed} papers indexed, ${first.analysed} analysed): now ${first.ms.toFixed(0)} ms, peak RSS ${first.peakMb.toFixed(0)} MB (goal ≤ 10000 ms, ≤ 400 MB)`);
    const next = indexRun(folder.dir, cacheDir);
    console.log(`workspace index, next start with the cache (${next.indexed} papers indexed, ${next.analysed} analysed): now ${next.ms.toFixed(0)} ms, peak RSS ${next.peakMb.toFixed(0)} MB (goal ≤ 2000 ms)`);
  } finally {
    fs.rmSync(cacheDir, { recursive: true, force: true });
  }
}
