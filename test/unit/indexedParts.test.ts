import * as assert from 'node:assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyseIndexedParts, analysePaper } from '../../server/src/analysis';
import * as v8 from 'node:v8';
import { ownedSummary, summaryOf, workspacePaperOf } from '../../server/src/workspace/paperSummary';

const ROOT = path.resolve(__dirname, '../../..');
const PAPER_FOLDERS = [path.join(ROOT, 'corpus'), path.join(ROOT, 'test/fixtures/style-matrix/papers'), path.resolve(ROOT, '../shared/corpus')];

/** Items as the features read them: every field, and the mentions (read from the packed offsets). */
const asRead = <T extends { mentions: unknown }>(items: T[]) => items.map((item) => ({ ...item, mentions: item.mentions }));

describe('the parts of a paper the workspace index keeps', () => {
  const files = PAPER_FOLDERS.filter((d) => fs.existsSync(d)).flatMap((d) =>
    fs
      .readdirSync(d)
      .filter((f) => /\.(txt|md)$/.test(f))
      .map((f) => path.join(d, f)),
  );

  it('finds sample papers to compare', () => assert.ok(files.length >= 3, `only ${files.length} papers under ${PAPER_FOLDERS.join(', ')}`));

  // The index reads a paper without its citations: what it keeps must be what the whole analysis finds.
  it('are those of the whole analysis, in every sample paper and style', () => {
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      assert.deepStrictEqual(summaryOf(analyseIndexedParts(text)), summaryOf(analysePaper(text)), path.basename(file));
    }
  });

  it('give back every organisation and concept with its mentions, also after the index cache', () => {
    for (const file of files) {
      const text = fs.readFileSync(file, 'utf8');
      const paper = analysePaper(text);
      const cached = ownedSummary(v8.deserialize(v8.serialize(summaryOf(analyseIndexedParts(text)))));
      const onDisk = workspacePaperOf(cached);
      assert.deepStrictEqual(asRead(onDisk.organisations), paper.organisations, path.basename(file));
      assert.deepStrictEqual(asRead(onDisk.concepts), paper.concepts, path.basename(file));
      assert.deepStrictEqual(JSON.parse(JSON.stringify(onDisk.concepts)), JSON.parse(JSON.stringify(paper.concepts)), path.basename(file));
      assert.deepStrictEqual(onDisk.references, paper.references.map(({ span, authorText, surnames, etAl, year, title, link }) => ({ span, authorText, surnames, etAl, year, title, link })), path.basename(file));
    }
  });
});
