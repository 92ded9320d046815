import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Settings } from '../../../server/src/service/settings';
import { resolvedPath } from '../../../server/src/library/namedBibliographies';
import { FixtureSession, useFixtures } from '../fixture';
import { hoverAtCursor, PAPER_WITH_LIST, waitUntil } from './libraryFixtures';

const csl = (id: string) =>
  JSON.stringify([{ id, type: 'article-journal', title: 'Berths and Bargains: Towns on the Water', author: [{ family: 'Marsh', given: 'Delia' }, { family: 'Tully', given: 'Eamon' }], issued: { 'date-parts': [[2016]] } }], null, 2);

describe('bibliographies named in the setting scholarlyLens.bibliographies', () => {
  const open = useFixtures();
  let dir: string;
  beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scholarly-named-bib-'))));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** A session whose bibliographies setting is `paths`; `settings` stays live, as the client's do. */
  async function withSetting(paths: string[]): Promise<{ s: FixtureSession; settings: Settings }> {
    let held: Settings | undefined;
    const s = await open(PAPER_WITH_LIST, { settings: (settings) => ((settings.bibliographies = paths), (held = settings)) });
    return { s, settings: held! };
  }

  it('reads a CSL-JSON export outside the workspace, with any .json name, and picks up its rewrite as it is saved', async () => {
    const file = path.join(dir, 'zotero-export.json');
    fs.writeFileSync(file, csl('marsh2016'));
    const { s } = await withSetting([file]);
    await waitUntil('the hover to name the library work', async () => /In your library: key `marsh2016`/.test(await hoverAtCursor(s)));
    assert.ok((await hoverAtCursor(s)).includes(`(${pathToFileURL(file).href}#L2)`), 'the key links to the record in the file');

    // An exporter writes a new file and renames it over the old one.
    fs.writeFileSync(`${file}.tmp`, csl('marshTully2016'));
    fs.renameSync(`${file}.tmp`, file);
    await waitUntil('the new key', async () => /key `marshTully2016`/.test(await hoverAtCursor(s)));
  });

  it('says on the named file, at its first line, that it does not exist, and reads it once it is there', async () => {
    const file = path.join(dir, 'later.bib');
    const uri = pathToFileURL(file).href;
    const { s } = await withSetting([file]);
    await waitUntil('a problem on the missing file', async () => (await s.service.getLibraryDiagnostics(uri)).length === 1);
    const [missing] = await s.service.getLibraryDiagnostics(uri);
    assert.strictEqual(missing.range.start.line, 0);
    assert.strictEqual(missing.code, 'bibliography-problem');
    assert.match(missing.message, /^The bibliography ".+later\.bib" named in scholarlyLens\.bibliographies does not exist .*Correct the path in the setting/);

    fs.writeFileSync(file, '@article{marsh2016,\n  author = {Marsh, Delia and Tully, Eamon},\n  title = {Berths and Bargains: Towns on the Water},\n  year = 2016\n}\n');
    await waitUntil('the file read', async () => /key `marsh2016`/.test(await hoverAtCursor(s)));
    assert.deepStrictEqual(await s.service.getLibraryDiagnostics(uri), []);
  });

  it('refuses a file in a format it does not read, saying which it reads', async () => {
    const file = path.join(dir, 'library.yaml');
    fs.writeFileSync(file, '- id: marsh2016\n');
    const { s } = await withSetting([file]);
    const uri = pathToFileURL(file).href;
    await waitUntil('a problem on the file', async () => (await s.service.getLibraryDiagnostics(uri)).length === 1);
    assert.match((await s.service.getLibraryDiagnostics(uri))[0].message, /is neither BibTeX \(\.bib\) nor CSL-JSON \(\.json\)/);
  });

  it('lets a file go from the library when the setting no longer names it', async () => {
    const file = path.join(dir, 'refs.json');
    fs.writeFileSync(file, csl('marsh2016'));
    const { s, settings } = await withSetting([file]);
    await waitUntil('the library work', async () => /key `marsh2016`/.test(await hoverAtCursor(s)));
    settings.bibliographies = [];
    await s.service.indexWorkspace(); // what the server does when the settings change
    await waitUntil('the work gone', async () => !/In your library/.test(await hoverAtCursor(s)));
  });

  it('resolves "~/..." in the home folder and a relative path in the first workspace folder', () => {
    assert.strictEqual(resolvedPath('~/refs/my.bib', null), path.join(os.homedir(), 'refs/my.bib'));
    assert.strictEqual(resolvedPath(' refs/my.bib ', '/home/ann/thesis'), path.join('/home/ann/thesis', 'refs/my.bib'));
    assert.strictEqual(resolvedPath('/srv/lib.json', '/home/ann/thesis'), '/srv/lib.json');
    assert.strictEqual(resolvedPath('refs/my.bib', null), null);
  });
});
