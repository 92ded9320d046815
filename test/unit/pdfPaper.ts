/**
 * A short two-page paper as a PDF, written for the tests: a superscript note call with its note at the
 * page bottom, numeric citations, a running header, and a numbered reference list on the second page.
 */
import { paragraph, writePdf } from './pdfWriter';

export function pdfPaper(): Uint8Array {
  const header = { text: 'Journal of Estuary Studies', x: 72, y: 40, size: 8 };
  return writePdf([
    {
      texts: [
        header,
        ...paragraph(
          [
            [{ text: 'Salt marshes trap silt on every tide' }, { text: '1', size: 6, rise: 4 }, { text: ', and the' }],
            'marsh edge moves seaward by a few metres',
            'a decade [1]. Reed beds slow the water',
            'further, as surveys of the lower river show [2].',
            'Pilots kept their own logs of the channel [3].',
          ],
          72,
          100,
        ),
        { text: [{ text: '1', size: 5, rise: 3 }, { text: 'Measured at spring tides only, from the harbour wall.', size: 7 }], x: 72, y: 740, size: 7 },
      ],
    },
    {
      texts: [
        header,
        { text: 'References', x: 72, y: 100, size: 12 },
        ...paragraph(
          [
            '1. Marsh D, Tully E. Berths and silt. Coastal Review. 2016;4:12-40.',
            '2. Okafor B. Reeds of the lower river. Delta Notes. 2019;7:1-9.',
            '3. Lund K. Channel logs. Harbour Papers. 2011;2:5-8.',
          ],
          72,
          130,
        ),
      ],
    },
  ]);
}
