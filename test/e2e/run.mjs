#!/usr/bin/env node
// Runs every end-to-end suite (VS Code in Chromium, then Neovim), each in its own
// process, and closes with `N passed, N failed`. Exits non-zero on any failure,
// including a tool that is not installed (the message says: bash test/e2e/setup.sh).
//
// Usage: npm run test:e2e   (builds and packages the extension first)
//        node test/e2e/run.mjs [vscode|neovim ...]   (the suites named, against the current build)
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { E2E_DIR, OUT_DIR, REPO, SETUP_COMMAND } from './lib/env.mjs';

const SUITES = { vscode: 'vscode.e2e.mjs', neovim: 'neovim.e2e.mjs' };
const chosen = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(SUITES);
for (const name of chosen) {
  if (!SUITES[name]) {
    console.error(`run.mjs: unknown suite "${name}" (known: ${Object.keys(SUITES).join(', ')})`);
    process.exit(2);
  }
}

fs.mkdirSync(OUT_DIR, { recursive: true });
const started = performance.now();
const totals = { passed: 0, failed: 0 };
const lines = [];
let current = null;
let interrupted = null;
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    interrupted = sig;
    if (current) current.kill(sig); // the suite cleans up after itself and exits
  });
}

for (const name of chosen) {
  if (interrupted) {
    totals.failed += 1;
    lines.push(`  ${name.padEnd(8)} not run: interrupted by ${interrupted}`);
    continue;
  }
  const resultFile = path.join(OUT_DIR, `${name}.json`);
  fs.rmSync(resultFile, { force: true });
  const t0 = performance.now();
  const code = await new Promise((resolve) => {
    current = spawn(process.execPath, [path.join(E2E_DIR, SUITES[name])], { cwd: REPO, stdio: 'inherit' });
    current.on('exit', (c, signal) => resolve(c ?? signal));
    current.on('error', (e) => resolve(e.message));
  });
  current = null;
  const secs = ((performance.now() - t0) / 1000).toFixed(1);
  let r;
  try {
    r = JSON.parse(fs.readFileSync(resultFile, 'utf8'));
  } catch {
    r = { passed: 0, failed: 1, results: [{ name: `${name} suite`, status: 'failed', message: `exited ${code} without results` }] };
  }
  if (code !== 0 && r.failed === 0) r.failed = 1; // a crash after its last step still fails the run
  totals.passed += r.passed;
  totals.failed += r.failed;
  lines.push(`  ${name.padEnd(8)} ${r.passed} passed, ${r.failed} failed (${secs}s)`);
  for (const x of r.results || []) {
    if (x.status === 'failed') lines.push(`    ✘ ${x.name}`);
  }
}

const shots = fs.readdirSync(OUT_DIR).filter((f) => f.endsWith('.png') || f.endsWith('.md'));
console.log(`\ne2e summary (${((performance.now() - started) / 1000).toFixed(1)}s; screenshots and transcripts in ${path.relative(REPO, OUT_DIR)}/: ${shots.length} files)`);
for (const l of lines) console.log(l);
if (totals.failed) {
  console.log(`If a tool is missing, install everything the e2e tests need with:  ${SETUP_COMMAND}`);
}
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed ? 1 : 0);
