import { getRead, type ReadAnswer, type SourceFetcher } from '../_kit/fetcher.ts';
import { checkRows } from '../_kit/sanity.ts';
import { mapReceivedCase, type AfricanCourtCase } from './map.ts';
import type { AfricanCourtConfig } from './config.ts';
import { parseReceivedCases } from './parse.ts';
import { AFRICAN_COURT_SOURCE } from './config.ts';

/** receivedCasesUrl({ baseUrl: 'https://www.african-court.org', … }) === 'https://www.african-court.org/cpmt/received-cases' */
export function receivedCasesUrl(cfg: AfricanCourtConfig): string {
  return `${cfg.baseUrl}/cpmt/received-cases`;
}

/**
 * GET the registry page through the shared cache, read into its cases once: a page without the table (or without a
 * sane row) is never cached over the last good copy, and a warm read parses nothing.
 */
export function fetchReceivedCases(cfg: AfricanCourtConfig, fetcher: SourceFetcher): Promise<ReadAnswer<AfricanCourtCase[]>> {
  const url = receivedCasesUrl(cfg);
  return getRead(fetcher, url, { source: AFRICAN_COURT_SOURCE, ttlMs: cfg.ttlMs, accept: 'text/html' }, 'cases', (body) =>
    checkRows(AFRICAN_COURT_SOURCE, parseReceivedCases(body, url).map(mapReceivedCase)),
  );
}
