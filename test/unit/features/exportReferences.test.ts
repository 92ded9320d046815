import * as assert from 'node:assert';
import { COPY_ENTRY_COMMAND } from '../../../server/src/protocol';
import { notCancelled, useFixtures } from '../fixture';

const GARROW = '- Garrow, M. & Penn, T. (2010). Hedges of the western parishes. *Journal of Field Boundaries*, 12(3), 45-67. https://doi.org/10.5555/hedges.2010';
const IVES = '- Ives, D. (2006). Fields. Truro: Lane Press.';

/** The paper, with the cursor on the entry `marked` when given. */
function paper(marked?: 'garrow' | 'ives'): string {
  const cursor = '    |';
  return [
    '%! a.txt',
    'Hedges bound the fields (Garrow & Penn, 2010), and furrows the hedges (Ives, 2006).',
    '',
    'References',
    '',
    GARROW,
    ...(marked === 'garrow' ? [cursor] : []),
    IVES,
    ...(marked === 'ives' ? [cursor] : []),
  ].join('\n');
}

describe('exporting reference entries', () => {
  const open = useFixtures();

  it('writes every entry as BibTeX with keys made of author, year and title word', async () => {
    const s = await open(paper());
    const { text, count } = await s.service.exportReferences(s.document, 'bibtex', undefined, notCancelled);
    assert.strictEqual(count, 2);
    assert.match(text, /^@article\{Garrow2010Hedges,$/m);
    assert.match(text, /^\tauthor = \{Garrow, M\. and Penn, T\.\},$/m);
    assert.match(text, /^\tjournal = \{Journal of Field Boundaries\},$/m);
    assert.match(text, /^\tpages = \{45--67\},$/m);
    assert.match(text, /^\tdoi = \{10\.5555\/hedges\.2010\},$/m);
    assert.match(text, /^@book\{Ives2006Fields,$/m);
    assert.match(text, /^\tpublisher = \{Lane Press\},$/m);
  });

  it('writes one entry asked for by id, and nothing for an id the paper does not have', async () => {
    const s = await open(paper());
    const one = await s.service.exportReferences(s.document, 'ris', [1], notCancelled);
    assert.strictEqual(one.count, 1);
    assert.match(one.text, /^TY {2}- BOOK$/m);
    assert.match(one.text, /^AU {2}- Ives, D\.$/m);
    assert.doesNotMatch(one.text, /Garrow/);
    assert.deepStrictEqual(await s.service.exportReferences(s.document, 'csl-json', [7], notCancelled), { text: '', count: 0 });
  });

  it('links an entry hover to the copy command only for a client that runs it', async () => {
    const linked = await open(paper('ives'), { entryCopyCommands: true });
    const hover = await linked.service.getHover(linked.document, linked.position, notCancelled);
    const value = (hover?.contents as { value: string }).value;
    const link = new RegExp(`\\[BibTeX\\]\\(command:${COPY_ENTRY_COMMAND}\\?([^)]+)\\)`).exec(value);
    assert.ok(link, value);
    assert.deepStrictEqual(JSON.parse(decodeURIComponent(link[1])), [linked.document.uri, 1, 'bibtex']);
    assert.match(value, /\[CSL-JSON\]\(command:/);

    const plain = await open(paper('ives'));
    const plainHover = await plain.service.getHover(plain.document, plain.position, notCancelled);
    assert.doesNotMatch((plainHover?.contents as { value: string }).value, /command:/);
  });

  it('offers copying the entry under the cursor as code actions, and none in the body', async () => {
    const s = await open(paper('garrow'), { entryCopyCommands: true });
    const range = { start: s.position, end: s.position };
    const actions = await s.service.getCodeActions(s.document, range, { diagnostics: [] }, notCancelled);
    assert.deepStrictEqual(
      actions.map((a) => [a.title, a.command?.command, a.command?.arguments]),
      ['BibTeX', 'CSL-JSON', 'RIS'].map((name, i) => [`Copy entry as ${name}`, COPY_ENTRY_COMMAND, [s.document.uri, 0, ['bibtex', 'csl-json', 'ris'][i]]]),
    );
    const body = { start: { line: 0, character: 3 }, end: { line: 0, character: 3 } };
    assert.deepStrictEqual(await s.service.getCodeActions(s.document, body, { diagnostics: [] }, notCancelled), []);
  });
});
