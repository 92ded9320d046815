/**
 * Worker thread that extracts the text of PDF papers (pdf.js in this thread), so that neither requests nor
 * the workspace index wait for a PDF. A PDF already read is taken from the cache, by the SHA-1 of its bytes.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { extractPdfText, PdfText, readPdfBytes } from '../pdf';
import { EXTRACTOR_VERSION, PdfJob, PdfWorkerData, PDF_TEXTS } from '../workspace/pdfJobs';
import { ResultCache } from '../workspace/resultCache';
import { WorkerJob, WorkerReply } from './workerPool';
import { runInBackground } from './backgroundPriority';

runInBackground();
const port = parentPort!;
const { cacheDir } = workerData as PdfWorkerData;
const warn = (warning: string): void => port.postMessage({ warning } satisfies WorkerReply<PdfText>);
const cache = cacheDir ? new ResultCache<PdfText>(cacheDir, PDF_TEXTS, warn, EXTRACTOR_VERSION) : null;
// Texts of other extractor versions are never read again.
const tidied = cache?.removeOtherVersions();

async function textOf(job: PdfJob): Promise<PdfText> {
  await tidied;
  const bytes = await readPdfBytes(job.path);
  const key = cache && ResultCache.keyOf(bytes);
  const cached = key ? await cache!.get(key) : undefined;
  if (cached) return cached;
  const text = await extractPdfText(bytes);
  if (key) await cache!.put(key, text);
  return text;
}

port.on('message', async ({ id, job }: WorkerJob<PdfJob>) => {
  let reply: WorkerReply<PdfText>;
  try {
    reply = { id, result: await textOf(job) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  port.postMessage(reply);
});

port.postMessage({ ready: true } satisfies WorkerReply<PdfText>);
