// Paths shared by the e2e suites, and the check that every tool they drive is
// installed. A missing tool is a failure that names the install command: the e2e
// tests never pass by skipping what they could not run.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const E2E_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const REPO = path.resolve(E2E_DIR, '..', '..');
export const OUT_DIR = path.join(REPO, 'test-results', 'e2e');
export const CORPUS = path.join(REPO, 'corpus');
export const SERVER_JS = path.join(REPO, 'dist', 'server.js');
export const CLI_JS = path.join(REPO, 'dist', 'cli.js');
export const CODE_SERVER = path.join(E2E_DIR, 'node_modules', '.bin', 'code-server');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const NVIM = process.env.NVIM_PATH || 'nvim';
export const SETUP_COMMAND = 'bash test/e2e/setup.sh';

/** The freshly packaged extension: $SCHOLARLY_LENS_VSIX, else <repo>/<name>-<version>.vsix. */
export function vsixPath() {
  if (process.env.SCHOLARLY_LENS_VSIX) return path.resolve(process.env.SCHOLARLY_LENS_VSIX);
  const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
  return path.join(REPO, `${pkg.name}-${pkg.version}.vsix`);
}

function onPath(cmd) {
  if (cmd.includes('/')) return fs.existsSync(cmd) ? cmd : null;
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    const p = path.join(dir, cmd);
    try {
      fs.accessSync(p, fs.constants.X_OK);
      return p;
    } catch { /* next */ }
  }
  return null;
}

const CHECKS = {
  chromium: () => (fs.existsSync(CHROMIUM) ? null : `Chromium (${CHROMIUM}, Debian package "chromium")`),
  'code-server': () => (fs.existsSync(CODE_SERVER) ? null : `code-server (${path.relative(REPO, CODE_SERVER)})`),
  'playwright-core': () =>
    fs.existsSync(path.join(E2E_DIR, 'node_modules', 'playwright-core', 'package.json'))
      ? null
      : 'playwright-core (test/e2e/node_modules/playwright-core)',
  nvim: () => {
    const bin = onPath(NVIM);
    if (!bin) return `Neovim (${NVIM}, Debian package "neovim")`;
    try {
      const v = execFileSync(bin, ['--version'], { encoding: 'utf8', timeout: 10_000 }).split('\n')[0];
      const m = /NVIM v(\d+)\.(\d+)/.exec(v);
      if (!m || (Number(m[1]) === 0 && Number(m[2]) < 7)) return `Neovim 0.7 or newer (found "${v}")`;
    } catch (e) {
      return `a working Neovim (${bin} --version failed: ${e.message})`;
    }
    return null;
  },
  server: () => (fs.existsSync(SERVER_JS) ? null : `the built server ${path.relative(REPO, SERVER_JS)} (run: npm run build)`),
  vsix: () => {
    const vsix = vsixPath();
    if (!fs.existsSync(vsix)) return `the packaged extension ${path.relative(REPO, vsix)} (run: npm run package)`;
    // The default package must be newer than the build it should hold; an explicit
    // SCHOLARLY_LENS_VSIX is taken as it is.
    if (!process.env.SCHOLARLY_LENS_VSIX && fs.existsSync(SERVER_JS) && fs.statSync(vsix).mtimeMs + 1000 < fs.statSync(SERVER_JS).mtimeMs) {
      return `a fresh ${path.relative(REPO, vsix)}: it is older than dist/server.js (run: npm run package)`;
    }
    return null;
  },
};

/**
 * Returns null when every named tool is there, else the message to print: what is
 * missing and the exact command that installs it.
 */
export function missingTools(names) {
  const missing = names.map((n) => CHECKS[n]()).filter(Boolean);
  if (!missing.length) return null;
  const viaSetup = missing.some((m) => !m.includes('(run: npm'));
  const lines = ['The end-to-end tests cannot run; missing:', ...missing.map((m) => `  - ${m}`)];
  if (viaSetup) lines.push(`Install the e2e tools with:  ${SETUP_COMMAND}   (apt chromium, neovim, ripgrep; npm code-server, playwright-core)`);
  lines.push('Then run:  npm run test:e2e');
  return lines.join('\n');
}
