// Writes dist/cli.js, the `scholarly-lens` command: it runs the command line of dist/server.js, the one bundle
// of the server side (see server/src/main.ts), so the analysis is not bundled twice.
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const file = join(process.argv[2] ?? 'dist', 'cli.js');
writeFileSync(file, "#!/usr/bin/env node\n'use strict';\nrequire('./server.js').runCli();\n");
chmodSync(file, 0o755);
