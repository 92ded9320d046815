import * as assert from 'node:assert';
import { CancellationToken } from 'vscode-languageserver';
import { blankMarkdownCode, namesBibliography } from '../../server/src/analysis/markdownCode';
import { createLanguageService } from '../../server/src/service/languageService';
import { defaultSettings } from '../../server/src/service/settings';
import { InMemoryWorkspace } from '../../server/src/workspace/inMemoryWorkspace';

const PAPER = [
  '---',
  'title: Tides (Roe, 1999)',
  '---',
  '# Tides',
  '',
  'Marsh and Tully (2016) logged the tides, and Okafor (2019) the reeds; see `(Roe, 1999)` in the script.',
  '',
  '```python',
  'print("(Roe, 1999)", stream1)',
  '```',
  '',
  '    tides = read("(Roe, 1999)")',
  '',
  '- a list item',
  '',
  '    its second paragraph cites (Okafor, 2019)',
  '',
  '<table>',
  '<tr><td>(Roe, 1999)</td></tr>',
  '</table>',
  '',
  '## References',
  '',
  'Marsh, D., & Tully, E. (2016). Berths and silt. Coastal Review, 4, 12-40.',
  '',
  'Okafor, B. (2019). Reeds of the lower river. Delta Notes, 7, 1-9.',
  '',
].join('\n');

describe('Markdown code is not prose', () => {
  it('blanks front matter, fences, indented code, HTML blocks and inline code, keeping every offset and line', () => {
    const blanked = blankMarkdownCode(PAPER);
    assert.strictEqual(blanked.length, PAPER.length);
    assert.deepStrictEqual(blanked.split('\n').map((l) => l.length), PAPER.split('\n').map((l) => l.length));
    assert.doesNotMatch(blanked, /Roe|stream1|print|tides =|<table>/);
    assert.match(blanked, /Marsh and Tully \(2016\) logged the tides/);
    assert.match(blanked, /its second paragraph cites \(Okafor, 2019\)/, 'a list item\'s indented paragraph is prose');
  });

  it('tells a front matter that names a bibliography, closed by --- or ..., with CRLF too, from one that does not', () => {
    assert.strictEqual(namesBibliography('---\ntitle: Draft\nbibliography: refs.bib\n---\nText'), true);
    assert.strictEqual(namesBibliography('---\r\ntitle: Draft\r\nbibliography: refs.bib\r\n...\r\nText'), true);
    assert.strictEqual(namesBibliography('---\ntitle: Draft\n---\nbibliography: refs.bib\n'), false, 'after the front matter');
    assert.strictEqual(namesBibliography('# Draft\n---\nbibliography: refs.bib\n---\n'), false, 'no front matter on the first line');
    assert.strictEqual(namesBibliography('---\nbibliography: refs.bib\n'), false, 'never closed');
  });

  it('blanks link targets and definitions but keeps link text and Markdown footnotes', () => {
    const text = [
      'See the [tide tables](https://example.org/Roe-(1999) "Tables") and <https://example.org/Roe-1999>.',
      '[tables]: https://example.org/Okafor2019',
      '[^1]: A note citing (Okafor, 2019).',
    ].join('\n');
    const blanked = blankMarkdownCode(text);
    assert.strictEqual(blanked.length, text.length);
    const spaces = (s: string) => ' '.repeat(s.length);
    const target = '(https://example.org/Roe-(1999) "Tables")';
    const autolink = '<https://example.org/Roe-1999>';
    assert.strictEqual(blanked.split('\n')[0], `See the [tide tables]${spaces(target)} and ${spaces(autolink)}.`);
    assert.strictEqual(blanked.split('\n')[1].trim(), '');
    assert.strictEqual(blanked.split('\n')[2], '[^1]: A note citing (Okafor, 2019).');
  });

  it('finds no citation inside the code of a Markdown paper, and every one in its prose', async () => {
    const workspace = new InMemoryWorkspace(['memory:///w']);
    const service = createLanguageService({ workspace, settings: { settingsFor: async () => defaultSettings() }, logger: { log: () => undefined } });
    try {
      const doc = workspace.openDocument('memory:///w/tides.md', PAPER);
      const cited = (await service.getCitations(doc, CancellationToken.None)).map((c) => [c.text, c.status]);
      // A citation's text is its name part and year, without the outer brackets.
      assert.deepStrictEqual(cited, [
        ['Marsh and Tully (2016', 'resolved'],
        ['Okafor (2019', 'resolved'],
        ['Okafor, 2019', 'resolved'],
      ]);
    } finally {
      service.dispose();
    }
  });
});
