import * as assert from 'node:assert';
import * as fs from 'fs';
import * as path from 'path';
import { analysePaper, CitationTarget, Paper, targetsOf } from '../../server/src/analysis';

const ROOT = path.resolve(__dirname, '../../..');
const SHARED = path.resolve(ROOT, '../shared');
const WIDTH = 72;

/** Hard-wraps every line longer than `width` characters (code points, not bytes) at its last space that fits. */
export function hardWrap(text: string, width = WIDTH): string {
  return text
    .split('\n')
    .map((line) => {
      const out: string[] = [];
      let rest = Array.from(line);
      while (rest.length > width) {
        let cut = -1;
        for (let i = width; i > 0; i--) {
          if (rest[i] === ' ') {
            cut = i;
            break;
          }
        }
        if (cut <= 0) break; // one word longer than the width stays whole
        out.push(rest.slice(0, cut).join(''));
        rest = rest.slice(cut + 1);
      }
      out.push(rest.join(''));
      return out.join('\n');
    })
    .join('\n');
}

/** Each cited work (entry text or note number) with the citations pointing at it, and the citations that point nowhere. */
function citedWorks(p: Paper): Map<string, string[]> {
  const works = new Map<string, string[]>();
  const key = (t: CitationTarget) => ('placement' in t ? `note ${t.number ?? '?'}` : `entry ${t.text.replace(/\s+/g, ' ').slice(0, 120)}`);
  for (const c of p.citations) {
    // A work cited inside a note spans the note's words up to its line end, so only its names say which it is.
    const text = c.kind === 'note-reference' ? `in a note: ${c.names.join(', ')}` : c.text.replace(/\s+/g, ' ');
    const found = targetsOf(p, c);
    const targets = found.length ? found.map(key) : [`unresolved (${c.status})`];
    for (const k of targets) {
      const list = works.get(k) ?? [];
      list.push(text);
      works.set(k, list);
    }
  }
  for (const list of works.values()) list.sort();
  return works;
}

function papersIn(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => /\.(txt|md)$/i.test(f) && !/^readme/i.test(f))
    .map((f) => path.join(dir, f));
}

function differences(a: Map<string, string[]>, b: Map<string, string[]>): string[] {
  const out: string[] = [];
  for (const k of new Set([...a.keys(), ...b.keys()])) {
    const x = JSON.stringify(a.get(k) ?? []);
    const y = JSON.stringify(b.get(k) ?? []);
    if (x !== y) out.push(`${k.slice(0, 70)}: original ${x.slice(0, 160)} / wrapped ${y.slice(0, 160)}`);
  }
  return out;
}

describe('wrapped text is the same text', () => {
  it('wraps by characters at spaces', () => {
    assert.strictEqual(hardWrap('ab cd ef', 5), 'ab cd\nef');
    assert.strictEqual(hardWrap('ŏŏŏ ŏŏŏ', 4), 'ŏŏŏ\nŏŏŏ');
    assert.strictEqual(hardWrap('short\n\nlines', 5), 'short\n\nlines');
  });

  const own = papersIn(path.join(ROOT, 'corpus'));
  const shared = [...papersIn(path.join(SHARED, 'corpus')), ...papersIn(path.join(SHARED, 'eval', 'dev'))];
  for (const file of [...own, ...shared]) {
    it(`finds the same works with the same targets in ${path.relative(path.resolve(ROOT, '..'), file)} hard-wrapped at ${WIDTH}`, () => {
      const text = fs.readFileSync(file, 'utf8');
      const original = citedWorks(analysePaper(text));
      const wrapped = citedWorks(analysePaper(hardWrap(text)));
      assert.deepStrictEqual(differences(original, wrapped), []);
    });
  }
  if (shared.length === 0) {
    it('checks the shared papers too', function () {
      console.log(`    (skipped: ${SHARED} is not on this machine; only the papers in corpus/ were wrapped)`);
      this.skip();
    });
  }
});
