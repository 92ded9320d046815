/**
 * Writes the extracted text of every PDF of a folder to NAME.txt in another folder, and prints pages per
 * second and peak memory (for scoring an extraction against gold: see ../shared/eval/dev/README.md).
 * usage: node out/test/eval/extractPdfs.js PDF_DIR OUT_DIR
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { extractPdfText } from '../../server/src/pdf';

async function main(): Promise<void> {
  const [from, to] = process.argv.slice(2);
  fs.mkdirSync(to, { recursive: true });
  let pages = 0;
  let peak = 0;
  const started = process.hrtime.bigint();
  for (const name of fs.readdirSync(from).filter((f) => f.endsWith('.pdf')).sort()) {
    const t = process.hrtime.bigint();
    const pdf = await extractPdfText(new Uint8Array(fs.readFileSync(path.join(from, name))));
    const ms = Number(process.hrtime.bigint() - t) / 1e6;
    peak = Math.max(peak, process.memoryUsage().rss);
    pages += pdf.pages.length;
    fs.writeFileSync(path.join(to, name.replace(/\.pdf$/, '.txt')), pdf.text);
    console.log(`${name}: ${pdf.pages.length} pages, ${ms.toFixed(0)} ms`);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(`${pages} pages in ${seconds.toFixed(2)} s: ${(pages / seconds).toFixed(1)} pages/s, peak RSS ${(peak / 2 ** 20).toFixed(0)} MB`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
