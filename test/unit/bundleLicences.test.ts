/** The bundles carry only permissively licensed code (the extension is MIT), each package's licence beside them. */
import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';

const NOTICES = path.resolve(__dirname, '../../../dist/THIRD-PARTY-NOTICES.txt');
const PERMISSIVE = new Set(['MIT', 'ISC', 'BSD-2-Clause', 'BSD-3-Clause', 'Apache-2.0']);

describe('licences of the bundled packages', () => {
  it('lists every bundled package with a permissive licence and its text (npm run build writes the list)', () => {
    const text = fs.readFileSync(NOTICES, 'utf8');
    const packages = [...text.matchAll(/^(@?[\w./-]+) (\d[\w.-]*) \(([^)]+)\)$/gm)].map((m) => ({ name: m[1], licence: m[3] }));
    const names = packages.map((p) => p.name);
    for (const expected of ['vscode-languageserver', 'vscode-languageclient', '@citation-js/core', '@citation-js/plugin-bibtex', 'moo']) assert.ok(names.includes(expected), `${expected} in ${names.join(', ')}`);
    assert.deepStrictEqual(packages.filter((p) => !PERMISSIVE.has(p.licence)), []);
    // citation-js's CSL plugin brings citeproc (CPAL/AGPL), and its fetching brings node-fetch: neither is bundled.
    for (const absent of ['@citation-js/plugin-csl', 'citeproc', 'node-fetch', 'sync-fetch']) assert.ok(!names.includes(absent), absent);
    assert.match(text, /Copyright/);
  });
});
