import * as assert from 'node:assert';
import * as fs from 'fs';
import * as path from 'path';
import { analysePaper, Citation, CitationTarget, Paper, targetsOf } from '../../server/src/analysis';
import { skipWithout } from './sharedFolder';

const SHARED = path.resolve(__dirname, '../../../../shared');
const GOLD = path.join(SHARED, 'eval', 'gold');

interface GoldCitation {
  line: number;
  col: number;
  text: string;
  status: 'resolved' | 'ambiguous' | 'unresolved';
  target_lines: number[];
}

function citationAt(p: Paper, line: number, col: number): Citation | undefined {
  const offset = p.lineStarts[line - 1] + col;
  return p.citations.find((c) => c.span.start <= offset && offset < Math.max(c.span.end, c.span.start + 1));
}

function targetLine(p: Paper, { span }: CitationTarget): number {
  return p.lineStarts.findIndex((start, i) => start <= span.start && (p.lineStarts[i + 1] ?? Infinity) > span.start) + 1;
}

describe('the real papers in ../shared/corpus against their gold annotations', function () {
  skipWithout(GOLD, 'the shared evaluation corpus');

  it('recognises at least 97% of gold citations and resolves at least 98% of the resolvable ones correctly', () => {
    let gold = 0;
    let recognised = 0;
    let resolvable = 0;
    let correct = 0;
    let flaggedWrongly = 0;
    for (const file of fs.readdirSync(GOLD)) {
      const g = JSON.parse(fs.readFileSync(path.join(GOLD, file), 'utf8'));
      const p = analysePaper(fs.readFileSync(path.join(SHARED, 'corpus', g.paper), 'utf8'));
      for (const c of g.citations as GoldCitation[]) {
        gold++;
        const found = citationAt(p, c.line, c.col);
        if (found) recognised++;
        if (c.status === 'unresolved') continue;
        resolvable++;
        const lines = found ? targetsOf(p, found).map((t) => targetLine(p, t)) : [];
        if (lines.length && lines.every((l) => c.target_lines.includes(l))) correct++;
        if (c.status === 'resolved' && found && found.status !== 'resolved') flaggedWrongly++;
      }
    }
    assert.ok(recognised / gold >= 0.97, `recall ${recognised}/${gold}`);
    assert.ok(correct / resolvable >= 0.98, `resolution ${correct}/${resolvable}`);
    assert.ok(flaggedWrongly / resolvable <= 0.02, `false alarms ${flaggedWrongly}/${resolvable}`);
  });
});
