/**
 * The sample papers' terms, hovered as a reader would: each use of a term (up to five lines besides the first)
 * should show what it means. The expected gists are our own words (test/fixtures/corpus-gists.json); a hover
 * counts when it holds at least 40% of the gist's content words, as the shared scorer counts concept.gist.
 */
import * as assert from 'node:assert';
import * as fs from 'fs';
import * as path from 'path';
import { MarkupContent } from 'vscode-languageserver';
import { analysePaper, lineAt } from '../../server/src/analysis';
import { createLanguageService } from '../../server/src/service/languageService';
import { defaultSettings } from '../../server/src/service/settings';
import { InMemoryWorkspace } from '../../server/src/workspace/inMemoryWorkspace';
import { FOLDER_URI, notCancelled, uriOf } from './fixture';

const ROOT = path.resolve(__dirname, '../../..');
const CORPUS = path.join(ROOT, 'corpus');
const GISTS: { concepts: Array<{ paper: string; term: string; gist: string }> } = JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/corpus-gists.json'), 'utf8'));

/** Words the gist measure leaves out, as the shared scorer does. */
const STOP = new Set(
  ('that this which from their into than also such these those other more most have them they there then when where what while with within without about ' +
    'after before between through during under over upon only both each some very will would could should must been being does done made make itself ' +
    'whose whom because since however thus hence here').split(' '),
);

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** Content words as 5-letter stems, without the term's own words. */
function contentStems(text: string, term: string): Set<string> {
  const drop = new Set((fold(term).match(/[a-z]{4,}/g) ?? []).map((w) => w.slice(0, 5)));
  return new Set((fold(text).match(/[a-z]{4,}/g) ?? []).filter((w) => !STOP.has(w)).map((w) => w.slice(0, 5)).filter((w) => !drop.has(w)));
}

describe('the sample papers explain their terms on hover', () => {
  it('shows a hover on the uses of each term, and what the term means on at least 75% of them', async () => {
    const names = fs.readdirSync(CORPUS);
    const workspace = new InMemoryWorkspace([FOLDER_URI], {});
    const documents = new Map(names.map((n) => [n, workspace.openDocument(uriOf(n), fs.readFileSync(path.join(CORPUS, n), 'utf8'))]));
    const service = createLanguageService({ workspace, settings: { settingsFor: async () => defaultSettings() }, logger: { log: () => undefined } });
    await service.indexWorkspace();
    let checks = 0;
    let hovered = 0;
    let explained = 0;
    const misses: string[] = [];
    try {
      for (const { paper, term, gist } of GISTS.concepts) {
        const document = documents.get(paper);
        assert.ok(document, `${paper} is not in corpus/`);
        const lines = document.getText().split('\n');
        // Uses in the body: a title in the reference list hovers as its entry.
        const model = analysePaper(document.getText());
        const entryLines = new Set(model.references.map((r) => lineAt(model.lineStarts, r.span.start)));
        const uses = lines.flatMap((l, line) => (!entryLines.has(line) && fold(l).includes(fold(term)) ? [{ line, character: fold(l).indexOf(fold(term)) + 1 }] : []));
        assert.ok(uses.length > 0, `"${term}" does not occur in ${paper}`);
        const want = contentStems(gist, term);
        for (const position of uses.slice(1, 6).concat(uses.length === 1 ? uses : [])) {
          checks++;
          const hover = await service.getHover(document, position, notCancelled);
          const shown = hover ? (hover.contents as MarkupContent).value : '';
          if (shown.length > term.length + 10) hovered++;
          const got = contentStems(shown, term);
          if ([...want].filter((w) => got.has(w)).length >= 0.4 * want.size) explained++;
          else misses.push(`${paper}:${position.line + 1} "${term}" shows ${JSON.stringify(shown.slice(0, 160))}`);
        }
      }
    } finally {
      service.dispose();
    }
    assert.ok(hovered >= 0.9 * checks, `hovers on ${hovered} of ${checks} uses`);
    assert.ok(explained >= 0.75 * checks, `the meaning is shown on ${explained} of ${checks} uses; misses:\n${misses.join('\n')}`);
  });
});
