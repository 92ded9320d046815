import * as assert from 'node:assert';
import { citationsOf, OtherPapers, Paper, Span, WorkspaceRegistry } from '../../../server/src/analysis';
import { citing } from '../../../server/src/features/citedIndex';
import { citationAt, entryAt, noteAt } from '../../../server/src/features/lookup';
import { termAt } from '../../../server/src/features/termLookup';
import { paper } from '../paperBuilder';

const TIDES = paper(
  'Tide tables were redrawn (Okafor, 2012). Okafor (2012) and Brandt (2019) disagree on the method.¹ Later work (Brandt, 2019; Okafor, 2012) settled it.',
  'The Coastal Survey Board (CSB) published them. The CSB Secretariat kept a copy, and the CSB archive another.',
  '',
  'References',
  '',
  'Brandt, K. (2019). Tides and their tables. Harbour Press.',
  'Okafor, N. (2012). Redrawing tide tables. Sea Review, 4, 1-9.',
  '',
  'Notes',
  '',
  '¹ The method was least squares.',
);

/** The first of `items` (in the paper's order) whose span holds `offset`, an empty span holding its own offset. */
function scan<T extends { span: Span }>(items: T[], offset: number): T | undefined {
  return items.find(({ span }) => span.start <= offset && offset < Math.max(span.end, span.start + 1));
}

function offsetOf(p: Paper, needle: string, from = 0): number {
  const at = p.text.indexOf(needle, from);
  assert.notStrictEqual(at, -1, `"${needle}" is not in the paper`);
  return at;
}

describe('position lookups over the precomputed index', () => {
  it('finds the citation, entry and note at every offset of a paper as a scan of its lists does', () => {
    assert.ok(TIDES.citations.length >= 5 && TIDES.references.length === 2 && TIDES.notes.length === 1, 'the paper reads as written');
    for (let offset = 0; offset <= TIDES.text.length; offset++) {
      assert.strictEqual(citationAt(TIDES, offset), scan(TIDES.citations, offset), `citation at ${offset}`);
      assert.strictEqual(entryAt(TIDES, offset), scan(TIDES.references, offset), `entry at ${offset}`);
      assert.strictEqual(noteAt(TIDES, offset), scan(TIDES.notes, offset), `note at ${offset}`);
    }
  });

  it('takes a citation from its first character to its last, and not the character after it', () => {
    const start = offsetOf(TIDES, 'Brandt, 2019;');
    const end = start + 'Brandt, 2019'.length;
    assert.strictEqual(citationAt(TIDES, start)?.text, 'Brandt, 2019');
    assert.strictEqual(citationAt(TIDES, end - 1)?.text, 'Brandt, 2019');
    assert.notStrictEqual(citationAt(TIDES, end)?.text, 'Brandt, 2019');
  });

  it('lists the citations of each entry and the calls of each note in text order, as the analysis does', () => {
    for (const target of [...TIDES.references, ...TIDES.notes]) assert.deepStrictEqual(citing(TIDES, target), citationsOf(TIDES, target));
    assert.deepStrictEqual(
      citing(TIDES, TIDES.references[1]).map((c) => c.text),
      ['Okafor, 2012', 'Okafor (2012', 'Okafor, 2012'],
    );
    assert.strictEqual(citing(TIDES, TIDES.notes[0]).length, 1);
  });

  it('finds the short form inside a longer name, and the longer name around it', () => {
    const ctx = { uri: 'memory:///tides.txt', paper: TIDES, others: new OtherPapers(new WorkspaceRegistry([]), 'memory:///tides.txt') };
    const short = offsetOf(TIDES, 'CSB Secretariat');
    const name = (offset: number) => {
      const hit = termAt(ctx, offset);
      return hit?.kind === 'organisation' ? TIDES.text.slice(hit.span.start, hit.span.end) : null;
    };
    assert.deepStrictEqual([short, short + 2].map(name), ['CSB', 'CSB']);
    assert.deepStrictEqual([short + 3, short + 4, short + 'CSB Secretariat'.length - 1].map(name), ['CSB Secretariat', 'CSB Secretariat', 'CSB Secretariat']);
    assert.strictEqual(name(short + 'CSB Secretariat'.length), null);
    assert.strictEqual(name(offsetOf(TIDES, 'Coastal Survey Board') - 1), null);
    assert.strictEqual(name(offsetOf(TIDES, 'Coastal Survey Board')), 'Coastal Survey Board');
  });
});
