import * as assert from 'node:assert';
import { cancelled, notCancelled, useFixtures } from '../fixture';

describe('the scholarly/citations request', () => {
  const open = useFixtures();

  const paper = `
    %! a.txt
    Salt was taxed (Pryor, 2005) before Pryor (2006) said so.¹
                    ^^^^^^^^^^^         ^^^^^^^^^^^          ^

    ¹ The gabelle.
    ^^^^^^^^^^^^^^

    References

    - Pryor, S. (2005). Salt duties. Bath: Brine Press.
    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  `;

  it('lists every citation with its range, kind, status, targets and suggested rewrites', async () => {
    const s = await open(paper);
    const [resolved, misdated, noteCall, note, entry] = s.fixture.ranges;
    assert.deepStrictEqual(await s.service.getCitations(s.document, notCancelled), [
      { range: resolved.range, text: 'Pryor, 2005', kind: 'author-date', status: 'resolved', targets: [entry], suggestions: undefined },
      { range: misdated.range, text: 'Pryor (2006', kind: 'narrative', status: 'unresolved', targets: [], suggestions: ['Pryor (2005'] },
      { range: noteCall.range, text: '¹', kind: 'footnote', status: 'resolved', targets: [note], suggestions: undefined },
    ]);
  });

  it('lists nothing when cancelled', async () => {
    const s = await open(paper);
    assert.deepStrictEqual(await s.service.getCitations(s.document, cancelled), []);
  });
});
