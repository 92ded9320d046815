import * as assert from 'node:assert';
import { cancelled, notCancelled, useFixtures } from '../fixture';
import { glossaryMarkdown } from '../../../server/src/features/glossary';
import { WorkspaceRegistry } from '../../../server/src/analysis';

describe('the glossary', () => {
  const open = useFixtures();

  const workspace = `
    %! a.txt
    The loom lease has been called *shuttle rent*: a weaver pays by the yard for a loom kept by the guild.

    The Weavers Hall Committee (WHC) set the rates.

    The WHC was a guild body that owned the looms.
    %! b.txt
    Shuttle rent reached the valley towns, where the WHC had no say.
  `;

  it('gives each term its definition and the papers that use it', async () => {
    const s = await open(workspace);
    const glossary = await s.service.getGlossary(notCancelled);
    assert.match(glossary, /^# Glossary of the workspace\n\n2 papers · 1 term · 0 abbreviations · 1 organisation\n/);
    const term = [
      '### shuttle rent',
      '',
      '> a weaver pays by the yard for a loom kept by the guild.',
      '',
      'Defined in [a.txt, line 1](memory:///papers/a.txt#L1).',
      'Used in [a.txt](memory:///papers/a.txt#L1) (1), [b.txt](memory:///papers/b.txt#L1) (1).',
    ].join('\n');
    assert.ok(glossary.includes(term), glossary);
  });

  it('gives each organisation its expansion, description and mentions across papers', async () => {
    const s = await open(workspace);
    const organisation = [
      '### WHC — Weavers Hall Committee',
      '',
      '> The WHC was a guild body that owned the looms.',
      '',
      '— [a.txt, line 5](memory:///papers/a.txt#L5)',
      '',
      'Expanded in [a.txt, line 3](memory:///papers/a.txt#L3).',
      'Mentioned in [a.txt](memory:///papers/a.txt#L3) (3), [b.txt](memory:///papers/b.txt#L1) (1).',
    ].join('\n');
    const glossary = await s.service.getGlossary(notCancelled);
    assert.ok(glossary.includes(organisation), glossary);
  });

  it('makes one entry of a name and the short form another paper uses for it, and leaves out short forms no paper expands', async () => {
    const s = await open(`
      %! a.txt
      The Harbour Pilots Union met in May. The Harbour Pilots Union then wrote to the River Toll Board.
      The River Toll Board answered, and the River Toll Board Tribunal heard the case; the River Toll Board Tribunal sat twice.
      %! b.txt
      The HPU asked the RTB for lower tolls; the HPU lost, the RTB won, and it was shown on TV, as TV crews came.
      The RTBT ruled twice; the RTBT was final.
    `);
    const glossary = await s.service.getGlossary(notCancelled);
    const heads = glossary.split('\n').filter((l) => l.startsWith('### '));
    assert.deepStrictEqual(heads, ['### HPU — Harbour Pilots Union', '### RTB — River Toll Board', '### RTBT — River Toll Board Tribunal'], glossary);
    assert.match(glossary, /### HPU — Harbour Pilots Union\n\nMentioned in \[a\.txt\]\(memory:\/\/\/papers\/a\.txt#L1\) \(2\), \[b\.txt\]\(memory:\/\/\/papers\/b\.txt#L1\) \(2\)\./);
  });

  it('is empty when cancelled', async () => {
    const s = await open(workspace);
    assert.strictEqual(await s.service.getGlossary(cancelled), '');
  });

  it('says how far the index has come while it is still reading the papers, and nothing once it is done', () => {
    const registry = new WorkspaceRegistry();
    assert.match(glossaryMarkdown(registry, { done: 12, total: 40 }), /^\*Indexing 12 of 40 papers: run Show Glossary again when it is done/m);
    assert.doesNotMatch(glossaryMarkdown(registry, null), /Indexing/);
  });
});
