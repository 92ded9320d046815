import * as assert from 'node:assert';
import { analysePaper } from '../../server/src/analysis';

const NOTES = ['', 'Notes', '', '¹ Counted at the harbour wall.', '² Kept by the pilots.', ''].join('\n');

describe('superscripts that are no note calls', () => {
  it('reads exponents as exponents: after a variable, a base of ten or a minus sign', () => {
    const body = 'The fit was good (R² = 0.81, Q² 0.52); about 10⁷ spores mL−¹ settled, at 2 g m⁻² a day.¹ Cores agreed.²';
    const calls = analysePaper(body + '\n' + NOTES).citations.map((c) => c.text);
    assert.deepStrictEqual(calls, ['¹', '²']);
  });

  it('takes the marks of a byline for affiliations unless the paper has notes with their numbers', () => {
    const byline = 'Marta Q. Oliveira¹, Tomás de Souza² and Ines Lund¹';
    const body = 'Tides were logged for six winters, and the pilots kept the books.';
    assert.deepStrictEqual(analysePaper([byline, '', body, ''].join('\n')).citations, []);
    const withNotes = analysePaper([byline, '', body, NOTES].join('\n')).citations;
    assert.deepStrictEqual(withNotes.map((c) => [c.text, c.status]), [['¹', 'resolved'], ['²', 'resolved'], ['¹', 'resolved']]);
  });

  it('still reads a superscript after a word of a sentence as a call', () => {
    const paper = analysePaper(['The survey of the delta was repeated¹ and its results held.²', NOTES].join('\n'));
    assert.deepStrictEqual(paper.citations.map((c) => [c.text, c.status]), [['¹', 'resolved'], ['²', 'resolved']]);
  });

  it('opens no section at a byline', () => {
    const paper = analysePaper(['Tides of the Lower Marsh', '', 'Marta Q. Oliveira¹', '', 'Introduction', '', 'Tides were logged for six winters.', ''].join('\n'));
    assert.deepStrictEqual(paper.sections.map((s) => s.title), ['Tides of the Lower Marsh', 'Introduction']);
  });
});
