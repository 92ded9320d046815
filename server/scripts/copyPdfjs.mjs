// Copies the one pdf.js the bundles share into dist/pdfjs/ (its minified modules and the character maps that
// CJK fonts need): the bundles leave pdfjs-dist out, so the .vsix holds it once rather than in each bundle.
import { cpSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const out = join(process.argv[2] ?? 'dist', 'pdfjs');
mkdirSync(out, { recursive: true });
for (const file of ['pdf.min.mjs', 'pdf.worker.min.mjs']) cpSync(join(root, 'legacy', 'build', file), join(out, file));
cpSync(join(root, 'cmaps'), join(out, 'cmaps'), { recursive: true });
cpSync(join(root, 'LICENSE'), join(out, 'LICENSE'));
