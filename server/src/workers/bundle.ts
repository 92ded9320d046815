/**
 * The server side ships as one bundle, dist/server.js (built from `main.ts`), that every thread of it runs: the
 * language server, the command line (dist/cli.js loads it) and their worker threads, so the `.vsix` holds the
 * analysis once. A worker thread is started on the bundle and told its role in its worker data.
 */
import * as path from 'node:path';

export type WorkerRole = 'index' | 'cli' | 'pdf' | 'library';

export interface WorkerRoleData {
  role: WorkerRole;
}

/** The bundle's own file: every module of it is bundled beside it, in dist/. */
export const BUNDLE = path.join(__dirname, 'server.js');
