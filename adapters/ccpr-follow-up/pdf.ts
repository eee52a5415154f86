import { getDocument, VerbosityLevel } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { TextItem } from 'pdfjs-dist/types/src/display/api.js';
import { SourceParseError } from '../_kit/errors.ts';

/**
 * A PDF's text, one line per line of print, pages in order (Mozilla's PDF.js, its Node build: no worker thread, no
 * canvas). Lines are rebuilt from the text items' end-of-line marks, so the result reads like pdftotext's: the
 * follow-up reader (read.ts) takes either.
 * await pdfText(bytes, 'ccpr-follow-up', url) → 'United Nations\nInternational Covenant on Civil and Political Rights\n…'
 */
export async function pdfText(bytes: Uint8Array, source: string, url: string): Promise<string> {
  if (!isPdf(bytes)) throw new SourceParseError(`${source}: ${url} is not a PDF (it starts "${new TextDecoder().decode(bytes.slice(0, 24)).replace(/\s+/g, ' ')}")`, source, { url });
  // PDF.js takes the buffer over: hand it a copy so that the caller's bytes stay readable.
  const task = getDocument({ data: bytes.slice(), isEvalSupported: false, useSystemFonts: false, disableFontFace: true, verbosity: VerbosityLevel.ERRORS });
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
