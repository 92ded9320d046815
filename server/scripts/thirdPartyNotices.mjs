// Writes dist/THIRD-PARTY-NOTICES.txt: the licence of every package bundled into dist/ (read from the bundles'
// esbuild metafiles, which it then removes), as their licences ask of a redistribution.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.argv[2] ?? 'dist';
const metafiles = readdirSync(dist).filter((f) => f.endsWith('.meta.json'));
const packages = new Set();
for (const file of metafiles) {
  for (const input of Object.keys(JSON.parse(readFileSync(join(dist, file), 'utf8')).inputs)) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input);
    if (m) packages.add(m[1]);
  }
  rmSync(join(dist, file));
}
const sections = [...packages].sort().map((name) => {
  const root = join('node_modules', name);
  const { version, license } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const file = readdirSync(root).find((f) => /^(?:licen[cs]e|copying)(?:\.md|\.txt)?$/i.test(f));
  const text = file && existsSync(join(root, file)) ? readFileSync(join(root, file), 'utf8').trim() : `Licence: ${license}`;
  return `${name} ${version} (${license})\n\n${text}`;
});
writeFileSync(join(dist, 'THIRD-PARTY-NOTICES.txt'), `Packages bundled into this extension, with their licences.\n\n${sections.join('\n\n' + '-'.repeat(72) + '\n\n')}\n`);
