import * as assert from 'node:assert';
import { parseFixture, uriOf, useFixtures } from './fixture';

describe('test fixtures', () => {
  const open = useFixtures();

  it('splits files at "%!" lines, takes the marker lines out and removes the common indentation', () => {
    const fixture = parseFixture(`
      %! a.txt
      First line (Quill, 2001).
                  |
                  ^^^^^^^^^^^
      Second line.
      %! b.md
      Other paper.
            ^^^^^
    `);
    assert.deepStrictEqual(
      fixture.files.map((f) => [f.name, f.uri, f.text]),
      [
        ['a.txt', uriOf('a.txt'), 'First line (Quill, 2001).\nSecond line.'],
        ['b.md', uriOf('b.md'), 'Other paper.'],
      ],
    );
    assert.deepStrictEqual(fixture.cursor, { uri: uriOf('a.txt'), position: { line: 0, character: 12 } });
    assert.deepStrictEqual(fixture.ranges, [
      { uri: uriOf('a.txt'), range: { start: { line: 0, character: 12 }, end: { line: 0, character: 23 } } },
      { uri: uriOf('b.md'), range: { start: { line: 0, character: 6 }, end: { line: 0, character: 11 } } },
    ]);
  });

  it('reads several ranges on one marker line', () => {
    const { ranges } = parseFixture(`
      %! a.txt
      one two three
      ^^^     ^^^^^
    `);
    assert.deepStrictEqual(ranges.map((r) => [r.range.start.character, r.range.end.character]), [[0, 3], [8, 13]]);
  });

  it('refuses a second cursor and a fixture without a file line', () => {
    assert.throws(() => parseFixture('%! a.txt\nab\n|\n |'), /at most one cursor/);
    assert.throws(() => parseFixture('no file line'), /"%! name"/);
  });

  it('opens the cursor\'s file and indexes the other files from "disk"', async () => {
    const session = await open(`
      %! a.txt
      Nothing here.
      %! b.txt
      The cursor is here.
          |
    `);
    assert.strictEqual(session.document.uri, uriOf('b.txt'));
    assert.deepStrictEqual(session.workspace.documents().map((d) => d.uri), [uriOf('b.txt')]);
    assert.deepStrictEqual(await session.workspace.listPapers(10), [uriOf('a.txt')]);
    assert.deepStrictEqual(session.position, { line: 0, character: 4 });
  });

  it('opens every file when asked to', async () => {
    const session = await open('%! a.txt\nOne.\n%! b.txt\nTwo.', { others: 'open' });
    assert.strictEqual(session.document.uri, uriOf('a.txt'));
    assert.deepStrictEqual(session.workspace.documents().map((d) => d.uri), [uriOf('a.txt'), uriOf('b.txt')]);
    assert.throws(() => session.position, /no cursor/);
  });
});
