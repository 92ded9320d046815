import * as assert from 'node:assert/strict';
import { CancellationToken, Connection } from 'vscode-languageserver';
import { createLanguageService, IScholarlyLanguageService } from '../../server/src/service/languageService';
import { defaultSettings, Settings } from '../../server/src/service/settings';
import { InMemoryWorkspace } from '../../server/src/workspace/inMemoryWorkspace';
import { ClientSettings } from '../../server/src/lsp/clientSettings';
import { Logger, LogLevel } from '../../server/src/logging';

const FOLDER = 'file:///reading-list';
const PAPERS = 200;
const none = CancellationToken.None;

function paper(i: number): string {
  return [
    `Survey ${i} of canal tolls (Marsh, ${1900 + i}) and of lock keepers (Quint, 1988).`,
    '',
    'References',
    `Marsh, H. (${1900 + i}). Tolls of the inland waterways, part ${i}. Towpath Press.`,
    'Quint, R. (1988). Keepers of the locks. Weir Books.',
  ].join('\n');
}

describe('what the service keeps for a document once it is closed', () => {
  let workspace: InMemoryWorkspace;
  let service: IScholarlyLanguageService;
  let errors: string[];
  let settingsFor: (uri: string) => Promise<Settings>;

  beforeEach(() => {
    workspace = new InMemoryWorkspace([FOLDER]);
    errors = [];
    settingsFor = async () => defaultSettings();
    const logger = { log: (level: LogLevel, message: string) => void (level === LogLevel.Error && errors.push(message)) };
    service = createLanguageService({ workspace, settings: { settingsFor: (uri) => settingsFor(uri) }, logger });
  });

  afterEach(() => {
    service.dispose();
    assert.deepEqual(errors, []);
  });

  it(`keeps nothing for any of ${PAPERS} papers after they were read, hovered and closed`, async () => {
    const uris = Array.from({ length: PAPERS }, (_, i) => `${FOLDER}/survey-${i}.txt`);
    for (const [i, uri] of uris.entries()) {
      const doc = workspace.openDocument(uri, paper(i));
      await service.computeDiagnostics(doc, none);
      const hover = await service.getHover(doc, { line: 0, character: 30 }, none);
      assert.ok(hover, `no hover on survey-${i}`);
      await service.getDocumentSymbols(doc, none);
    }
    assert.deepEqual(uris.filter((uri) => !service.holds(uri)), []);
    for (const uri of uris) workspace.closeDocument(uri);
    assert.deepEqual(uris.filter((uri) => service.holds(uri)), []);
  });

  it('lets go of a document that closes while a request on it still waits for its settings', async () => {
    let answer!: () => void;
    const waited = new Promise<void>((resolve) => (answer = resolve));
    settingsFor = async () => {
      await waited;
      return defaultSettings();
    };
    const uri = `${FOLDER}/late.txt`;
    const doc = workspace.openDocument(uri, paper(7));
    const diagnostics = service.computeDiagnostics(doc, none);
    const hover = service.getHover(doc, { line: 0, character: 30 }, none);
    workspace.closeDocument(uri);
    answer();
    await Promise.all([diagnostics, hover]);
    assert.equal(service.holds(uri), false);
  });

  it('keeps a document that was closed and opened again while a request ran', async () => {
    const uri = `${FOLDER}/reopened.txt`;
    const doc = workspace.openDocument(uri, paper(3));
    const diagnostics = service.computeDiagnostics(doc, none);
    workspace.closeDocument(uri);
    workspace.openDocument(uri, paper(3));
    await diagnostics;
    assert.equal(service.holds(uri), true);
  });
});

describe('client settings once a document is closed', () => {
  const connection = { workspace: { getConfiguration: async () => ({ enable: false }) } } as unknown as Connection;
  const logger = new Logger({ log: () => undefined });

  it('keeps the settings of open documents only, and forgets them on close', async () => {
    const open = new Set(['file:///reading-list/open.txt']);
    const settings = new ClientSettings(connection, logger, (uri) => open.has(uri));
    settings.initialize(true);
    assert.equal((await settings.settingsFor('file:///reading-list/open.txt')).enable, false);
    assert.equal(settings.has('file:///reading-list/open.txt'), true);
    assert.equal((await settings.settingsFor('file:///reading-list/closed.txt')).enable, false);
    assert.equal(settings.has('file:///reading-list/closed.txt'), false);
    settings.forget('file:///reading-list/open.txt');
    assert.equal(settings.has('file:///reading-list/open.txt'), false);
  });
});
