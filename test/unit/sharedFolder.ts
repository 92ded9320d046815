/** For tests that read ../shared, which sits beside the repository on a developer's machine and not on CI. */
import * as fs from 'fs';

/** In a `describe` block: skips its tests, saying why, when `folder` is not on this machine. */
export function skipWithout(folder: string, what: string): void {
  before(function () {
    if (!fs.existsSync(folder)) {
      console.log(`    (skipped: ${folder} is not on this machine; ${what} sits beside the repository)`);
      this.skip();
    }
  });
}
