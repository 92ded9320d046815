/** What the tests of the reader's library share: a paper whose entries a library can hold, a .bib, and ways to read what the service answers. */
import * as assert from 'node:assert';
import { FixtureSession, notCancelled } from '../fixture';

/** A paper citing two works of its list; the cursor on "Marsh & Tully, 2016". */
export const PAPER_WITH_LIST = `
  %! paper.txt
  Towns share berths (Marsh & Tully, 2016), and tides turn (Lee, 2020).
                       |
  References

  Marsh, D., & Tully, E. (2016). Berths and bargains: towns on the water. Review of Coastal Towns, 4(1), 12-40.
  Lee, A. (2020). Tides. Lane Press.
`;

/** A reader's .bib of three works; their records start on lines 0, 5 and 10. */
export const LIBRARY_BIB = `
  %! library/refs.bib
  @article{marsh2016,
    author = {Marsh, Delia and Tully, Eamon},
    title = {Berths and Bargains},
    year = 2016
  }
  @book{okafor2019,
    author = {Okafor, Chidi and Bell, Rosa and Ng, Wei},
    title = {Silt and the City},
    year = 2019
  }
  @book{lee2020,
    author = {Lee, Ann},
    title = {Tides},
    year = 2020
  }
`;

/** The Markdown of the hover at the session's cursor ('' for none). */
export async function hoverAtCursor(s: FixtureSession): Promise<string> {
  return ((await s.service.getHover(s.document, s.position, notCancelled))?.contents as { value: string } | undefined)?.value ?? '';
}

/** The messages of the diagnostics of the session's document. */
export async function diagnosticMessages(s: FixtureSession): Promise<string[]> {
  return (await s.service.computeDiagnostics(s.document, notCancelled)).map((d) => d.message);
}

/** Waits (up to 3 s) for what a file change or a watcher brings about. */
export async function waitUntil(what: string, done: () => boolean | Promise<boolean>): Promise<void> {
  for (let i = 0; i < 300; i++) {
    if (await done()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  assert.fail(`timed out waiting for ${what}`);
}
