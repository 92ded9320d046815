/** What the server's PDF worker is asked: the text of the PDF file at `path`. */
import { version } from '../../../package.json';
import { WorkerRoleData } from '../workers/bundle';

export interface PdfJob {
  path: string;
}

export interface PdfWorkerData extends WorkerRoleData {
  cacheDir: string | null;
}

/** The kind of result its cache keeps (see `ResultCache`): extracted texts, by the SHA-1 of the PDF's bytes. */
export const PDF_TEXTS = 'pdf-text';

/** Bump when the extraction changes: texts cached by another version are extracted again. */
const EXTRACTOR_FORM = 1;
export const EXTRACTOR_VERSION = `${version}-${EXTRACTOR_FORM}`;
