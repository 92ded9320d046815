import * as assert from 'node:assert';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { LspClient } from './lspClient';

const CORPUS = path.resolve(__dirname, '../../../corpus');
const PAPER = path.join(CORPUS, 'author-date-apa.txt');
const URI = pathToFileURL(PAPER).toString();
const TEXT = fs.readFileSync(PAPER, 'utf8');
const LINES = TEXT.split('\n');

/** 0-based line and UTF-16 column of the first occurrence of `needle` (optionally on a given 1-based line). */
function positionOf(needle: string, lineNumber?: number): { line: number; character: number } {
  for (let i = 0; i < LINES.length; i++) {
    if (lineNumber !== undefined && i !== lineNumber - 1) continue;
    const at = LINES[i].indexOf(needle);
    if (at !== -1) return { line: i, character: at };
  }
  throw new Error(`"${needle}" is not in ${PAPER}`);
}

interface Hover {
  contents: { kind: string; value: string };
}
interface Location {
  uri: string;
  range: { start: { line: number } };
}

describe('language server over stdio (node dist/server.js --stdio)', function () {
  this.timeout(20_000);
  let client: LspClient;

  before(async () => {
    client = await LspClient.start(pathToFileURL(CORPUS).toString());
    client.open(URI, TEXT);
  });
  after(() => client.stop());

  it('hovers a narrative citation with its reference entry and how often it is cited', async () => {
    const hover = await client.request<Hover>('textDocument/hover', {
      textDocument: { uri: URI },
      position: positionOf('Halvorsen (2016)', 22),
    });
    assert.match(hover.contents.value, /Halvorsen, E\./);
    assert.match(hover.contents.value, /shadow of procedure/i);
    assert.match(hover.contents.value, /cited \d+ times in this paper/);
  });

  it('goes from a citation to the line of its entry', async () => {
    const locations = await client.request<Location[]>('textDocument/definition', {
      textDocument: { uri: URI },
      position: positionOf('Halvorsen (2016)', 22),
    });
    assert.strictEqual(locations.length, 1);
    assert.strictEqual(locations[0].uri, URI);
    assert.ok(LINES[locations[0].range.start.line].startsWith('Halvorsen, E. (2016)'));
  });

  it('flags the misspelt author with a did-you-mean message and offers the fix', async () => {
    const diagnostics = await client.diagnosticsFor(URI);
    const at = positionOf('Hadad, 2017');
    const flagged = diagnostics.find((d) => d.range.start.line === at.line && d.range.start.character === at.character);
    assert.ok(flagged, `no diagnostic at line ${at.line + 1}`);
    assert.strictEqual(flagged.code, 'unresolved-citation');
    assert.match(flagged.message, /No entry for Hadad 2017 — did you mean Haddad/);
    const actions = await client.request<Array<{ title: string; edit: { changes: Record<string, Array<{ newText: string }>> } }>>(
      'textDocument/codeAction',
      { textDocument: { uri: URI }, range: flagged.range, context: { diagnostics: [flagged], only: ['quickfix'] } },
    );
    assert.strictEqual(actions[0].edit.changes[URI][0].newText, 'Haddad, 2017');
  });

  it('lists every recognised citation through scholarly/citations', async () => {
    const citations = await client.request<Array<{ text: string; status: string; kind: string }>>('scholarly/citations', {
      textDocument: { uri: URI },
    });
    const texts = citations.map((c) => c.text);
    assert.ok(texts.includes('Hadad, 2017'));
    assert.ok(texts.includes('Halvorsen (2016'));
    assert.strictEqual(citations.find((c) => c.text === 'Fontaine, 2018')?.status, 'ambiguous');
    assert.ok(citations.some((c) => c.kind === 'footnote' && c.text === '¹'));
  });

  it('stays quiet on an ordinary text file', async () => {
    const uri = 'untitled:shopping.txt';
    client.open(uri, 'Buy milk (2 litres) and bread.\nCall Anna (May 2024) about the trip.\n');
    assert.deepStrictEqual(await client.diagnosticsFor(uri), []);
  });

  it('finds every citation of an entry from the entry itself', async () => {
    const entry = positionOf('Halvorsen, E. (2016)');
    const found = await client.request<Location[]>('textDocument/references', {
      textDocument: { uri: URI },
      position: entry,
      context: { includeDeclaration: false },
    });
    const citingLines = found.map((l) => l.range.start.line + 1).sort((a, b) => a - b);
    const expected = LINES.flatMap((line, i) => (/Halvorsen(?:, | \()2016/.test(line) && i !== entry.line ? [i + 1] : [])).sort((a, b) => a - b);
    assert.ok(citingLines.length >= 3, `only ${citingLines.length} citations found`);
    assert.deepStrictEqual([...new Set(citingLines)], expected);
  });

  it('outlines the reference list with its entries', async () => {
    const symbols = await client.request<Array<{ name: string; children?: Array<{ name: string }> }>>('textDocument/documentSymbol', {
      textDocument: { uri: URI },
    });
    const references = symbols.find((s) => s.name === 'References');
    assert.ok(references?.children?.some((c) => c.name === 'Halvorsen, E. (2016)'));
    assert.strictEqual(references?.children?.length, 17);
  });

  it('offers this paper\'s reference keys after "(Hal"', async () => {
    const uri = 'untitled:draft.txt';
    const draft = TEXT.replace('Our argument proceeds', 'As shown (Hal) our argument proceeds');
    client.open(uri, draft);
    const line = draft.split('\n').findIndex((l) => l.includes('(Hal)'));
    const items = await client.request<Array<{ label: string }>>('textDocument/completion', {
      textDocument: { uri },
      position: { line, character: draft.split('\n')[line].indexOf('(Hal)') + 4 },
    });
    assert.deepStrictEqual(items.map((i) => i.label), ['Halvorsen, 2016']);
  });

  it('colours citations with semantic tokens', async () => {
    const tokens = await client.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri: URI } });
    const citations = await client.request<unknown[]>('scholarly/citations', { textDocument: { uri: URI } });
    assert.strictEqual(tokens.data.length, citations.length * 5);
  });
});

describe('per-code severity settings', function () {
  this.timeout(20_000);

  it('turns a diagnostic code off and another into an error', async () => {
    const client = await LspClient.start(null, {
      diagnostics: { severity: { 'unresolved-citation': 'off', 'year-mismatch': 'error' } },
    });
    try {
      client.open(URI, TEXT);
      const diagnostics = await client.diagnosticsFor(URI);
      assert.ok(!diagnostics.some((d) => d.code === 'unresolved-citation'));
      assert.strictEqual(diagnostics.find((d) => d.code === 'year-mismatch')?.severity, 1);
    } finally {
      await client.stop();
    }
  });

  it('answers nothing when Scholarly Lens is disabled', async () => {
    const client = await LspClient.start(null, { enable: false });
    try {
      client.open(URI, TEXT);
      assert.deepStrictEqual(await client.diagnosticsFor(URI), []);
      const hover = await client.request('textDocument/hover', { textDocument: { uri: URI }, position: positionOf('Halvorsen (2016)', 22) });
      assert.strictEqual(hover, null);
    } finally {
      await client.stop();
    }
  });
});
