/**
 * Speed figures (not a test): request latency of `node dist/server.js --stdio` on the largest paper of the
 * corpus, open in a workspace of all the corpus papers, as a client sees it (round trip over stdio).
 * - hover, definition, references and highlights at every citation, note call, entry, note, organisation
 *   and concept mention, and at ordinary words. The figure is the second pass over the positions: hover
 *   texts are kept per model (features/hoverTexts.ts), so it finds them again, as a reader hovering the
 *   same organisation twice does; the first pass's p99 is printed too;
 * - edit → fresh diagnostics: characters typed one at a time, and pastes, into the body; each edit waits for
 *   its diagnostics, and the figure is the time from the change minus the debounce to publishDiagnostics.
 * Run through `npm run bench`.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { analysePaper, DEFAULT_SEVERITY, Paper, PaperAnalysis, Span } from '../../server/src/analysis';
import { computeLineStarts } from '../../server/src/analysis/text';
import { diagnostics } from '../../server/src/features/diagnostics';
import { toPosition } from '../../server/src/features/positions';
import { createLanguageService } from '../../server/src/service/languageService';
import { defaultSettings } from '../../server/src/service/settings';
import { InMemoryWorkspace } from '../../server/src/workspace/inMemoryWorkspace';
import { CancellationToken } from 'vscode-languageserver';
import { LspClient } from '../protocol/lspClient';
import { samplePapers } from './benchPapers';
import { percentile } from './percentile';

/** The server publishes diagnostics this long after the last change (lsp/diagnosticsPublisher.ts). */
const DEBOUNCE_MS = 150;
const GOALS = { hoverP99: 2, diagnosticsP99: 30 };
/** Ordinary words hovered: one in this many. */
const WORD_STRIDE = 7;
/** Edits each followed at once by a hover. */
const HOVERS_AFTER_EDIT = 10;
const TYPED = ' as the second survey also notes, (Someone, 2011) found no such effect';
const PASTES = [
  '\n\nA pasted paragraph that cites (Nobody & Other, 1999, p. 12) and a note call.3 It goes on for a while, as pasted text does, with a clause or two more than needed.\n',
  ' (see also Anyone et al., 2004; Elsewhere, 2019a)',
];

interface Position {
  line: number;
  character: number;
}

interface Where {
  what: string;
  position: Position;
}

/** Where a reader hovers: the middle of every citation, entry, note and term mention, and ordinary words. */
function readerPositions(paper: Paper): Where[] {
  const out: Where[] = [];
  const at = (what: string, span: Span): void => void out.push({ what, position: toPosition(paper, (span.start + span.end) >> 1) });
  for (const c of paper.citations) at(c.kind === 'footnote' ? 'note call' : 'citation', c.span);
  for (const e of paper.references) at('entry', { start: e.span.start, end: e.span.start + 1 });
  for (const n of paper.notes) at('note', { start: n.span.start, end: n.span.start + 1 });
  for (const o of paper.organisations) for (const m of o.mentions) at('organisation', m);
  for (const c of paper.concepts) for (const m of c.mentions) at('concept', m);
  let k = 0;
  for (const word of paper.text.matchAll(/\p{L}+/gu)) if (k++ % WORD_STRIDE === 0) at('word', { start: word.index!, end: word.index! + 1 });
  return out;
}

function summary(times: number[]): { p50: number; p99: number; max: number } {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted[sorted.length - 1] };
}

function ms(n: number): string {
  return `${n.toFixed(2)} ms`;
}

/** A hover on a document the server does not have open: answered at once, so its round trip is the transport's. */
const FLOOR = { textDocument: { uri: 'file:///not-open.txt' }, position: { line: 0, character: 0 } };

/** Times each request, and after each one a floor request, so that both see the same load on the machine. */
async function timeRequests(client: LspClient, method: string, uri: string, positions: Where[], extra: object = {}): Promise<{ times: number[]; floor: number[] }> {
  const times: number[] = [];
  const floor: number[] = [];
  for (const { position } of positions) {
    let start = performance.now();
    await client.request(method, { textDocument: { uri }, position, ...extra });
    times.push(performance.now() - start);
    start = performance.now();
    await client.request('textDocument/hover', FLOOR);
    floor.push(performance.now() - start);
  }
  return { times, floor };
}

/** Waits until the background index has read every paper (the workspace symbols stop growing). */
async function indexed(client: LspClient): Promise<void> {
  let last = -1;
  for (let stable = 0; stable < 3; ) {
    await new Promise((resolve) => setTimeout(resolve, 300));
    const count = (await client.request<unknown[]>('workspace/symbol', { query: '' })).length;
    stable = count === last ? stable + 1 : 0;
    last = count;
  }
}

interface Edit {
  offset: number;
  insert: string;
}

interface EditTimes {
  /** Change → publishDiagnostics, minus the debounce. */
  diagnostics: number[];
  /** A hover sent as soon as the diagnostics arrived, when asked for. */
  hoverAfter: number[];
  /** The text after each edit. */
  versions: string[];
}

/** Sends the edits one at a time, each after the diagnostics of the one before. */
async function timeEdits(client: LspClient, uri: string, text: string, edits: Edit[], firstVersion: number, hoverAfter: boolean): Promise<EditTimes> {
  let arrived: (() => void) | null = null;
  client.connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string }) => {
    if (p.uri === uri) arrived?.();
  });
  const out: EditTimes = { diagnostics: [], hoverAfter: [], versions: [] };
  let current = text;
  let version = firstVersion;
  for (const edit of edits) {
    const position = toPosition({ lineStarts: computeLineStarts(current) }, edit.offset);
    const published = new Promise<void>((resolve) => (arrived = resolve));
    const start = performance.now();
    client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: ++version },
      contentChanges: [{ range: { start: position, end: position }, text: edit.insert }],
    });
    await published;
    out.diagnostics.push(performance.now() - start - DEBOUNCE_MS);
    if (hoverAfter) {
      const hoverStart = performance.now();
      await client.request('textDocument/hover', { textDocument: { uri }, position });
      out.hoverAfter.push(performance.now() - hoverStart);
    }
    current = current.slice(0, edit.offset) + edit.insert + current.slice(edit.offset);
    out.versions.push(current);
  }
  return out;
}

/** The citation stage of each version in this process (what the server runs before it can build the diagnostics), and building them. */
function analysisTimes(versions: string[]): { analysis: number[]; building: number[] } {
  const analysis: number[] = [];
  const building: number[] = [];
  for (const version of versions) {
    let start = performance.now();
    const cited = new PaperAnalysis(version).cited;
    analysis.push(performance.now() - start);
    start = performance.now();
    diagnostics({ uri: 'file:///bench.txt', paper: cited }, DEFAULT_SEVERITY);
    building.push(performance.now() - start);
  }
  return { analysis, building };
}

/** Typing at the end of a body line a third of the way in, one character at a time, then pastes there. */
function editsOf(paper: Paper): { typed: Edit[]; pasted: Edit[] } {
  const bodyEnd = paper.references[0]?.span.start ?? paper.text.length;
  const line = paper.lineStarts.findIndex((s, i) => s > bodyEnd / 3 && (paper.lineStarts[i + 1] ?? bodyEnd) - s > 60);
  const at = paper.lineStarts[line + 1] - 1;
  const typed = [...TYPED].map((ch, i) => ({ offset: at + i, insert: ch }));
  const end = at + TYPED.length;
  let offset = end;
  const pasted = PASTES.flatMap((insert) => [insert, insert]).map((insert) => {
    const edit = { offset, insert };
    offset += insert.length;
    return edit;
  });
  return { typed, pasted };
}

/** Hovers through the language service in this process, over an in-memory workspace of the same papers: the features' own time. */
async function inProcessHovers(texts: string[], text: string, positions: Where[]): Promise<number[]> {
  const folder = 'memory:///bench';
  const uriOf = (i: number) => `${folder}/paper-${String(i).padStart(2, '0')}.txt`;
  const largest = uriOf(texts.indexOf(text));
  const workspace = new InMemoryWorkspace([folder], Object.fromEntries(texts.map((t, i) => [uriOf(i), t]).filter(([uri]) => uri !== largest)));
  const document = workspace.openDocument(largest, text);
  const settings = defaultSettings();
  const service = createLanguageService({ workspace, settings: { settingsFor: async () => settings }, logger: { log: () => {} } });
  try {
    await service.indexWorkspace();
    const times: number[] = [];
    for (let pass = 0; pass < 2; pass++) {
      times.length = 0;
      for (const { position } of positions) {
        const start = performance.now();
        await service.getHover(document, position, CancellationToken.None);
        times.push(performance.now() - start);
      }
    }
    return times;
  } finally {
    service.dispose();
  }
}

export async function runLspLatencyBench(): Promise<void> {
  const { from, texts } = samplePapers();
  const text = texts.reduce((a, b) => (b.length > a.length ? b : a));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'scholarly-lsp-bench-'));
  texts.forEach((t, i) => fs.writeFileSync(path.join(dir, `paper-${String(i).padStart(2, '0')}.txt`), t));
  const largest = path.join(dir, `paper-${String(texts.indexOf(text)).padStart(2, '0')}.txt`);
  const uri = pathToFileURL(largest).href;
  const paper = analysePaper(text);
  const positions = readerPositions(paper);
  const client = await LspClient.start(pathToFileURL(dir).href);
  try {
    client.open(uri, text);
    await client.diagnosticsFor(uri, 60_000);
    await indexed(client);
    const counts = new Map<string, number>();
    for (const p of positions) counts.set(p.what, (counts.get(p.what) ?? 0) + 1);
    console.log(
      `language server over stdio: largest paper of ${from} (${Buffer.byteLength(text)} bytes), in a workspace of ${texts.length} papers; ` +
        `${positions.length} positions (${[...counts].map(([w, n]) => `${n} ${w}`).join(', ')})`,
    );
    const requests: Array<[string, string, object]> = [
      ['hover', 'textDocument/hover', {}],
      ['definition', 'textDocument/definition', {}],
      ['references', 'textDocument/references', { context: { includeDeclaration: true } }],
      ['document highlight', 'textDocument/documentHighlight', {}],
    ];
    const own = summary(await inProcessHovers(texts, text, positions));
    console.log(`hover in this process (the language service alone, no stdio): p50 ${ms(own.p50)}, p99 ${ms(own.p99)}, max ${ms(own.max)} over ${positions.length} requests`);
    for (const [name, method, extra] of requests) {
      const first = summary((await timeRequests(client, method, uri, positions, extra)).times);
      const { times, floor } = await timeRequests(client, method, uri, positions, extra);
      const s = summary(times);
      const goal = name === 'hover' ? ` (goal ≤ ${GOALS.hoverP99} ms)` : '';
      const byKind = [...counts.keys()].map((what) => `${what} ${ms(summary(times.filter((_, i) => positions[i].what === what)).p99)}`);
      const f = summary(floor);
      console.log(
        `${name} p99: now ${ms(s.p99)}${goal}; p50 ${ms(s.p50)}, max ${ms(s.max)} over ${positions.length} requests (first pass p99 ${ms(first.p99)}); p99 by position: ${byKind.join(', ')}; ` +
          `transport floor (interleaved hovers on a document not open) p50 ${ms(f.p50)}, p99 ${ms(f.p99)}`,
      );
    }
    const { typed, pasted } = editsOf(paper);
    const edits = [...typed, ...pasted];
    const typing = await timeEdits(client, uri, text, edits, 1, false);
    const all = summary(typing.diagnostics);
    const chars = summary(typing.diagnostics.slice(0, typed.length));
    const pastes = summary(typing.diagnostics.slice(typed.length));
    console.log(
      `edit → fresh diagnostics beyond the ${DEBOUNCE_MS} ms debounce, p99: now ${ms(all.p99)} (goal ≤ ${GOALS.diagnosticsP99} ms); p50 ${ms(all.p50)}, max ${ms(all.max)} over ` +
        `${edits.length} edits (${typed.length} typed characters: p50 ${ms(chars.p50)}, p99 ${ms(chars.p99)}; ${pasted.length} pastes: p50 ${ms(pastes.p50)}, p99 ${ms(pastes.p99)})`,
    );
    const stages = analysisTimes(typing.versions);
    const analysis = summary(stages.analysis);
    const building = summary(stages.building);
    console.log(
      `  of which, in this process over the same ${edits.length} versions: citation analysis p50 ${ms(analysis.p50)}, p99 ${ms(analysis.p99)}; building the diagnostics p50 ${ms(building.p50)}, p99 ${ms(building.p99)}`,
    );
    const last = edits[edits.length - 1];
    const more = typed.slice(0, HOVERS_AFTER_EDIT).map((e, i) => ({ offset: last.offset + last.insert.length + i, insert: e.insert }));
    const after = summary((await timeEdits(client, uri, typing.versions[typing.versions.length - 1], more, 1 + edits.length, true)).hoverAfter);
    console.log(`first hover after an edit (reads the organisations and concepts of the new version): p50 ${ms(after.p50)}, max ${ms(after.max)} over ${more.length} edits`);
  } finally {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
