import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RECORDED_FOLLOW_UP_DOCUMENTS } from './config.ts';
import type { ReplayResponse } from '../_kit/replay-types.ts';

const DIR = fileURLToPath(new URL('../../test/fixtures/ccpr-follow-up/', import.meta.url));

const isRecorded = (symbol: string) => RECORDED_FOLLOW_UP_DOCUMENTS.some((d) => d.symbol === symbol);

/** A recorded document's file stem: fixtureStem('CCPR/C/145/2/Add.1') === 'CCPR_C_145_2_Add.1'. */
export function fixtureStem(symbol: string): string {
  return symbol.replace(/\//g, '_');
}

/**
 * The recorded text of a follow-up document (test/fixtures/ccpr-follow-up/<symbol with _>.txt, pdftotext of the real
 * PDF), or undefined when none is recorded.
 */
export function followUpText(symbol: string): string | undefined {
  if (!isRecorded(symbol)) return undefined;
  return readFileSync(`${DIR}${fixtureStem(symbol)}.txt`, 'utf8');
}

/** Where a recorded document's PDF is: followUpPdfPath('CCPR/C/116/2') ends in 'test/fixtures/ccpr-follow-up/CCPR_C_116_2.pdf'. */
export function followUpPdfPath(symbol: string): string {
  return `${DIR}${fixtureStem(symbol)}.pdf`;
}

/**
 * DownloadDraft.aspx?key=<symbol>, the file link of a follow-up document's Download.aspx row: its PDF (reconstructed
 * from its recorded text by scripts/follow-up-pdfs.ts), or undefined (404) for a document not recorded.
 */
export function followUpDraft(key: string | null): ReplayResponse | undefined {
  if (!key || !isRecorded(key)) return undefined;
  return { status: 200, headers: { 'content-type': 'application/pdf' }, body: readFileSync(followUpPdfPath(key)) };
}
