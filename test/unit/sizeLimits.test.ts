import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CancellationToken } from 'vscode-languageserver';
import { createLanguageService, IScholarlyLanguageService } from '../../server/src/service/languageService';
import { defaultSettings, readSettings, Settings } from '../../server/src/service/settings';
import { InMemoryWorkspace } from '../../server/src/workspace/inMemoryWorkspace';
import { DiskPapers } from '../../server/src/workspace/diskPapers';
import { BYTES_PER_MB, formatMB } from '../../server/src/workspace/sizeLimits';
import { LogLevel } from '../../server/src/logging';

const none = CancellationToken.None;
const PAPER = [
  'Salt marshes store carbon (Okafor, 2015) and slow the tide (Ferrand, 2008).',
  '',
  'References',
  '',
  'Okafor, N. (2015). Blue carbon in estuaries. Coastal Press.',
].join('\n');

describe('size limits', () => {
  it('reads the limits from the settings, keeping the defaults for missing or senseless values', () => {
    assert.deepStrictEqual(defaultSettings().limits, { maxAnalysedMB: 20, maxIndexedMB: 8 });
    assert.deepStrictEqual(readSettings({ limits: { maxAnalysedMB: 64, maxIndexedMB: -1 } }).limits, { maxAnalysedMB: 64, maxIndexedMB: 8 });
    assert.deepStrictEqual(readSettings({ limits: { maxAnalysedMB: 'big' } }).limits, { maxAnalysedMB: 20, maxIndexedMB: 8 });
  });

  it('writes sizes rounded up to a tenth of a MB, so a file just over a limit never reads as equal to it', () => {
    assert.strictEqual(formatMB(52 * BYTES_PER_MB), '52 MB');
    assert.strictEqual(formatMB(20 * BYTES_PER_MB + 1), '20.1 MB');
  });

  describe('an open paper over scholarlyLens.limits.maxAnalysedMB', () => {
    let settings: Settings;
    let service: IScholarlyLanguageService;
    let workspace: InMemoryWorkspace;
    const errors: string[] = [];

    beforeEach(() => {
      settings = defaultSettings();
      settings.showIn = 'everyDocument'; // the paper cites one listed work only
      settings.limits.maxAnalysedMB = 0.0001; // 104 bytes: the paper is larger
      workspace = new InMemoryWorkspace(['file:///marsh']);
      service = createLanguageService({
        workspace,
        settings: { settingsFor: async () => settings },
        logger: { log: (level, message) => void (level === LogLevel.Error && errors.push(message)) },
      });
    });

    afterEach(() => {
      service.dispose();
      assert.deepStrictEqual(errors, []);
    });

    it('gets no analysis from any feature and a status that says why and which setting to raise', async () => {
      const doc = workspace.openDocument('file:///marsh/tides.txt', PAPER);
      const start = { line: 0, character: 30 };
      assert.deepStrictEqual(await service.computeDiagnostics(doc, none), []);
      assert.deepStrictEqual(await service.getCitations(doc, none), []);
      assert.strictEqual(await service.getHover(doc, start, none), null);
      assert.deepStrictEqual(await service.getDocumentSymbols(doc, none), []);
      assert.deepStrictEqual((await service.getSemanticTokens(doc, none)).data, []);
      assert.deepStrictEqual(await service.getWorkspaceSymbols('Okafor', none), []);
      assert.deepStrictEqual(await service.getPaperStatus(doc), {
        notAnalysed: 'Scholarly Lens: paper too large to analyse (0.1 MB > 0.0001 MB limit; raise scholarlyLens.limits.maxAnalysedMB)',
      });
    });

    it('is analysed once the limit is raised', async () => {
      const doc = workspace.openDocument('file:///marsh/tides.txt', PAPER);
      assert.deepStrictEqual(await service.getCitations(doc, none), []);
      settings.limits.maxAnalysedMB = 1;
      assert.deepStrictEqual((await service.getCitations(doc, none)).map((c) => [c.text, c.status]), [
        ['Okafor, 2015', 'resolved'],
        ['Ferrand, 2008', 'unresolved'],
      ]);
      assert.deepStrictEqual(await service.getPaperStatus(doc), {});
      assert.deepStrictEqual((await service.getWorkspaceSymbols('Okafor', none)).map((s) => s.containerName), ['tides.txt']);
    });
  });

  it('the disk index does not read files over its limit, and warns about a file not in UTF-8', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scholarly-limits-'));
    try {
      fs.writeFileSync(path.join(dir, 'short.txt'), Buffer.from('Une th\xe8se.', 'latin1'));
      fs.writeFileSync(path.join(dir, 'long.txt'), 'x'.repeat(2000));
      const warnings: string[] = [];
      const folders = () => [pathToFileURL(dir).href];
      const disk = new DiskPapers(folders, undefined, { maxBytes: async () => 1000, warn: (m) => warnings.push(m) });
      const uri = (name: string) => pathToFileURL(path.join(dir, name)).href;
      assert.strictEqual(await disk.stampOf(uri('long.txt')), undefined);
      assert.strictEqual(await disk.read(uri('long.txt')), undefined);
      assert.strictEqual((await disk.read(uri('short.txt')))?.text, 'Une thèse.');
      assert.deepStrictEqual(warnings, ['short.txt is not valid UTF-8; read it as Windows-1252. If its accents or quotes look wrong, save it as UTF-8.']);
      assert.strictEqual((await new DiskPapers(folders).read(uri('long.txt')))?.text.length, 2000);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
