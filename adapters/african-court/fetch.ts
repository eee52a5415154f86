import type { Fetched, SourceFetcher } from '../_kit/fetcher.ts';
import type { AfricanCourtConfig } from './config.ts';
import { parseReceivedCases } from './parse.ts';
import { AFRICAN_COURT_SOURCE } from './config.ts';

/** receivedCasesUrl({ baseUrl: 'https://www.african-court.org', … }) === 'https://www.african-court.org/cpmt/received-cases' */
export function receivedCasesUrl(cfg: AfricanCourtConfig): string {
  return `${cfg.baseUrl}/cpmt/received-cases`;
}

/** GET the registry page through the shared cache; a page without the table is never cached over the last good copy. */
export function fetchReceivedCases(cfg: AfricanCourtConfig, fetcher: SourceFetcher): Promise<Fetched> {
  const url = receivedCasesUrl(cfg);
  return fetcher.get(url, {
    source: AFRICAN_COURT_SOURCE,
    ttlMs: cfg.ttlMs,
    accept: 'text/html',
    validate: (body) => void parseReceivedCases(body, url),
  });
}
