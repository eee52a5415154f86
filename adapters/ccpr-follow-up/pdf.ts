import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { SourceParseError } from '../_kit/errors.ts';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | undefined;

/**
 * PDF.js, loaded on the first document read (it takes seconds to load, and most processes never read a PDF). Its worker
 * module is handed over as globalThis.pdfjsWorker, so PDF.js runs it in this thread instead of importing it again.
 */
function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= (async () => {
    // @ts-expect-error -- the worker module ships without type declarations; only its WorkerMessageHandler is used, by PDF.js itself.
    const worker: unknown = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  return pdfjs;
}

/**
 * A PDF's text, one line per line of print, pages in order (Mozilla's PDF.js, its Node build: no worker thread, no
 * canvas). Lines are rebuilt from the text items' end-of-line marks, so the result reads like pdftotext's: the
 * follow-up reader (read.ts) takes either.
 * await pdfText(bytes, 'ccpr-follow-up', url) → 'United Nations\nInternational Covenant on Civil and Political Rights\n…'
 */
export function pdfText(bytes: Uint8Array, source: string, url: string): Promise<string> {
  // One document at a time: PDF.js's in-thread worker mixes up documents read concurrently ("Invalid page request"),
  // and reading is CPU work that gains nothing from overlapping.
  const run = queue.then(() => readPdf(bytes, source, url));
  queue = run.catch(() => undefined);
  return run;
}

let queue: Promise<unknown> = Promise.resolve();

async function readPdf(bytes: Uint8Array, source: string, url: string): Promise<string> {
  if (!isPdf(bytes))
    throw new SourceParseError(
      `${source}: ${url} is not a PDF (it starts "${new TextDecoder().decode(bytes.slice(0, 24)).replace(/\s+/g, ' ')}")`,
      source,
      { url },
    );
  const { getDocument, VerbosityLevel } = await loadPdfJs();
  // PDF.js takes the buffer over and refuses a Node Buffer: hand it a plain copy, so that the caller's bytes stay readable.
  const task = getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: VerbosityLevel.ERRORS,
  });
  try {
    const doc = await task.promise;
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const content = await (await doc.getPage(n)).getTextContent();
      pages.push(content.items.map((item) => ('str' in item ? textOf(item) : '')).join(''));
    }
    return pages.join('\f');
  } catch (err) {
    throw new SourceParseError(`${source}: ${url} could not be read as a PDF (${(err as Error).message})`, source, { url, cause: err });
  } finally {
    await task.destroy();
  }
}

function textOf(item: TextItem): string {
  return item.str + (item.hasEOL ? '\n' : '');
}

/** "%PDF-" within the first bytes, as readers accept it. */
export function isPdf(bytes: Uint8Array): boolean {
  return new TextDecoder('latin1').decode(bytes.slice(0, 1024)).includes('%PDF-');
}
