import * as assert from 'node:assert/strict';
import { annotationsAsMarkdown, createAnnotation } from '../../../server/src/protocol/annotations';

const TEXT = 'Intro.\nThe SCO charter commits members\nto mutual trust.\n';

describe('Markdown export', () => {
  it('gives per paper the quote, note, tags and location of each annotation, orphans last', () => {
    const start = TEXT.indexOf('commits');
    const anchored = createAnnotation(TEXT, { start, end: TEXT.indexOf('trust') + 5 }, { note: 'Key norm.', tags: ['charter', 'norms'] });
    const orphan = { ...createAnnotation(TEXT, { start: 0, end: 6 }, { note: '', tags: [] }), quote: { exact: 'A deleted sentence.', prefix: '', suffix: '' }, position: null };
    const markdown = annotationsAsMarkdown([
      { relativePath: 'papers/sco.txt', text: TEXT, annotations: [orphan, anchored] },
      { relativePath: 'papers/empty.txt', text: TEXT, annotations: [] },
    ]);
    assert.equal(
      markdown,
      [
        '# Annotations',
        '',
        '## papers/sco.txt',
        '',
        '### Line 2, column 17',
        '',
        '> commits members',
        '> to mutual trust',
        '',
        'Key norm.',
        '',
        'Tags: `charter`, `norms`',
        '',
        '### Orphaned (the passage is no longer in the paper)',
        '',
        '> A deleted sentence.',
        '',
      ].join('\n'),
    );
  });

  it('says so when there is nothing to export', () => {
    assert.equal(annotationsAsMarkdown([]), '# Annotations\n\nNo annotations yet.\n');
  });
});
