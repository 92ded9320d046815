import * as assert from 'node:assert';
import { extractPdfText, pageAt, PdfError } from '../../server/src/pdf';
import { analysePaper } from '../../server/src/analysis';
import { paragraph, PlacedText, writePdf } from './pdfWriter';

async function textOf(...pages: PlacedText[][]): Promise<string> {
  return (await extractPdfText(writePdf(pages.map((texts) => ({ texts }))))).text;
}

async function failureOf(bytes: Uint8Array): Promise<PdfError> {
  try {
    await extractPdfText(bytes);
  } catch (e) {
    assert.ok(e instanceof PdfError, `not a PdfError: ${e}`);
    return e;
  }
  assert.fail('extraction did not fail');
}

describe('PDF extraction: layout', () => {
  it('rebuilds the lines of a paragraph and leaves a blank line where a paragraph ends', async () => {
    const text = await textOf([
      ...paragraph(['Tide gauges along the estuary', 'were read twice a day.'], 72, 100),
      ...paragraph(['The ferrymen kept a log of their own.'], 72, 150),
    ]);
    assert.strictEqual(text, 'Tide gauges along the estuary\nwere read twice a day.\n\nThe ferrymen kept a log of their own.\n');
  });

  it('reads the left column down before the right one, whatever lines share a baseline', async () => {
    const text = await textOf([
      ...paragraph(['Left column, first line', 'left column, second line.'], 72, 100),
      ...paragraph(['Right column, first line', 'right column, second line.'], 330, 100),
    ]);
    assert.strictEqual(text, 'Left column, first line\nleft column, second line.\n\nRight column, first line\nright column, second line.\n');
  });

  it('reads a title across both columns first, and a list label on the line of its entry', async () => {
    const text = await textOf([
      { text: 'A Survey of the Lower Marshes', x: 200, y: 60, size: 16 },
      ...paragraph(['Left body text of the page'], 72, 120),
      ...paragraph(['Right body text of the page'], 330, 120),
      { text: '12.', x: 72, y: 200 },
      { text: 'Orlane P. Marsh ledgers. Fen Review. 2020.', x: 100, y: 200 },
    ]);
    assert.deepStrictEqual(text.split('\n').filter((l) => l !== ''), [
      'A Survey of the Lower Marshes',
      'Left body text of the page',
      'Right body text of the page',
      '12. Orlane P. Marsh ledgers. Fen Review. 2020.',
    ]);
  });

  it('writes raised, smaller numbers as superscript digits, with the commas and dashes between them', async () => {
    const text = await textOf([
      { text: [{ text: 'Silt builds the delta' }, { text: '4,7', size: 6, rise: 4 }, { text: ' and the plain' }, { text: '9-11', size: 6, rise: 4 }, { text: '.' }], x: 72, y: 100 },
    ]);
    assert.strictEqual(text, 'Silt builds the delta⁴,⁷ and the plain⁹-¹¹.\n');
  });

  it('keeps a lowered, smaller number as a plain digit and no superscript', async () => {
    const text = await textOf([{ text: [{ text: 'Brine holds CO' }, { text: '2', size: 6, rise: -2 }, { text: ' in winter, less in summer.' }], x: 72, y: 100 }]);
    assert.strictEqual(text, 'Brine holds CO2 in winter, less in summer.\n');
  });

  it('mends a word hyphenated at a line end, and keeps the hyphen of a word the paper writes with one', async () => {
    const text = await textOf(
      paragraph(['The survey gave a first recog-', 'nition of the salt-', 'marsh and of the salt-marsh birds.'], 72, 100),
    );
    assert.strictEqual(text, 'The survey gave a first recognition\nof the salt-marsh\nand of the salt-marsh birds.\n');
  });
});

describe('PDF extraction: pages', () => {
  const pages = [1, 2, 3].map((n) => [
    { text: `Journal of Imagined Estuaries 12 (2031) ${100 + n}`, x: 72, y: 40, size: 8 },
    ...paragraph([`Body text of page ${['one', 'two', 'three'][n - 1]} about the tides.`], 72, 120),
    { text: String(100 + n), x: 300, y: 760, size: 8 },
  ]);

  it('drops running headers and page numbers and keeps a page map', async () => {
    const pdf = await extractPdfText(writePdf(pages.map((texts) => ({ texts }))));
    assert.ok(!/Journal|10[123]/.test(pdf.text), pdf.text);
    assert.deepStrictEqual(pdf.pages.map((p) => p.number), [1, 2, 3]);
    assert.strictEqual(pageAt(pdf.pages, pdf.text.indexOf('page two')), 2);
    assert.strictEqual(pageAt(pdf.pages, pdf.text.indexOf('page three')), 3);
    assert.strictEqual(pageAt(pdf.pages, 0), 1);
    assert.strictEqual(pdf.text.split('\f').length, 3);
  });

  it('keeps a header that only one page has', async () => {
    const text = await textOf(pages[0]);
    assert.ok(text.includes('Journal of Imagined Estuaries'), text);
  });

  it('puts the page-bottom notes after the page body, so the body reads on from column to column and the analysis finds the notes', async () => {
    const text = await textOf([
      ...paragraph([[{ text: 'The harbour silted up within a gener' }, { text: '1', size: 6, rise: 4 }], 'ation, as the pilots', 'complained in their', 'letters to the board', 'of the port and to', 'the city council over'], 72, 100),
      { text: [{ text: '1', size: 5, rise: 3 }, { text: 'Pilots kept daybooks from the year the dredger broke.', size: 7 }], x: 72, y: 700, size: 7 },
      // The right column runs down to the page's foot, beside the note.
      ...paragraph(['many winters in a row.', ...Array.from({ length: 50 }, (_, i) => `Dredging went on in season ${i + 1}.`)], 330, 100),
    ]);
    const lines = text.split('\n');
    assert.ok(lines.indexOf('many winters in a row.') < lines.findIndex((l) => l.startsWith('¹Pilots')), text);
    const paper = analysePaper(text);
    assert.strictEqual(paper.notes.length, 1);
    const call = paper.citations.find((c) => c.kind === 'footnote');
    assert.strictEqual(call?.status, 'resolved');
  });
});

describe('PDF extraction: bad input', () => {
  const good = writePdf([{ texts: paragraph(['Sediment cores from the inner bay were dated by their pollen.'], 72, 100) }]);

  it('names a file that is no PDF', async () => {
    assert.strictEqual((await failureOf(new Uint8Array(Buffer.from('<!DOCTYPE html><html><body>Sign in</body></html>')))).reason, 'not-pdf');
    assert.strictEqual((await failureOf(new Uint8Array(0))).reason, 'not-pdf');
  });

  it('names a truncated or malformed PDF', async () => {
    assert.strictEqual((await failureOf(good.slice(0, 200))).reason, 'malformed');
    assert.strictEqual((await failureOf(new Uint8Array(Buffer.from('%PDF-1.7\n' + 'q Q '.repeat(500))))).reason, 'malformed');
  });

  it('names an encrypted PDF', async () => {
    const pdf = writePdf([{ texts: paragraph(['Locked away.'], 72, 100) }], { encryptedWithPassword: true });
    assert.strictEqual((await failureOf(pdf)).reason, 'encrypted');
  });

  it('says a PDF without a text layer needs OCR', async () => {
    const scan = writePdf([{ texts: [], drawing: '0 0 0 rg 72 72 400 600 re f' }]);
    const e = await failureOf(scan);
    assert.strictEqual(e.reason, 'no-text-layer');
    assert.match(e.message, /no text layer: run OCR first/);
  });

  it('gives the same text for PDFs read at once as for each read alone', async () => {
    const other = writePdf([{ texts: paragraph(['Another paper about eels.', 'It has two lines.'], 72, 100) }]);
    const alone = [(await extractPdfText(good)).text, (await extractPdfText(other)).text];
    const together = await Promise.all([extractPdfText(good), extractPdfText(other), extractPdfText(good)]);
    assert.deepStrictEqual(together.map((p) => p.text), [alone[0], alone[1], alone[0]]);
  });
});
