import * as assert from 'node:assert';
import { CompletionItemKind } from 'vscode-languageserver';
import { cancelled, notCancelled, useFixtures } from '../fixture';

describe('completion', () => {
  const open = useFixtures();

  const references = `
    References

    - Orme, K. & Pryce, L. (2008). Canal tolls. Stoke: Lock Press.
    - Orme, K. (2012). Towpaths. Stoke: Lock Press.
    - Sayer, N., Tull, O. & Ward, P. (2019). Barges. Stoke: Lock Press.
  `;

  it('offers every reference key right after "("', async () => {
    const s = await open(`
      %! a.txt
      Boats paid by the ton (
                             |
      ${references}
    `);
    const items = await s.service.getCompletionItems(s.document, s.position, notCancelled);
    assert.deepStrictEqual(items.map((i) => i.label), ['Orme & Pryce, 2008', 'Orme, 2012', 'Sayer et al., 2019']);
    assert.deepStrictEqual(
      { kind: items[0].kind, detail: items[0].detail, documentation: items[0].documentation },
      { kind: CompletionItemKind.Reference, detail: 'Orme, K. & Pryce, L. (2008)', documentation: 'Orme, K. & Pryce, L. (2008). Canal tolls. Stoke: Lock Press.' },
    );
  });

  it('offers the keys starting with the word typed after "("', async () => {
    const s = await open(`
      %! a.txt
      Boats paid by the ton (Or
                               |
      ${references}
    `);
    const items = await s.service.getCompletionItems(s.document, s.position, notCancelled);
    assert.deepStrictEqual(items.map((i) => i.label), ['Orme & Pryce, 2008', 'Orme, 2012']);
  });

  it('offers nothing outside an open parenthesis, and nothing when cancelled', async () => {
    const s = await open(`
      %! a.txt
      Boats paid by the ton (
                             |
      ${references}
    `);
    assert.deepStrictEqual(await s.service.getCompletionItems(s.document, { line: 0, character: 5 }, notCancelled), []);
    assert.deepStrictEqual(await s.service.getCompletionItems(s.document, s.position, cancelled), []);
  });
});
