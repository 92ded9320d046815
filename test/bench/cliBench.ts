/** Speed figure (not a test): `scholarly-lens summary` over the bench folder, as a user runs it, with its peak memory. */
import { spawnSync } from 'child_process';
import * as path from 'path';
import { BenchFolder } from './benchPapers';

const CLI = path.resolve(__dirname, '../../../dist/cli.js');

export function runCliBench(folder: BenchFolder): void {
  const start = performance.now();
  const r = spawnSync(process.execPath, ['--require', path.join(__dirname, 'peakMemory.js'), CLI, 'summary', folder.dir], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = performance.now() - start;
  const peak = /peak-rss-kb (\d+) cpu-ms (\d+)/.exec(r.stderr);
  if (r.status !== 0 || !peak) throw new Error(`the CLI failed (exit ${r.status}): ${r.stderr}`);
  const rows = r.stdout.trim().split('\n').length - 1;
  console.log(`CLI summary on ${rows} papers: now ${ms.toFixed(0)} ms, peak RSS ${(Number(peak[1]) / 1024).toFixed(0)} MB, CPU ${peak[2]} ms in all threads (goal ≤ 8000 ms)`);
}
