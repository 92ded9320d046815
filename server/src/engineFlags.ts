/**
 * V8 settings for the analysis, set when the bundle loads, in whichever thread (before any of its expressions runs).
 * Regular expressions are compiled to machine code at their first use instead of interpreted first: the analysis
 * runs its expressions over every line and sentence of a paper, where the interpreted first run of each costs more
 * than the compiling it would save: a thread's first paper is analysed in 150 ms instead of 350 ms, which a reader
 * sees as the first diagnostics of a session (the CLI's 1,000 papers gain no more than that, within the noise).
 */
import { setFlagsFromString } from 'node:v8';

export function tuneEngine(): void {
  setFlagsFromString('--no-regexp-tier-up');
}
