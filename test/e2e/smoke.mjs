#!/usr/bin/env node
// End-to-end smoke test: code-server in headless Debian chromium, driven by
// playwright-core. Proves the e2e tool chain installed by ./setup.sh works:
//   1. starts code-server (from test/e2e/node_modules) on a free loopback port,
//      with a throw-away user-data-dir / extensions-dir / config and a throw-away
//      folder holding hello.txt;
//   2. launches /usr/bin/chromium headless, opens <url>/?folder=<folder>, waits
//      for the workbench;
//   3. opens hello.txt through Quick Open (Ctrl+P), waits for its text in the editor;
//   4. screenshots to <repo>/test-results/e2e/smoke.png;
//   5. stops everything it started (browser, code-server's whole process group),
//      also on failure or Ctrl+C, and removes its temp dir (kept on failure).
// Exit code 0 on success. Usage: node test/e2e/smoke.mjs  (after bash test/e2e/setup.sh)
// Environment: SMOKE_VSIX=<path.vsix> installs that extension into the throw-away
// extensions dir first (code-server --install-extension); E2E_KEEP_TMP=1 keeps the
// temp dir (code-server.log, user data); CHROMIUM_PATH overrides /usr/bin/chromium.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '..', '..');
const CODE_SERVER = path.join(HERE, 'node_modules', '.bin', 'code-server');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const OUT_DIR = path.join(REPO, 'test-results', 'e2e');
const SCREENSHOT = path.join(OUT_DIR, 'smoke.png');
const FILE_NAME = 'hello.txt';
const FILE_TEXT = 'Hello from the Scholarly Lens smoke test.\nSee (Smith 2020) and [1].\n';
const TIMEOUT_MS = Number(process.env.E2E_TIMEOUT_MS || 120_000);
const VSIX = process.env.SMOKE_VSIX ? path.resolve(process.env.SMOKE_VSIX) : null;
const KEEP_TMP = process.env.E2E_KEEP_TMP === '1';

const log = (...a) => console.log(`[smoke ${((performance.now()) / 1000).toFixed(1)}s]`, ...a);

/** A free TCP port on 127.0.0.1 (the OS picks one; tiny race until code-server binds it). */
function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// ---------------------------------------------------------------------------
// Everything started here is registered for cleanup.
// ---------------------------------------------------------------------------
let codeServer = null; // ChildProcess, leader of its own process group (detached)
let browser = null;
let tmp = null;
let cleaningUp = null;
let signalled = false;

function killGroup(child, signal) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal); // the whole group: code-server + server + ext host + pty host
  } catch {
    try { child.kill(signal); } catch { /* already gone */ }
  }
}

async function cleanup({ keepTmp = false } = {}) {
  if (cleaningUp) return cleaningUp;
  cleaningUp = (async () => {
    if (browser) {
      await browser.close().catch(() => {});
      browser = null;
    }
    if (codeServer && codeServer.exitCode === null && codeServer.signalCode === null) {
      const exited = new Promise((r) => codeServer.once('exit', r));
      killGroup(codeServer, 'SIGTERM');
      const done = await Promise.race([exited.then(() => true), sleep(5000).then(() => false)]);
      if (!done) killGroup(codeServer, 'SIGKILL');
    }
    // Children that outlived the leader still carry its process group id.
    if (codeServer) {
      try { process.kill(-codeServer.pid, 'SIGKILL'); } catch { /* group is empty: good */ }
    }
    if (tmp && !keepTmp) fs.rmSync(tmp, { recursive: true, force: true });
  })();
  return cleaningUp;
}

// Last resort: synchronous kill if the process is exiting some other way.
process.on('exit', () => {
  if (codeServer) {
    try { process.kill(-codeServer.pid, 'SIGKILL'); } catch { /* gone */ }
  }
});
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, async () => {
    signalled = true;
    log(`got ${sig}, cleaning up`);
    await cleanup();
    process.exit(130);
  });
}

// ---------------------------------------------------------------------------
async function startCodeServer() {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'scholarly-lens-e2e-'));
  const userDataDir = path.join(tmp, 'user-data');
  const extensionsDir = path.join(tmp, 'extensions');
  const workspace = path.join(tmp, 'workspace');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.mkdirSync(workspace, { recursive: true });
  fs.writeFileSync(path.join(workspace, FILE_NAME), FILE_TEXT);
  fs.writeFileSync(
    path.join(userDataDir, 'User', 'settings.json'),
    JSON.stringify(
      {
        'workbench.startupEditor': 'none', // no Welcome page stealing focus
        'workbench.tips.enabled': false,
        'workbench.enableExperiments': false,
        'security.workspace.trust.enabled': false, // no "Do you trust the authors" modal
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'extensions.ignoreRecommendations': true,
        'git.enabled': false,
        'chat.commandCenter.enabled': false,
      },
      null,
      2,
    ),
  );
  // An empty config file of our own: code-server would otherwise read (and on first
  // run write, with a random password) ~/.config/code-server/config.yaml.
  const configFile = path.join(tmp, 'config.yaml');
  fs.writeFileSync(configFile, '');
  const common = ['--config', configFile, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir];

  if (VSIX) {
    // Same flags as the server, so the extension lands where the server looks.
    log(`installing ${VSIX}`);
    execFileSync(CODE_SERVER, [...common, '--install-extension', VSIX, '--force'], { stdio: 'inherit', timeout: 60_000 });
    const list = execFileSync(CODE_SERVER, [...common, '--list-extensions', '--show-versions'], { encoding: 'utf8', timeout: 60_000 });
    log(`installed extensions: ${list.trim().split('\n').join(', ') || '(none)'}`);
    if (!list.trim()) throw new Error(`--install-extension ${VSIX} installed nothing`);
  }

  const port = await freePort();
  const logFile = path.join(tmp, 'code-server.log');
  const logFd = fs.openSync(logFile, 'a');
  const args = [
    ...common,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    workspace,
  ];
  log(`starting code-server on 127.0.0.1:${port} (log: ${logFile})`);
  codeServer = spawn(CODE_SERVER, args, {
    detached: true, // own process group, so cleanup can kill all of its children
    stdio: ['ignore', logFd, logFd],
    env: { ...process.env, PASSWORD: '', HASHED_PASSWORD: '' },
  });
  fs.closeSync(logFd);
  codeServer.on('exit', (code, signal) => log(`code-server exited (code ${code}, signal ${signal})`));

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (codeServer.exitCode !== null || codeServer.signalCode !== null) {
      throw new Error(`code-server exited early; log:\n${fs.readFileSync(logFile, 'utf8')}`);
    }
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) break;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) throw new Error(`code-server not healthy after 60 s; log:\n${fs.readFileSync(logFile, 'utf8')}`);
    await sleep(250);
  }
  log(`code-server healthy at ${url}`);
  return { url, workspace, logFile };
}

async function main() {
  fs.mkdirSync(OUT_DIR, { recursive: true });
  for (const f of ['smoke.png', 'smoke-failure.png']) fs.rmSync(path.join(OUT_DIR, f), { force: true });
  const { url, workspace } = await startCodeServer();

  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox', // we run as root
      '--disable-gpu',
      '--disable-background-networking', // no internet: stop chromium's own calls home
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  try {
    const target = `${url}/?folder=${encodeURIComponent(workspace)}`;
    log(`opening ${target}`);
    await page.goto(target, { waitUntil: 'domcontentloaded' });
    await page.locator('.monaco-workbench').waitFor({ state: 'visible' });
    log('workbench visible');
    // The explorer lists the folder once the remote file system is connected.
    await page.locator(`.explorer-folders-view .monaco-list-row[aria-label^="${FILE_NAME}"]`)
      .first().waitFor({ state: 'visible' });
    log('explorer shows the file');

    // Quick Open (Ctrl+P): the way a person opens a file; file search runs ripgrep,
    // so this also proves the Debian rg that setup.sh seeded works.
    const quickInput = page.locator('.quick-input-widget');
    const input = quickInput.locator('input.input');
    const row = quickInput.locator('.monaco-list-row', { hasText: FILE_NAME }).first();
    for (let attempt = 1; ; attempt++) {
      // Focus the (empty) editor area first: a click on the title bar's command
      // center would itself open Quick Open, and Ctrl+P would then toggle it.
      await page.locator('.part.editor').click({ position: { x: 300, y: 300 } }).catch(() => {});
      await page.keyboard.press('Control+P');
      await input.waitFor({ state: 'visible', timeout: 10_000 });
      await input.fill(FILE_NAME);
      try {
        await row.waitFor({ state: 'visible', timeout: 10_000 });
        break;
      } catch (e) {
        if (attempt >= 3) throw e;
        log(`Quick Open found no ${FILE_NAME} yet (attempt ${attempt}), retrying`);
        await page.keyboard.press('Escape');
      }
    }
    await page.keyboard.press('Enter');
    await page.locator(`.tabs-container .tab.active[aria-label^="${FILE_NAME}"]`).waitFor({ state: 'visible' });
    await page.locator('.editor-instance .monaco-editor .view-lines', { hasText: 'Hello from the Scholarly Lens' })
      .first().waitFor({ state: 'visible' });
    log(`${FILE_NAME} open in the editor`);

    await page.screenshot({ path: SCREENSHOT });
    log(`screenshot: ${path.relative(REPO, SCREENSHOT)}`);
  } catch (e) {
    if (signalled) throw e;
    const failShot = path.join(OUT_DIR, 'smoke-failure.png');
    await page.screenshot({ path: failShot }).catch(() => {});
    log(`failure screenshot: ${path.relative(REPO, failShot)}`);
    throw e;
  }
}

const timer = setTimeout(async () => {
  console.error(`smoke: timed out after ${TIMEOUT_MS} ms`);
  await cleanup({ keepTmp: true });
  process.exit(1);
}, TIMEOUT_MS);
timer.unref();

try {
  await main();
  await cleanup({ keepTmp: KEEP_TMP });
  if (KEEP_TMP) log(`kept ${tmp}`);
  log('1 passed, 0 failed');
  process.exit(0);
} catch (e) {
  if (signalled) await new Promise(() => {}); // the signal handler cleans up and exits
  console.error(e && e.stack ? e.stack : e);
  if (tmp) console.error(`smoke: kept ${tmp} (code-server.log inside)`);
  await cleanup({ keepTmp: true });
  log('0 passed, 1 failed');
  process.exit(1);
}
