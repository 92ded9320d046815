import * as assert from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CancellationToken, MarkupContent } from 'vscode-languageserver';
import { analysePaper } from '../../server/src/analysis';
import { createLanguageService } from '../../server/src/service/languageService';
import { defaultSettings, Settings } from '../../server/src/service/settings';
import { InMemoryWorkspace } from '../../server/src/workspace/inMemoryWorkspace';
import { toPosition } from '../../server/src/features/positions';

const ROOT = path.resolve(__dirname, '../../..');
/** The ordinary files of a workspace: the documentation and licences of this project's dependencies. */
const ORDINARY = /(?:\.md$|^readme|^changelog|^license|\.txt$)/i;
const MAX_NOISY = 0.01;

function ordinaryFiles(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, e.name);
    if (e.isDirectory()) ordinaryFiles(file, out);
    else if (e.isFile() && ORDINARY.test(e.name)) out.push(file);
  }
  return out;
}

const none = CancellationToken.None;

/** What a reader of the document would see of Scholarly Lens: diagnostics, a citation count, an outline group, a term hover. */
async function shownIn(text: string, uri: string, settings: Settings): Promise<string[]> {
  const workspace = new InMemoryWorkspace(['memory:///w']);
  const service = createLanguageService({ workspace, settings: { settingsFor: async () => settings }, logger: { log: () => undefined } });
  try {
    const doc = workspace.openDocument(uri, text);
    const shown: string[] = [];
    if ((await service.computeDiagnostics(doc, none)).length) shown.push('diagnostics');
    if ((await service.getCitations(doc, none)).length) shown.push('citation count');
    if ((await service.getDocumentSymbols(doc, none)).length) shown.push('outline');
    const paper = analysePaper(text);
    const spots = [...paper.organisations, ...paper.concepts].map((t) => t.mentions[0]).filter(Boolean);
    for (const s of spots.slice(0, 5)) {
      const hover = await service.getHover(doc, toPosition(paper, s.start), none);
      if (hover && /\S/.test((hover.contents as MarkupContent).value)) {
        shown.push('term hover');
        break;
      }
    }
    return shown;
  } finally {
    service.dispose();
  }
}

const README = [
  '# fast-tides',
  '',
  'A small library for tide tables, released under the MIT License (MIT). See the API docs (ES 2017) and',
  'set `FORCE_COLOR=1` to colour the output. The World Tide Council (WTC) publishes the constants.',
  '',
  '1. This LICENSE AGREEMENT is between you and the authors.',
  '2. Permission is granted AS IS, WITHOUT WARRANTY.',
  '',
].join('\n');

/** The shortest paper: two works cited from its reference list. */
const SHORT_PAPER = [
  'The Harbour Tide Council (HTC) keeps the tables (Marsh & Tully, 2016), as harbour logs confirm (Okafor, 2019).',
  '',
  'References',
  '',
  'Marsh, D., & Tully, E. (2016). Berths and silt. Coastal Review, 4, 12-40.',
  'Okafor, B. (2019). Reeds of the lower river. Delta Notes, 7, 1-9.',
  '',
].join('\n');

describe('ordinary files stay quiet', () => {
  it('shows nothing in a README, and everything once the showIn setting asks for every document', async () => {
    assert.deepStrictEqual(await shownIn(README, 'memory:///w/README.md', defaultSettings()), []);
    const everywhere = { ...defaultSettings(), showIn: 'everyDocument' as const };
    assert.ok((await shownIn(README, 'memory:///w/README.md', everywhere)).includes('outline'));
  });

  it('shows the outline, citation count and term hovers in a paper that cites two of its works', async () => {
    assert.deepStrictEqual(await shownIn(SHORT_PAPER, 'memory:///w/paper.txt', defaultSettings()), ['citation count', 'outline', 'term hover']);
  });

  it(`leaves at most ${MAX_NOISY * 100}% of the documentation and licences under node_modules showing anything`, async function () {
    this.timeout(300_000);
    const files = ordinaryFiles(path.join(ROOT, 'node_modules'));
    assert.ok(files.length > 100, `only ${files.length} ordinary files under node_modules: run npm ci first`);
    const noisy: string[] = [];
    for (const [k, file] of files.entries()) {
      const text = fs.readFileSync(file, 'utf8');
      const shown = await shownIn(text, `memory:///w/f${k}${path.extname(file) || '.txt'}`, defaultSettings());
      if (shown.length) noisy.push(`${path.relative(ROOT, file)}: ${shown.join(', ')}`);
    }
    console.log(`      ${noisy.length} of ${files.length} ordinary files show something:\n${noisy.map((n) => `        ${n}`).join('\n')}`);
    assert.ok(noisy.length <= MAX_NOISY * files.length, noisy.join('\n'));
  });
});

describe('generated and scratch documents', () => {
  it('keeps an unsaved buffer that is no paper (a glossary, a note) out of the workspace, and lets an unsaved paper in', async () => {
    const workspace = new InMemoryWorkspace(['memory:///w']);
    const service = createLanguageService({ workspace, settings: { settingsFor: async () => defaultSettings() }, logger: { log: () => undefined } });
    try {
      workspace.openDocument('untitled:Untitled-1', '# Glossary\n\n- **HTC**: Harbour Tide Council, in [tides.txt](file:///w/tides.txt#L3)\n');
      workspace.openDocument('untitled:Untitled-2', SHORT_PAPER);
      const containers = (await service.getWorkspaceSymbols('Harbour Tide Council', CancellationToken.None)).map((s) => s.containerName);
      assert.deepStrictEqual(containers, ['untitled:Untitled-2']);
    } finally {
      service.dispose();
    }
  });
});

describe('ordinary files of the workspace folders', () => {
  it('are read by the index but are no papers of the workspace, unless showIn asks for every document', async () => {
    const files = { 'memory:///w/paper.txt': SHORT_PAPER, 'memory:///w/README.md': README };
    for (const [showIn, expected] of [['papers', ['paper.txt']], ['everyDocument', ['paper.txt', 'README.md']]] as const) {
      const workspace = new InMemoryWorkspace(['memory:///w'], files);
      const settings = { ...defaultSettings(), showIn };
      const service = createLanguageService({ workspace, settings: { settingsFor: async () => settings }, logger: { log: () => undefined } });
      try {
        await service.indexWorkspace();
        const containers = new Set((await service.getWorkspaceSymbols('', CancellationToken.None)).map((s) => s.containerName));
        assert.deepStrictEqual([...containers].sort(), [...expected].sort(), showIn);
      } finally {
        service.dispose();
      }
    }
  });
});
