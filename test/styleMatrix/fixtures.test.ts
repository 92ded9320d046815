import * as assert from 'node:assert';
import * as fs from 'fs';
import * as path from 'path';
import { GoldFile } from './goldFile';
import { PAPERS } from './fixturePaths';

function golds(): Array<{ gold: GoldFile; lines: string[] }> {
  return fs
    .readdirSync(PAPERS)
    .filter((f) => f.endsWith('.gold.json'))
    .map((f) => {
      const gold: GoldFile = JSON.parse(fs.readFileSync(path.join(PAPERS, f), 'utf8'));
      return { gold, lines: fs.readFileSync(path.join(PAPERS, gold.paper), 'utf8').split('\n') };
    });
}

describe('style matrix fixtures: the gold agrees with its papers', () => {
  it('has every gold citation and note citation at its line and column', () => {
    for (const { gold, lines } of golds()) {
      for (const c of [...gold.citations, ...gold.note_citations]) {
        const at = lines[c.line - 1].slice(c.col);
        assert.ok(at.startsWith(c.text.split('\n')[0]), `${gold.paper}:${c.line}:${c.col} ${JSON.stringify(c.text)}`);
      }
    }
  });

  it('points every target at a listed entry, or at a note for a note call', () => {
    for (const { gold } of golds()) {
      const entries = new Set(gold.references.map((r) => r.line));
      const notes = new Set(gold.notes.map((n) => n.line));
      for (const c of gold.citations) {
        const allowed = c.kind === 'footnote-marker' ? notes : entries;
        for (const line of [...c.target_lines, ...(c.range_target_lines ?? []), ...c.intended_lines]) {
          assert.ok(allowed.has(line), `${gold.paper}: ${JSON.stringify(c.text)} -> line ${line}`);
        }
        assert.strictEqual(c.status === 'unresolved', c.target_lines.length === 0, `${gold.paper}: ${JSON.stringify(c.text)}`);
      }
      for (const n of gold.note_citations) assert.ok(entries.has(n.target_lines[0]), `${gold.paper}: note citation ${n.text}`);
    }
  });

  it('gives about one citation in ten a deliberate error in author-date styles', () => {
    const citations = golds().filter(({ gold }) => gold.style === 'author-date').flatMap(({ gold }) => gold.citations);
    const share = citations.filter((c) => c.status === 'unresolved').length / citations.length;
    assert.ok(share > 0.07 && share < 0.13, `share ${share}`);
  });
});
