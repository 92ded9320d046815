import * as assert from 'node:assert/strict';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createAnnotation, locatePaper, saveChanges } from '../../../server/src/protocol/annotations';
import { annotationHover } from '../../../server/src/features/annotationHover';
import { annotationSymbols } from '../../../server/src/features/annotationSymbols';
import { AnchoredAnnotations } from '../../../server/src/features/annotationCache';

const TEXT = 'First line of the paper.\nThe SCO charter commits members to mutual trust.\nLast line.\n';

describe('annotations in the language server', () => {
  let workspace: string;
  let paperUri: string;
  let folderUri: string;
  let annotations: AnchoredAnnotations;

  beforeEach(async () => {
    annotations = new AnchoredAnnotations();
    workspace = await mkdtemp(path.join(tmpdir(), 'scholarly-lens-lsp-'));
    const paper = path.join(workspace, 'paper.md');
    await writeFile(paper, TEXT);
    paperUri = pathToFileURL(paper).href;
    folderUri = pathToFileURL(workspace).href;
    const start = TEXT.indexOf('mutual trust');
    await saveChanges(locatePaper(workspace, paper), {
      upsert: [
        createAnnotation(TEXT, { start, end: start + 12 }, { note: 'Core *principle*', tags: ['norms'] }),
        createAnnotation(TEXT, { start: 0, end: 10 }, { note: '', tags: [] }),
        { ...createAnnotation(TEXT, { start: 0, end: 5 }, { note: 'lost', tags: [] }), quote: { exact: 'gone passage', prefix: '', suffix: '' }, position: null },
      ],
    });
  });

  afterEach(async () => {
    await rm(workspace, { recursive: true, force: true });
  });

  it('shows the note and tags on hover over the annotated passage, escaped as Markdown', async () => {
    const hover = await annotationHover(annotations, paperUri, TEXT, folderUri, { line: 1, character: 40 });
    assert.ok(hover);
    assert.deepEqual(hover.range, { start: { line: 1, character: 35 }, end: { line: 1, character: 47 } });
    const value = (hover.contents as { value: string }).value;
    assert.match(value, /`norms`/);
    assert.match(value, /Core \\\*principle\\\*/);
    assert.equal(await annotationHover(annotations, paperUri, TEXT, folderUri, { line: 2, character: 2 }), null);
  });

  it('re-anchors against the text the editor has, saved or not', async () => {
    const edited = `New opening paragraph.\n\n${TEXT}`;
    const hover = await annotationHover(annotations, paperUri, edited, folderUri, { line: 3, character: 40 });
    assert.deepEqual(hover?.range, { start: { line: 3, character: 35 }, end: { line: 3, character: 47 } });
  });

  it('lists anchored annotations as document symbols under one group, leaving orphans out', async () => {
    const [group, ...rest] = await annotationSymbols(annotations, paperUri, TEXT, folderUri);
    assert.equal(rest.length, 0);
    assert.equal(group.name, 'Annotations');
    assert.deepEqual(
      group.children?.map((s) => s.name),
      ['“First line”', 'Core *principle*'],
    );
    assert.deepEqual(group.range, { start: { line: 0, character: 0 }, end: { line: 1, character: 47 } });
  });

  it('offers nothing for a paper outside the folder, without a store, or with a broken one', async () => {
    const other = pathToFileURL(path.join(tmpdir(), 'elsewhere.md')).href;
    assert.deepEqual(await annotationSymbols(annotations, other, TEXT, folderUri), []);
    await writeFile(path.join(workspace, 'plain.md'), TEXT);
    assert.deepEqual(await annotationSymbols(annotations, pathToFileURL(path.join(workspace, 'plain.md')).href, TEXT, folderUri), []);
    await mkdir(path.join(workspace, '.annotations'), { recursive: true });
    await writeFile(path.join(workspace, '.annotations', 'paper.md.jsonld'), '{ broken');
    assert.deepEqual(await annotationSymbols(annotations, paperUri, TEXT, folderUri), []);
    assert.equal(await annotationHover(annotations, paperUri, TEXT, folderUri, { line: 1, character: 40 }), null);
  });
});
