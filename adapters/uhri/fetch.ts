import type { Readable } from 'node:stream';
import type { HttpClient } from '../_kit/http.ts';
import { exportUrl, type UhriConfig } from './config.ts';

/** The hub's name for this source, carried by every error and provenance record. */
export const UHRI_SOURCE = 'uhri';

/**
 * Opens the bulk export as a byte stream (the only I/O of the adapter). The body is ~365 MB, so it is never
 * read whole: openExport(cfg, http) → the Readable of GET https://dataex.ohchr.org/uhri/export-results/export-full-en.json
 */
export function openExport(cfg: UhriConfig, http: HttpClient): Promise<Readable> {
  return http.getStream(exportUrl(cfg), { source: UHRI_SOURCE, accept: 'application/json' });
}
