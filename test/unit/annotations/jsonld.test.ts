import * as assert from 'node:assert/strict';
import {
  ANNOTATION_CONTEXT,
  Annotation,
  MalformedStoreError,
  createAnnotation,
  parseStore,
  serialiseStore,
  withNoteAndTags,
} from '../../../server/src/protocol/annotations';

const PAPER = { relativePath: 'corpus/paper.md', sourceIri: '../corpus/paper.md' };
const TEXT = 'Regional organisations in Central Asia: the SCO and its charter, signed in 2002.';

function semantic(annotation: Annotation) {
  const { original: _original, ...fields } = annotation;
  return fields;
}

function errorOf(run: () => unknown): MalformedStoreError {
  try {
    run();
  } catch (error) {
    assert.ok(error instanceof MalformedStoreError, `expected MalformedStoreError, got ${error}`);
    return error;
  }
  assert.fail('expected the store to be rejected');
}

describe('JSON-LD store format', () => {
  const annotations = [
    createAnnotation(TEXT, { start: 44, end: 47 }, { note: 'Shanghai Cooperation Organisation', tags: ['organisation', 'acronym'] }),
    createAnnotation(TEXT, { start: 0, end: 22 }, { note: '', tags: [] }),
    createAnnotation(TEXT, { start: 52, end: 59 }, { note: 'Line one\nline two "quoted"', tags: ['law'] }),
  ];

  it('round-trips annotations through the W3C Web Annotation JSON-LD form', () => {
    const text = serialiseStore(annotations, PAPER, null);
    const parsed = parseStore(text, 'store.jsonld');
    assert.deepEqual(parsed.annotations.map(semantic), annotations.map(semantic));
    assert.equal(serialiseStore(parsed.annotations, PAPER, parsed.collection), text, 'rewriting what was read changes nothing');
  });

  it('writes the structure of the Web Annotation Data Model', () => {
    const json = JSON.parse(serialiseStore(annotations, PAPER, null));
    assert.equal(json['@context'], ANNOTATION_CONTEXT);
    assert.equal(json.type, 'AnnotationCollection');
    assert.equal(json.total, 3);
    assert.equal(json.first.type, 'AnnotationPage');
    const [first, highlight] = json.first.items;
    assert.equal(first.type, 'Annotation');
    assert.match(first.id, /^urn:uuid:[0-9a-f-]{36}$/);
    assert.equal(first.motivation, 'commenting');
    assert.ok(!Number.isNaN(Date.parse(first.created)) && !Number.isNaN(Date.parse(first.modified)));
    assert.deepEqual(first.body, [
      { type: 'TextualBody', value: 'Shanghai Cooperation Organisation', format: 'text/plain', purpose: 'commenting' },
      { type: 'TextualBody', value: 'organisation', purpose: 'tagging' },
      { type: 'TextualBody', value: 'acronym', purpose: 'tagging' },
    ]);
    assert.deepEqual(first.target, {
      source: '../corpus/paper.md',
      selector: [
        { type: 'TextQuoteSelector', exact: 'SCO', prefix: TEXT.slice(12, 44), suffix: TEXT.slice(47, 79) },
        { type: 'TextPositionSelector', start: 44, end: 47 },
      ],
    });
    assert.equal(highlight.motivation, 'highlighting');
    assert.equal(highlight.body, undefined);
  });

  it('keeps what other tools wrote when it rewrites an annotation', () => {
    const foreign = {
      '@context': ANNOTATION_CONTEXT,
      id: 'https://example.org/collection/1',
      type: 'AnnotationCollection',
      label: 'Imported',
      creator: 'someone',
      first: {
        type: 'AnnotationPage',
        items: [
          {
            id: 'https://example.org/anno/7',
            type: 'Annotation',
            motivation: 'questioning',
            creator: { type: 'Person', name: 'A. Reader' },
            bodyValue: 'Is this right?',
            body: [{ type: 'SpecificResource', source: 'https://example.org/glossary#sco' }],
            target: {
              type: 'SpecificResource',
              source: 'https://example.org/paper.txt',
              selector: [
                { type: 'TextQuoteSelector', exact: 'SCO' },
                { type: 'FragmentSelector', value: 'char=44,47' },
              ],
            },
          },
        ],
      },
    };
    const parsed = parseStore(JSON.stringify(foreign), 'store.jsonld');
    const [annotation] = parsed.annotations;
    assert.equal(annotation.note, 'Is this right?');
    assert.equal(annotation.position, null);
    const edited = withNoteAndTags(annotation, { note: 'Is this right? Yes.', tags: ['checked'] });
    const written = JSON.parse(serialiseStore([edited], PAPER, parsed.collection));
    assert.equal(written.id, 'https://example.org/collection/1');
    assert.equal(written.creator, 'someone');
    const item = written.first.items[0];
    assert.equal(item.motivation, 'questioning');
    assert.deepEqual(item.creator, { type: 'Person', name: 'A. Reader' });
    assert.equal(item.bodyValue, undefined, 'the note moved into a TextualBody, not duplicated');
    assert.deepEqual(item.body, [
      { type: 'TextualBody', value: 'Is this right? Yes.', format: 'text/plain', purpose: 'commenting' },
      { type: 'TextualBody', value: 'checked', purpose: 'tagging' },
      { type: 'SpecificResource', source: 'https://example.org/glossary#sco' },
    ]);
    assert.equal(item.target.source, 'https://example.org/paper.txt');
    assert.equal(item.target.type, 'SpecificResource');
    assert.deepEqual(item.target.selector[1], { type: 'FragmentSelector', value: 'char=44,47' });
  });

  it('reports a syntax error with the file, line and column', () => {
    const text = serialiseStore(annotations, PAPER, null).replace('"total": 3,', '"total": 3,,');
    const error = errorOf(() => parseStore(text, '/w/.annotations/corpus/paper.md.jsonld'));
    assert.equal(error.file, '/w/.annotations/corpus/paper.md.jsonld');
    assert.equal(error.line, 6);
    assert.equal(error.column, 14);
    assert.match(error.message, /^\/w\/\.annotations\/corpus\/paper\.md\.jsonld:6:14: invalid JSON: expected a property name/);
    assert.match(error.message, /read-only/);
  });

  it('reports a truncated file at its end', () => {
    const text = serialiseStore(annotations, PAPER, null);
    const cut = text.slice(0, 200);
    const error = errorOf(() => parseStore(cut, 'cut.jsonld'));
    const lines = cut.split('\n');
    assert.equal(error.line, lines.length);
  });

  it('points at the annotation that breaks the schema', () => {
    const json = JSON.parse(serialiseStore(annotations, PAPER, null));
    delete json.first.items[1].target.selector[0].exact;
    const text = JSON.stringify(json, null, 2);
    const error = errorOf(() => parseStore(text, 'store.jsonld'));
    const expectedLine = text.slice(0, text.indexOf('"TextQuoteSelector"', text.indexOf(json.first.items[1].id))).split('\n').length;
    assert.equal(error.line, expectedLine - 1, 'the line of the selector object, which has no "exact"');
    assert.match(error.problem, /TextQuoteSelector needs a non-empty "exact"/);
  });

  it('rejects an annotation without an id and ids that repeat', () => {
    const json = JSON.parse(serialiseStore(annotations, PAPER, null));
    json.first.items[2].id = json.first.items[0].id;
    assert.match(errorOf(() => parseStore(JSON.stringify(json), 's')).problem, /appears more than once/);
    delete json.first.items[2].id;
    assert.match(errorOf(() => parseStore(JSON.stringify(json), 's')).problem, /has no "id"/);
  });

  it('reads an empty collection and a file with a byte-order mark', () => {
    const text = `\uFEFF${serialiseStore([], PAPER, null)}`;
    assert.deepEqual(parseStore(text, 's').annotations, []);
  });
});

describe('JSON-LD store format: a passage of a PDF paper', () => {
  it('writes the PDF page as a fragment selector and the PDF by its fingerprint, and a later page replaces the earlier one', () => {
    const made = { ...createAnnotation(TEXT, { start: 0, end: 22 }, { note: 'on the first page', tags: [] }), pdf: { fingerprint: 'a1b2c3', page: 4 } };
    const target = JSON.parse(serialiseStore([made], PAPER, null)).first.items[0].target;
    assert.equal(target.scope, 'urn:x-pdf:a1b2c3');
    assert.deepEqual(target.selector[2], { type: 'FragmentSelector', conformsTo: 'http://tools.ietf.org/rfc/rfc3778', value: 'page=4' });
    const read = parseStore(serialiseStore([made], PAPER, null), 'store.jsonld');
    const kept = JSON.parse(serialiseStore(read.annotations, PAPER, read.collection)).first.items[0].target;
    assert.deepEqual(kept, target, 'rewritten as read, the page and fingerprint stay');
    const moved = JSON.parse(serialiseStore([{ ...read.annotations[0], pdf: { fingerprint: 'a1b2c3', page: 7 } }], PAPER, read.collection)).first.items[0].target;
    assert.deepEqual(moved.selector.filter((s: { type: string }) => s.type === 'FragmentSelector').map((s: { value: string }) => s.value), ['page=7']);
  });
});
