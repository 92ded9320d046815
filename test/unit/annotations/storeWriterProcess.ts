/**
 * A separate process that saves to a store, for the crash and concurrency tests:
 *   node storeWriterProcess.js big <workspace> <paper> <series> <count>   saves `count` annotations in one write
 *   node storeWriterProcess.js add <workspace> <paper> <series> <count>   saves `count` annotations one write each
 * It prints "ready" once it is about to save.
 */
import { locatePaper, saveChanges } from '../../../server/src/protocol/annotations';
import { fixtureAnnotations } from './storeFixtures';

async function main(): Promise<void> {
  const [mode, workspace, paper, series, count] = process.argv.slice(2);
  const location = locatePaper(workspace, paper);
  const annotations = fixtureAnnotations(Number(series), Number(count));
  process.stdout.write('ready\n');
  if (mode === 'big') await saveChanges(location, { upsert: annotations });
  else for (const annotation of annotations) await saveChanges(location, { upsert: [annotation] });
  process.stdout.write('saved\n');
}

main().catch((error: Error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
});
