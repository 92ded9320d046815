/**
 * Mutated papers never break the service: the embedded samples, cut, doubled and sprinkled with brackets,
 * note marks, years, line breaks and carriage returns, are analysed and asked every request at random
 * positions; no request fails (the service logs no error) and every citation points into the text.
 */
import * as assert from 'node:assert';
import * as fs from 'fs';
import * as path from 'path';
import { analysePaper, findDiagnostics, targetsOf } from '../../server/src/analysis';
import { createLanguageService } from '../../server/src/service/languageService';
import { InMemoryWorkspace } from '../../server/src/workspace/inMemoryWorkspace';
import { defaultSettings } from '../../server/src/service/settings';
import { LogLevel } from '../../server/src/logging';
import { FOLDER_URI, notCancelled, uriOf } from './fixture';
import { seededRandom } from '../synthetic/seededRandom';

const CORPUS = path.resolve(__dirname, '../../../corpus');
const MUTANTS_PER_PAPER = 40;
const POSITIONS_PER_MUTANT = 8;
const SPRINKLES = ['(', ')', '[', ']', '¹', '²³', ';', ', ', '&', ' et al.', ' 2019', '(2019a)', '\n', '\r', '\r\n', '\n\nReferences\n', '–', '[^2]', '.'];

/** A few edits of one of four kinds: cut a span, double a span, insert a sprinkle, move a line. */
function mutate(text: string, next: () => number): string {
  let out = text;
  const edits = 1 + Math.floor(next() * 6);
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(next() * out.length);
    const length = Math.floor(next() * 200);
    const kind = Math.floor(next() * 4);
    if (kind === 0) out = out.slice(0, at) + out.slice(at + length);
    else if (kind === 1) out = out.slice(0, at) + out.slice(at, at + length).repeat(2) + out.slice(at + length);
    else if (kind === 2) out = out.slice(0, at) + SPRINKLES[Math.floor(next() * SPRINKLES.length)] + out.slice(at);
    else {
      const lines = out.split('\n');
      const [line] = lines.splice(Math.floor(next() * lines.length), 1);
      lines.splice(Math.floor(next() * lines.length), 0, line);
      out = lines.join('\n');
    }
  }
  return out;
}

describe('mutated papers', () => {
  for (const name of fs.readdirSync(CORPUS).filter((f) => /\.(txt|md)$/.test(f))) {
    it(`${MUTANTS_PER_PAPER} mutants of ${name}: analysed, and every request answered without an error`, async () => {
      const original = fs.readFileSync(path.join(CORPUS, name), 'utf8');
      const next = seededRandom(name.length * 7919);
      const logged: string[] = [];
      const workspace = new InMemoryWorkspace([FOLDER_URI]);
      const settings = defaultSettings();
      const service = createLanguageService({
        workspace,
        settings: { settingsFor: async () => settings },
        logger: { log: (level, message) => level === LogLevel.Error && logged.push(message) },
      });
      for (let k = 0; k < MUTANTS_PER_PAPER; k++) {
        const text = mutate(original, next);
        const paper = analysePaper(text);
        findDiagnostics(paper);
        for (const c of paper.citations) {
          assert.ok(c.span.start >= 0 && c.span.end <= text.length && c.span.start < c.span.end, `citation ${c.text} lies in the text`);
          assert.strictEqual(text.slice(c.span.start, c.span.end), c.text, 'a citation is the text at its span');
          targetsOf(paper, c);
        }
        const doc = workspace.openDocument(uriOf(`mutant-${k}.txt`), text);
        const lines = text.split('\n');
        for (let p = 0; p < POSITIONS_PER_MUTANT; p++) {
          const line = Math.floor(next() * lines.length);
          const position = { line, character: Math.floor(next() * (lines[line].length + 1)) };
          await service.getHover(doc, position, notCancelled);
          await service.getDefinition(doc, position, notCancelled);
          await service.getReferences(doc, position, { includeDeclaration: true }, notCancelled);
          await service.getDocumentHighlights(doc, position, notCancelled);
          await service.getCompletionItems(doc, position, notCancelled);
        }
        const diagnostics = await service.computeDiagnostics(doc, notCancelled);
        for (const d of diagnostics) await service.getCodeActions(doc, d.range, { diagnostics: [d] }, notCancelled);
        await service.getDocumentSymbols(doc, notCancelled);
        await service.getSemanticTokens(doc, notCancelled);
        await service.getCitations(doc, notCancelled);
        workspace.closeDocument(doc.uri);
      }
      await service.getWorkspaceSymbols('a', notCancelled);
      await service.getGlossary(notCancelled);
      assert.deepStrictEqual(logged, []);
    });
  }
});
