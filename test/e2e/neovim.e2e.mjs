#!/usr/bin/env node
// End-to-end test of the language server in Neovim (Debian's neovim, 0.7+), with
// its built-in LSP client and no plugin: headless nvim loads the user config
// test/e2e/neovim/init.lua (the one the README tells Neovim users to copy), which
// starts `node dist/server.js --stdio` through vim.lsp.start_client and
// vim.lsp.buf_attach_client for a copy of corpus/author-date-apa.txt; then
// test/e2e/neovim/e2e.lua presses K, gd and <leader>ca and reads the diagnostics.
// What Neovim showed goes to test-results/e2e/neovim-transcript.md.
//
// Usage: npm run test:e2e (everything), or after `npm run build`: node test/e2e/neovim.e2e.mjs
// Environment: NVIM_PATH (default: nvim on PATH), E2E_KEEP_TMP=1 keeps the temp dir.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CORPUS, E2E_DIR, NVIM, OUT_DIR, REPO, SERVER_JS, missingTools } from './lib/env.mjs';
import { Suite, onCleanup, rel } from './lib/harness.mjs';

const suite = new Suite('neovim');
const PAPER = 'author-date-apa.txt';
const TIMEOUT_MS = 60_000;

async function main() {
  const missing = missingTools(['nvim', 'server']);
  if (missing) {
    suite.fail('prerequisites', missing);
    return;
  }
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'scholarly-lens-nvim-'));
  let keep = process.env.E2E_KEEP_TMP === '1';
  onCleanup(() => (keep ? suite.log(`kept ${tmp}`) : fs.rmSync(tmp, { recursive: true, force: true })));
  fs.copyFileSync(path.join(CORPUS, PAPER), path.join(tmp, PAPER));
  const resultsFile = path.join(tmp, 'results.jsonl');
  const transcript = path.join(OUT_DIR, 'neovim-transcript.md');
  const logFile = path.join(tmp, 'nvim.log');
  fs.rmSync(transcript, { force: true });

  const args = [
    '--headless', '-n', '-i', 'NONE', // no swap file, no shada
    '-u', path.join(E2E_DIR, 'neovim', 'init.lua'),
    '-c', `luafile ${path.join(E2E_DIR, 'neovim', 'e2e.lua')}`,
    PAPER,
  ];
  suite.log(`${NVIM} ${args.join(' ')}  (cwd ${tmp})`);
  const logFd = fs.openSync(logFile, 'w');
  const child = spawn(NVIM, args, {
    cwd: tmp,
    detached: true, // its own process group: nvim and the server it starts
    stdio: ['ignore', logFd, logFd],
    env: {
      ...process.env,
      SCHOLARLY_LENS_SERVER: SERVER_JS,
      E2E_RESULTS: resultsFile,
      E2E_TRANSCRIPT: transcript,
      NVIM_LOG_FILE: path.join(tmp, 'nvim-internal.log'),
      XDG_CONFIG_HOME: path.join(tmp, 'config'), // nothing of the user's own config
      XDG_DATA_HOME: path.join(tmp, 'data'),
      XDG_STATE_HOME: path.join(tmp, 'state'),
      XDG_CACHE_HOME: path.join(tmp, 'cache'),
    },
  });
  fs.closeSync(logFd);
  const killGroup = (signal) => {
    try { process.kill(-child.pid, signal); } catch { /* gone */ }
  };
  onCleanup(() => killGroup('SIGKILL')); // whatever is left of nvim's group, e.g. a server that outlived it
  process.on('exit', () => killGroup('SIGKILL'));

  const exit = await new Promise((resolve) => {
    const timer = setTimeout(() => {
      suite.log(`nvim still running after ${TIMEOUT_MS / 1000} s: stopping it`);
      killGroup('SIGTERM');
      setTimeout(() => killGroup('SIGKILL'), 2000).unref();
    }, TIMEOUT_MS);
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal });
    });
  });
  suite.log(`nvim exited (code ${exit.code}, signal ${exit.signal})`);

  const lines = fs.existsSync(resultsFile) ? fs.readFileSync(resultsFile, 'utf8').split('\n').filter(Boolean) : [];
  for (const line of lines) {
    const r = JSON.parse(line);
    if (r.status === 'passed') {
      suite.results.push({ name: r.name, status: 'passed', ms: r.ms });
      suite.log(`✔ ${r.name} (${(r.ms / 1000).toFixed(1)}s)`);
    } else {
      suite.fail(r.name, r.message);
    }
  }
  const log = fs.readFileSync(logFile, 'utf8').trim();
  if (!lines.length || exit.code !== 0) {
    keep = true;
    if (!lines.length) suite.fail('nvim ran the test script', `no results from ${rel(path.join(E2E_DIR, 'neovim', 'e2e.lua'))}`);
    if (exit.code !== 0 && !suite.counts().failed) suite.fail('nvim exit code', `nvim exited with ${exit.code ?? exit.signal}`);
    if (log) suite.log(`nvim output:\n${log}`);
  }
  if (fs.existsSync(transcript)) suite.log(`transcript: ${rel(transcript)}`);

  await suite.step("the README's Neovim snippet is test/e2e/neovim/init.lua", () => {
    const init = fs.readFileSync(path.join(E2E_DIR, 'neovim', 'init.lua'), 'utf8');
    const body = init.slice(init.indexOf('local server =')).trim();
    const readme = fs.readFileSync(path.join(REPO, 'README.md'), 'utf8');
    const snippets = [...readme.matchAll(/```lua\n([\s\S]*?)```/g)].map((m) => m[1].trim());
    if (!snippets.includes(body)) {
      throw new Error('README.md has no ```lua block equal to test/e2e/neovim/init.lua from "local server =" on: copy it over');
    }
  });
}

await suite.run(main, { timeoutMs: 90_000 });
