// A tiny test harness for the e2e suites: named steps that pass or fail, a cleanup registry that runs on success,
// failure, timeout and Ctrl+C, and a closing line `<suite>: N passed, N failed`.
// Each suite also writes test-results/e2e/<suite>.json, which run.mjs adds up.
import fs from 'node:fs';
import path from 'node:path';
import { OUT_DIR, REPO } from './env.mjs';

const cleanups = [];
let cleaning = null;

/** Registers `fn` to run (last registered first) when the suite ends, however it ends. */
export function onCleanup(fn) {
  cleanups.push(fn);
}

export function runCleanups() {
  if (!cleaning) {
    cleaning = (async () => {
      while (cleanups.length) {
        const fn = cleanups.pop();
        try {
          await fn();
        } catch (e) {
          console.error(`cleanup failed: ${e && e.message}`);
        }
      }
    })();
  }
  return cleaning;
}

const t0 = performance.now();
const secs = () => ((performance.now() - t0) / 1000).toFixed(1);

export class Suite {
  constructor(name) {
    this.name = name;
    this.results = [];
    /** Called with the step's name when a step fails (e.g. to take a screenshot). */
    this.onFailure = null;
  }

  log(...args) {
    console.log(`[${this.name} ${secs()}s]`, ...args);
  }

  /** Runs one assertion step. A failed step is recorded and the suite goes on, unless `fatal`. */
  async step(name, fn, { fatal = false } = {}) {
    const start = performance.now();
    this.log(`▶ ${name}`);
    try {
      await fn();
      const ms = performance.now() - start;
      this.results.push({ name, status: 'passed', ms: Math.round(ms) });
      this.log(`✔ ${name} (${(ms / 1000).toFixed(1)}s)`);
      return true;
    } catch (e) {
      const ms = performance.now() - start;
      const message = (e && e.message) || String(e);
      this.results.push({ name, status: 'failed', ms: Math.round(ms), message });
      this.log(`✘ ${name} (${(ms / 1000).toFixed(1)}s)\n${indent(e && e.stack ? e.stack : message)}`);
      if (this.onFailure) {
        try {
          await this.onFailure(name);
        } catch { /* the failure itself is what counts */ }
      }
      if (fatal) throw new FatalStep(name, e);
      return false;
    }
  }

  /** A failure recorded without a step (a missing tool, a crash outside any step). */
  fail(name, message) {
    this.results.push({ name, status: 'failed', message });
    this.log(`✘ ${name}\n${indent(message)}`);
  }

  counts() {
    const by = (s) => this.results.filter((r) => r.status === s).length;
    return { passed: by('passed'), failed: by('failed') };
  }

  /** Runs `main`, then cleans up, writes the JSON result, prints the closing line and exits. */
  async run(main, { timeoutMs = 240_000 } = {}) {
    const finish = async (code) => {
      await runCleanups();
      const { passed, failed } = this.counts();
      fs.mkdirSync(OUT_DIR, { recursive: true });
      fs.writeFileSync(
        path.join(OUT_DIR, `${this.name}.json`),
        JSON.stringify({ suite: this.name, passed, failed, seconds: Number(secs()), results: this.results }, null, 2),
      );
      console.log(`${this.name}: ${passed} passed, ${failed} failed`);
      process.exit(code || failed ? 1 : 0);
    };
    for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
      process.on(sig, () => {
        this.fail('interrupted', `got ${sig}`);
        void finish(130);
      });
    }
    const timer = setTimeout(() => {
      this.fail('suite timeout', `${this.name} did not finish within ${timeoutMs / 1000} s`);
      void finish(1);
    }, timeoutMs);
    try {
      await main();
    } catch (e) {
      if (!(e instanceof FatalStep)) this.fail('unexpected error', e && e.stack ? e.stack : String(e));
      else this.log(`stopping: "${e.step}" failed and the remaining steps depend on it`);
    }
    clearTimeout(timer);
    await finish(0);
  }
}

class FatalStep extends Error {
  constructor(step, cause) {
    super(`${step}: ${cause && cause.message}`);
    this.step = step;
  }
}

export function indent(text) {
  return String(text).split('\n').map((l) => `    ${l}`).join('\n');
}

/** Throws with `message` unless `cond`. */
export function check(cond, message) {
  if (!cond) throw new Error(message);
}

/** Polls `fn` until it returns a truthy value; throws `what` with the last value after `timeoutMs`. */
export async function waitFor(what, fn, { timeoutMs = 15_000, intervalMs = 200 } = {}) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    try {
      last = await fn();
      if (last) return last;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) {
      const shown = last instanceof Error ? last.message : JSON.stringify(last);
      throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what} (last: ${shown})`);
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
}

export const rel = (p) => path.relative(REPO, p);
