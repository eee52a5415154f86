import type { Readable } from 'node:stream';
import type { HttpClient } from '../_kit/http.ts';
import { exportUrl, UHRI_SOURCE, type UhriConfig } from './config.ts';

export { UHRI_SOURCE };

/**
 * Opens the bulk export as a byte stream (the only I/O of the adapter). The body is ~365 MB, so it is never
 * read whole: openExport(cfg, http) → the Readable of GET https://dataex.ohchr.org/uhri/export-results/export-full-en.json
 */
export function openExport(cfg: UhriConfig, http: HttpClient): Promise<Readable> {
  return http.getStream(exportUrl(cfg), { source: UHRI_SOURCE, accept: 'application/json' });
}
