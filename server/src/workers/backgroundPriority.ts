import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';

/**
 * Nice 10: the scheduler gives a thread of normal priority about ten times its share of a core, so a request
 * is answered at once, while indexing still gets most of a core that other processes also want (19 starved it).
 */
const BACKGROUND = 10;

/**
 * Lowers the priority of the calling thread only (on Linux a thread has a priority of its own, found under
 * /proc/thread-self), so that a worker analysing papers never delays the thread that answers requests.
 * Elsewhere it does nothing: the workers then share the cores evenly with the requests.
 */
export function runInBackground(): void {
  try {
    const thread = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(thread)) setPriority(thread, BACKGROUND);
  } catch {
    // not Linux, or no /proc: the worker keeps the process's priority
  }
}
