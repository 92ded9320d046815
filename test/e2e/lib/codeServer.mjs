// Starts code-server (from test/e2e/node_modules) on a free loopback port with a
// throw-away config, user-data-dir, extensions-dir and workspace folder, optionally
// installing a .vsix first; stops its whole process group when the suite ends.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { CODE_SERVER } from './env.mjs';
import { onCleanup } from './harness.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A free TCP port on 127.0.0.1 (the OS picks one; tiny race until code-server binds it). */
export function freePort() {
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

const running = new Set();
// Last resort if the process exits some other way: kill every group we started.
process.on('exit', () => {
  for (const child of running) {
    try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
  }
});

function killGroup(child, signal) {
  try {
    process.kill(-child.pid, signal); // code-server + its server, extension host, pty host, language server
  } catch {
    try { child.kill(signal); } catch { /* already gone */ }
  }
}

async function stopChild(child) {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((r) => child.once('exit', r));
    killGroup(child, 'SIGTERM');
    const done = await Promise.race([exited.then(() => true), sleep(5000).then(() => false)]);
    if (!done) killGroup(child, 'SIGKILL');
  }
  // Children that outlived the leader still carry its process group id.
  try { process.kill(-child.pid, 'SIGKILL'); } catch { /* the group is empty: good */ }
  running.delete(child);
}

/**
 * @param {object} o
 * @param {string|null} o.vsix       extension to install first (code-server --install-extension)
 * @param {Record<string,string>} o.files  workspace files: name -> absolute source path (copied)
 * @param {object} o.settings        user settings.json
 * @param {(...a) => void} o.log
 * @param {boolean} o.keepTmp        keep the temp dir (code-server.log, user data)
 */
export async function startCodeServer({ vsix = null, files = {}, settings = {}, log = console.log, keepTmp = false }) {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'scholarly-lens-e2e-'));
  let failed = false;
  onCleanup(() => {
    if (keepTmp || failed) log(`kept ${tmp} (code-server.log, user data)`);
    else fs.rmSync(tmp, { recursive: true, force: true });
  });
  const userDataDir = path.join(tmp, 'user-data');
  const extensionsDir = path.join(tmp, 'extensions');
  const workspace = path.join(tmp, 'workspace');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(extensionsDir, { recursive: true });
  fs.mkdirSync(workspace, { recursive: true });
  for (const [name, src] of Object.entries(files)) fs.copyFileSync(src, path.join(workspace, name));
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
        ...settings,
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

  if (vsix) {
    // Same flags as the server, so the extension lands where the server looks.
    log(`installing ${vsix}`);
    execFileSync(CODE_SERVER, [...common, '--install-extension', vsix, '--force'], { stdio: ['ignore', 'inherit', 'inherit'], timeout: 60_000 });
    const list = execFileSync(CODE_SERVER, [...common, '--list-extensions', '--show-versions'], { encoding: 'utf8', timeout: 60_000 });
    log(`installed extensions: ${list.trim().split('\n').join(', ') || '(none)'}`);
    if (!list.trim()) throw new Error(`--install-extension ${vsix} installed nothing`);
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
  const child = spawn(CODE_SERVER, args, {
    detached: true, // its own process group, so cleanup can kill all of its children
    stdio: ['ignore', logFd, logFd],
    env: { ...process.env, PASSWORD: '', HASHED_PASSWORD: '' },
  });
  fs.closeSync(logFd);
  running.add(child);
  onCleanup(() => stopChild(child));
  child.on('exit', (code, signal) => log(`code-server exited (code ${code}, signal ${signal})`));

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      failed = true;
      throw new Error(`code-server exited early; log:\n${fs.readFileSync(logFile, 'utf8')}`);
    }
    try {
      const res = await fetch(`${url}/healthz`);
      if (res.ok) break;
    } catch { /* not listening yet */ }
    if (Date.now() > deadline) {
      failed = true;
      throw new Error(`code-server not healthy after 60 s; log:\n${fs.readFileSync(logFile, 'utf8')}`);
    }
    await sleep(250);
  }
  log(`code-server healthy at ${url}`);
  return {
    url,
    workspace,
    logFile,
    tmp,
    /** Keep the temp dir (logs) for a post-mortem. */
    markFailed() {
      failed = true;
    },
    /** The last lines of the extension host's and our output channel's logs, for a CI run nobody can look into. */
    logTails(lines = 30) {
      const logs = fs.readdirSync(path.join(userDataDir, 'logs'), { recursive: true })
        .filter((f) => /exthost\d*\/(remoteexthost\.log$|scholarly-lens\.scholarly-lens\/)/.test(f) && f.endsWith('.log'));
      return logs.map((f) => `--- ${f}\n${fs.readFileSync(path.join(userDataDir, 'logs', f), 'utf8').trimEnd().split('\n').slice(-lines).join('\n')}`).join('\n');
    },
  };
}
