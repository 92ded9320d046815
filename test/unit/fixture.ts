/**
 * Test fixtures that mark what they expect in the paper text itself (after texlab's `test-utils` fixtures):
 *
 *     %! a.txt
 *     Quotas rose (Brenner & Osei, 2019).
 *                   |
 *                  ^^^^^^^^^^^^^^^^^^^^
 *     %! b.txt
 *     ...
 *
 * `%! name` starts a file. A line made only of spaces, `|` and `^` marks the nearest text line above it and is
 * not part of the text: `|` is the cursor (at most one per fixture), each run of `^` an expected range. Up to
 * the indentation of the first `%!` line is taken off every line, so fixtures can be indented with the test code.
 */
import * as assert from 'node:assert';
import { CancellationToken, Location, Position } from 'vscode-languageserver';
import { createLanguageService, IScholarlyLanguageService } from '../../server/src/service/languageService';
import { InMemoryWorkspace } from '../../server/src/workspace/inMemoryWorkspace';
import { PaperDocument } from '../../server/src/workspace/workspace';
import { defaultSettings, Settings } from '../../server/src/service/settings';
import { LogLevel } from '../../server/src/logging';

/** Not a file scheme, so the service reads no annotation store from disk. */
export const FOLDER_URI = 'memory:///papers';

export interface FixtureFile {
  name: string;
  uri: string;
  text: string;
}

export interface Fixture {
  files: FixtureFile[];
  cursor: { uri: string; position: Position } | null;
  /** The `^^^` ranges, file by file in fixture order. */
  ranges: Location[];
}

const FILE_LINE = /^%!\s*(\S+)\s*$/;
const MARKER_LINE = /^ *[|^][ |^]*$/;

export function uriOf(name: string): string {
  return `${FOLDER_URI}/${name}`;
}

export function parseFixture(source: string): Fixture {
  const lines = source.split('\n');
  const first = lines.findIndex((l) => l.trim() !== '');
  const indent = /^ */.exec(lines[first] ?? '')![0].length;
  const dedent = (line: string) => line.slice(Math.min(indent, /^ */.exec(line)![0].length));
  if (!FILE_LINE.test(dedent(lines[first] ?? ''))) throw new Error('a fixture starts with a "%! name" line');

  const files: FixtureFile[] = [];
  const ranges: Location[] = [];
  let cursor: Fixture['cursor'] = null;
  let text: string[] = [];
  const finishFile = () => {
    if (files.length) files[files.length - 1].text = text.join('\n').trimEnd();
  };
  for (const raw of lines.slice(first)) {
    const line = dedent(raw);
    const file = FILE_LINE.exec(line);
    if (file) {
      finishFile();
      files.push({ name: file[1], uri: uriOf(file[1]), text: '' });
      text = [];
      continue;
    }
    if (!MARKER_LINE.test(line)) {
      text.push(line);
      continue;
    }
    if (text.length === 0) throw new Error(`a marker line with no text line above it: ${line}`);
    const uri = files[files.length - 1].uri;
    const marked = text.length - 1;
    for (const m of line.matchAll(/\|/g)) {
      if (cursor) throw new Error('a fixture has at most one cursor');
      cursor = { uri, position: { line: marked, character: m.index! } };
    }
    for (const m of line.matchAll(/\^+/g)) {
      ranges.push({ uri, range: { start: { line: marked, character: m.index! }, end: { line: marked, character: m.index! + m[0].length } } });
    }
  }
  finishFile();
  return { files, cursor, ranges };
}

export interface FixtureOptions {
  /** Where the files other than the cursor's are: open in the editor, or on "disk" and indexed (the default). */
  others?: 'open' | 'disk';
  /** Changes the default settings. */
  settings?: (settings: Settings) => void;
  /** The client runs the copy command (as VS Code does): entry hovers link to it, entries get code actions for it. */
  entryCopyCommands?: boolean;
}

/** A fixture over a language service: the cursor's file (else the first) is open as `document`. */
export interface FixtureSession {
  fixture: Fixture;
  workspace: InMemoryWorkspace;
  service: IScholarlyLanguageService;
  document: PaperDocument;
  /** The cursor; fails the test when the fixture has none. */
  readonly position: Position;
  /** Every line the service logged. */
  logged: string[];
}

export async function openFixture(source: string, options: FixtureOptions = {}): Promise<FixtureSession> {
  const fixture = parseFixture(source);
  const main = fixture.cursor?.uri ?? fixture.files[0].uri;
  const isOpen = (f: FixtureFile) => f.uri === main || options.others === 'open';
  const disk = Object.fromEntries(fixture.files.filter((f) => !isOpen(f)).map((f) => [f.uri, f.text]));
  const workspace = new InMemoryWorkspace([FOLDER_URI], disk);
  const opened = fixture.files.filter(isOpen).map((f) => workspace.openDocument(f.uri, f.text));

  const settings = defaultSettings();
  // A fixture is a few lines, not a paper: features show in it as in every document unless a test says otherwise.
  settings.showIn = 'everyDocument';
  options.settings?.(settings);
  const logged: string[] = [];
  const service = createLanguageService({
    workspace,
    settings: { settingsFor: async () => settings },
    logger: { log: (level, message) => logged.push(`${LogLevel[level]}: ${message}`) },
    entryCopyCommands: options.entryCopyCommands,
  });
  await service.indexWorkspace();
  return {
    fixture,
    workspace,
    service,
    document: opened.find((d) => d.uri === main)!,
    get position() {
      assert.ok(fixture.cursor, 'the fixture has no cursor');
      return fixture.cursor.position;
    },
    logged,
  };
}

/**
 * For a `describe` block: opens fixtures and, after each test, disposes their services and checks that
 * none of them logged an error (a failing feature answers with a fallback, so only the log tells).
 */
export function useFixtures(): (source: string, options?: FixtureOptions) => Promise<FixtureSession> {
  let sessions: FixtureSession[] = [];
  afterEach(() => {
    const errors = sessions.flatMap((s) => s.logged.filter((l) => l.startsWith(`${LogLevel[LogLevel.Error]}:`)));
    for (const s of sessions) s.service.dispose();
    sessions = [];
    assert.deepStrictEqual(errors, []);
  });
  return async (source, options) => {
    const session = await openFixture(source, options);
    sessions.push(session);
    return session;
  };
}

export const notCancelled = CancellationToken.None;
export const cancelled = CancellationToken.Cancelled;
