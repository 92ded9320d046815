import * as assert from 'node:assert';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '../../..');

describe('citeproc (CPAL/AGPL) stays a test-only tool', () => {
  it('is an exact devDependency and not a dependency', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    assert.strictEqual(pkg.devDependencies.citeproc, '2.4.63');
    assert.strictEqual(pkg.dependencies.citeproc, undefined);
  });

  it('is not in the bundles that go into the .vsix', () => {
    for (const file of fs.readdirSync(path.join(ROOT, 'dist')).filter((f) => f.endsWith('.js'))) {
      assert.ok(!fs.readFileSync(path.join(ROOT, 'dist', file), 'utf8').includes('CSL.Engine'), file);
    }
  });
});
