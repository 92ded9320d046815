import * as assert from 'node:assert';
import { cited, paper, targetLines } from './paperBuilder';

/** ABNT (NBR 6023, NBR 10520) and ISO 690 author-date forms; every text is written for these tests. */

describe('undated works in square brackets', () => {
  it('reads "[s.d.]" (ABNT) and "[no date]" (ISO 690) as the year of an undated work', () => {
    const p = paper(
      'Dunes move inland (Varela et al., [S.d.], p. 12). Ostrander ([no date]) measured them.',
      '',
      'References',
      '',
      'OSTRANDER, Mila, [no date]. Moving sand. Leeds: Dune Press.',
      'VARELA, Tomás et al. Areias do litoral. Recife: Editora Costa, [S.d.].',
    );
    assert.deepStrictEqual(targetLines(p, cited(p, 'Varela et al., [S.d.]')), ['VARELA, Tomás et al. Areias do litoral. Recife: Editora Costa, [S.d.].']);
    assert.deepStrictEqual(targetLines(p, cited(p, 'Ostrander ([no date]')), ['OSTRANDER, Mila, [no date]. Moving sand. Leeds: Dune Press.']);
  });
});
