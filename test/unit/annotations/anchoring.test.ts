import * as assert from 'node:assert/strict';
import { CONTEXT_LENGTH, anchor, createAnnotation, reanchor, selectorsFor } from '../../../server/src/protocol/annotations';

const PAPER = [
  'The Shanghai Cooperation Organisation was founded in 2001.',
  'Its charter commits members to mutual trust and non-interference.',
  'Critics argue that the charter commits members to very little in practice.',
].join('\n');

function spanOf(text: string, passage: string, from = 0) {
  const start = text.indexOf(passage, from);
  assert.ok(start >= 0, `"${passage}" is not in the text`);
  return { start, end: start + passage.length };
}

describe('anchoring', () => {
  it('describes a passage with its quote, about 32 characters of context and its position', () => {
    const span = spanOf(PAPER, 'mutual trust');
    const { quote, position } = selectorsFor(PAPER, span);
    assert.equal(quote.exact, 'mutual trust');
    assert.equal(quote.prefix, PAPER.slice(span.start - CONTEXT_LENGTH, span.start));
    assert.equal(quote.suffix, PAPER.slice(span.end, span.end + CONTEXT_LENGTH));
    assert.deepEqual(position, span);
  });

  it('uses the stored position while the text there is still the quote', () => {
    const span = spanOf(PAPER, 'mutual trust');
    const { quote, position } = selectorsFor(PAPER, span);
    assert.deepEqual(anchor(PAPER, quote, position), { status: 'anchored', span, method: 'position' });
  });

  it('finds the quote again after text is inserted before it', () => {
    const { quote, position } = selectorsFor(PAPER, spanOf(PAPER, 'mutual trust'));
    const edited = `Abstract. A short study of regional bodies.\n\n${PAPER}`;
    assert.deepEqual(anchor(edited, quote, position), { status: 'anchored', span: spanOf(edited, 'mutual trust'), method: 'quote' });
  });

  it('chooses among repeated quotes by their context before their nearness to the old position', () => {
    const second = spanOf(PAPER, 'charter commits members', PAPER.indexOf('Critics'));
    const { quote, position } = selectorsFor(PAPER, second);
    // 200 characters inserted before the second occurrence put its old position nearer the first.
    const insertAt = PAPER.indexOf('Critics');
    const edited = `${PAPER.slice(0, insertAt)}${'New sentence here. '.repeat(10)}\n${PAPER.slice(insertAt)}`;
    const result = anchor(edited, quote, position);
    assert.deepEqual(result, { status: 'anchored', span: spanOf(edited, 'charter commits members', edited.indexOf('Critics')), method: 'quote' });
  });

  it('takes the occurrence nearest the old position when the contexts match equally', () => {
    const text = 'x '.repeat(40) + 'same words' + ' y'.repeat(40) + '\n' + 'x '.repeat(40) + 'same words' + ' y'.repeat(40);
    const second = spanOf(text, 'same words', 100);
    const { quote } = selectorsFor(text, second);
    const shifted = { start: second.start + 3, end: second.end + 3 };
    const result = anchor(text, quote, shifted);
    assert.deepEqual(result, { status: 'anchored', span: second, method: 'quote' });
  });

  it('falls back to a fuzzy match when the passage itself was edited', () => {
    const { quote, position } = selectorsFor(PAPER, spanOf(PAPER, 'commits members to mutual trust and non-interference'));
    const edited = PAPER.replace('mutual trust', 'mutual confidence');
    const result = anchor(edited, quote, position);
    assert.equal(result.status, 'anchored');
    assert.equal(result.status === 'anchored' && result.method, 'fuzzy');
    const found = result.status === 'anchored' ? edited.slice(result.span.start, result.span.end) : '';
    assert.match(found, /commits members to mutual confidence and non-interference/);
  });

  it('orphans an annotation whose passage was deleted', () => {
    const { quote, position } = selectorsFor(PAPER, spanOf(PAPER, 'Its charter commits members to mutual trust and non-interference.'));
    const edited = PAPER.replace('Its charter commits members to mutual trust and non-interference.\n', '');
    assert.deepEqual(anchor(edited, quote, position), { status: 'orphaned' });
  });

  it('counts TextPositionSelector offsets in code points, not UTF-16 units', () => {
    const text = '😀😀 Emoji before the passage.';
    const span = spanOf(text, 'passage');
    const { position } = selectorsFor(text, span);
    assert.deepEqual(position, { start: span.start - 2, end: span.end - 2 });
    assert.deepEqual(anchor(text, selectorsFor(text, span).quote, position), { status: 'anchored', span, method: 'position' });
  });

  it('never splits a surrogate pair at the edge of the context', () => {
    const text = `${'😀'.repeat(40)}passage${'😀'.repeat(40)}`;
    const { quote } = selectorsFor(text, spanOf(text, 'passage'));
    assert.ok(!/^[\uDC00-\uDFFF]/.test(quote.prefix), 'prefix starts with half an emoji');
    assert.ok(!/[\uD800-\uDBFF]$/.test(quote.suffix), 'suffix ends with half an emoji');
  });

  it('brings the selectors of a re-anchored annotation up to date, and leaves an orphan as it was', () => {
    const annotation = createAnnotation(PAPER, spanOf(PAPER, 'mutual trust'), { note: 'key claim', tags: [] });
    const edited = `Preface.\n${PAPER}`;
    const moved = reanchor(annotation, edited);
    assert.deepEqual(moved.annotation.position, spanOf(edited, 'mutual trust'));
    assert.equal(moved.annotation.modified, annotation.modified);
    assert.equal(reanchor(moved.annotation, edited).annotation, moved.annotation, 'an unchanged annotation is returned as is');
    const orphan = reanchor(annotation, 'Nothing of the paper is left.');
    assert.equal(orphan.annotation, annotation);
    assert.deepEqual(orphan.anchoring, { status: 'orphaned' });
  });
});
