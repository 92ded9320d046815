/**
 * The "extracted from PDF" variant of a paper, as pdftotext leaves it: superscripts flattened to plain digits,
 * ligatures, lines hard-wrapped with words hyphenated at line ends, a page number and running header every 40-60 lines.
 */
import { PaperDraft } from './paperDraft';
import { Random } from './random';
import { Rewriter } from './rewriter';
import { flattenSuperscripts } from './wrap';

const LIGATURES: Record<string, string> = { fi: 'ﬁ', fl: 'ﬂ' };
/** A word that can take a hyphen at a line end: letters only, trailing punctuation allowed. */
const HYPHENATABLE = /^\p{L}{7,}[,.;:)]*$/u;

export function asExtractedFromPdf(paper: PaperDraft, rnd: Random): PaperDraft {
  const steps = [flattenAndLigate(paper.text, rnd)];
  steps.push(hardWrap(steps[0].text, rnd.int(66, 80), rnd));
  steps.push(paginate(steps[1].text, paper.text.slice(0, paper.text.indexOf(':')).trim() || 'Working paper', rnd));
  const at = (offset: number) => steps.reduce((o, step) => step.at(o), offset);
  const span = <T extends { start: number; end: number }>(s: T): T => ({ ...s, start: at(s.start), end: at(s.end) });
  return {
    ...paper,
    name: `${paper.name}.pdf`,
    variant: 'pdf',
    text: steps[2].text,
    entries: paper.entries.map((e) => ({ ...e, start: at(e.start) })),
    notes: paper.notes.map((n) => ({ ...n, start: at(n.start) })),
    citations: paper.citations.map(span),
    noteCitations: paper.noteCitations.map(span),
  };
}

function flattenAndLigate(text: string, rnd: Random) {
  const r = new Rewriter(text);
  for (let i = 0; i < text.length; i++) {
    const pair = text.slice(i, i + 2);
    const flat = flattenSuperscripts(text[i]);
    if (LIGATURES[pair] && rnd.chance(0.6)) {
      r.replace(i, i + 2, LIGATURES[pair]);
      i++;
    } else if (flat !== text[i]) r.replace(i, i + 1, flat);
    else r.copy(i, i + 1);
  }
  return r.finish();
}

/** Breaks every line longer than `width` at spaces; some long words are split with a hyphen instead. */
function hardWrap(text: string, width: number, rnd: Random) {
  const r = new Rewriter(text);
  let lineStart = 0;
  for (const line of text.split('\n')) {
    let column = 0;
    let from = lineStart;
    for (const word of line.split(' ')) {
      const wordStart = from;
      if (wordStart > lineStart) {
        if (column + 1 + word.length <= width) {
          r.copy(wordStart - 1, wordStart);
          column += 1;
        } else {
          const cut = HYPHENATABLE.test(word) && rnd.chance(0.4) ? Math.min(word.length - 4, width - column - 2) : 0;
          if (cut >= 3) {
            r.copy(wordStart - 1, wordStart + cut);
            r.insert('-\n');
            r.copy(wordStart + cut, wordStart + word.length);
            column = word.length - cut;
            from = wordStart + word.length + 1;
            continue;
          }
          r.replace(wordStart - 1, wordStart, '\n');
          column = 0;
        }
      }
      r.copy(wordStart, wordStart + word.length);
      column += word.length;
      from = wordStart + word.length + 1;
    }
    lineStart += line.length + 1;
    if (lineStart <= text.length) r.copy(lineStart - 1, lineStart);
  }
  return r.finish();
}

/** After every 40-60 lines: a blank line, the page number, a form feed and the running header. */
function paginate(text: string, header: string, rnd: Random) {
  const r = new Rewriter(text);
  let page = rnd.int(1, 300);
  let untilBreak = rnd.int(40, 60);
  let lineStart = 0;
  for (const line of text.split('\n')) {
    const end = lineStart + line.length;
    r.copy(lineStart, Math.min(end + 1, text.length));
    lineStart = end + 1;
    if (--untilBreak === 0 && lineStart < text.length) {
      r.insert(`\n${page}\n\f${page % 2 ? header : 'Journal of Invented Catchment Studies'}\n\n`);
      page++;
      untilBreak = rnd.int(40, 60);
    }
  }
  return r.finish();
}
