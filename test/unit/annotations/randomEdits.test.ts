import * as assert from 'node:assert/strict';
import { Annotation, Span, createAnnotation, reanchor } from '../../../server/src/protocol/annotations';
import { randomInt, randomPaper, randomVocabulary, randomWords } from './randomPaper';
import { seededRandom } from '../../synthetic/seededRandom';

const SEED = 20240607;
const EDITS = 1000;
const ANNOTATIONS = 50;
/** Orphans are retried this often rather than after every edit: a failed fuzzy search is the one slow path (about 1 ms). */
const ORPHAN_RETRY_INTERVAL = 20;

interface Edit {
  start: number;
  end: number;
  insert: string;
}

/** What the test knows independently of the library: where each passage is, or that an edit touched it. */
type Truth = { kind: 'intact'; span: Span } | { kind: 'touched'; remains: Span; wholeDeleted: boolean } | { kind: 'orphaned' };

function randomEdit(random: () => number, vocabulary: string[], text: string): Edit {
  const start = randomInt(random, 0, text.length);
  const roll = random();
  if (roll < 0.4) return { start, end: start, insert: `${randomWords(random, vocabulary, randomInt(random, 1, 12))} ` };
  const end = Math.min(text.length, start + randomInt(random, 1, roll < 0.7 ? 200 : 60));
  return { start, end, insert: roll < 0.7 ? '' : randomWords(random, vocabulary, randomInt(random, 1, 8)) };
}

/** Where a passage is after `edit`, tracked the way an editor tracks a decoration. */
function track(truth: Truth, edit: Edit): Truth {
  if (truth.kind !== 'intact') return truth;
  const { span } = truth;
  const delta = edit.insert.length - (edit.end - edit.start);
  if (edit.end <= span.start) {
    return { kind: 'intact', span: { start: span.start + delta, end: span.end + delta } };
  }
  if (edit.start >= span.end) return truth;
  return {
    kind: 'touched',
    remains: {
      start: Math.min(span.start, edit.start),
      end: span.end > edit.end ? span.end + delta : edit.start + edit.insert.length,
    },
    wholeDeleted: edit.start <= span.start && edit.end >= span.end && edit.insert === '',
  };
}

function overlaps(a: Span, b: Span): boolean {
  return a.start <= b.end && b.start <= a.end;
}

describe('re-anchoring after random edits', function () {
  this.timeout(120_000);

  it(`keeps ${ANNOTATIONS} annotations on their passages through ${EDITS} seeded random edits, or orphans them`, () => {
    const random = seededRandom(SEED);
    const vocabulary = randomVocabulary(random, 400);
    let text = randomPaper(random, vocabulary, 450);

    let annotations: Annotation[] = [];
    let truths: Truth[] = [];
    while (annotations.length < ANNOTATIONS) {
      const start = text.indexOf(' ', randomInt(random, 0, text.length - 200)) + 1;
      const end = text.indexOf(' ', start + randomInt(random, 20, 120));
      annotations.push(createAnnotation(text, { start, end }, { note: `note ${annotations.length}`, tags: ['t'] }));
      truths.push({ kind: 'intact', span: { start, end } });
    }

    const counts = { fuzzy: 0, orphaned: 0, wholeDeletedOrphaned: 0 };
    for (let step = 0; step < EDITS; step++) {
      const edit = randomEdit(random, vocabulary, text);
      text = text.slice(0, edit.start) + edit.insert + text.slice(edit.end);
      truths = truths.map((truth) => track(truth, edit));

      const retryOrphans = step % ORPHAN_RETRY_INTERVAL === 0 || step === EDITS - 1;
      const results = annotations.map((annotation, i) =>
        truths[i].kind === 'orphaned' && !retryOrphans ? { annotation, anchoring: { status: 'orphaned' as const } } : reanchor(annotation, text),
      );
      annotations = results.map((result) => result.annotation);
      truths = results.map(({ annotation, anchoring }, i): Truth => {
        const truth = truths[i];
        const where = `step ${step}, annotation ${i} (${JSON.stringify(annotation.quote.exact)})`;
        if (anchoring.status === 'anchored') {
          assert.equal(text.slice(anchoring.span.start, anchoring.span.end), annotation.quote.exact, `${where}: anchored text differs from its quote`);
          assert.deepEqual(annotation.position, anchoring.span, `${where}: position selector not brought up to date`);
        }
        if (truth.kind === 'intact') {
          assert.equal(anchoring.status, 'anchored', `${where}: an untouched passage was orphaned`);
          assert.deepEqual(anchoring.status === 'anchored' && anchoring.span, truth.span, `${where}: anchored at the wrong place`);
          return truth;
        }
        if (anchoring.status === 'orphaned') {
          if (truth.kind === 'touched') {
            counts.orphaned++;
            if (truth.wholeDeleted) counts.wholeDeletedOrphaned++;
          }
          return { kind: 'orphaned' };
        }
        if (truth.kind === 'touched') {
          const exactElsewhere = anchoring.method !== 'fuzzy';
          assert.ok(
            !truth.wholeDeleted || exactElsewhere,
            `${where}: the passage was deleted, yet it was anchored by a fuzzy match on ${JSON.stringify(text.slice(anchoring.span.start, anchoring.span.end))}`,
          );
          if (anchoring.method === 'fuzzy') {
            counts.fuzzy++;
            assert.ok(overlaps(anchoring.span, truth.remains), `${where}: fuzzy match away from what remains of the passage`);
          }
        }
        return { kind: 'intact', span: anchoring.span };
      });
    }

    // The run must have exercised every path, or it proves less than it claims.
    assert.ok(counts.fuzzy > 0, 'no annotation was re-anchored by a fuzzy match');
    assert.ok(counts.wholeDeletedOrphaned > 0, 'no annotation lost its whole passage');
    assert.ok(truths.some((truth) => truth.kind === 'intact'), 'every annotation was lost');
  });
});
