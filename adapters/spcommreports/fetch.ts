import { getRead, type ReadAnswer, type SourceFetcher } from '../_kit/fetcher.ts';
import type { SpcommreportsConfig } from './config.ts';
import { parseListingPage, type SpCommPage } from './parse.ts';
import { SOURCE } from './config.ts';

export { SOURCE };
const LISTING_PATH = '/LatestReports/CommunicationSent';

/**
 * One page of the "Communications sent" listing, newest first, as the site's pager links it (page 1 has no parameter):
 * listingUrl(SPCOMMREPORTS_DEFAULTS, 1) === 'https://spcommreports.ohchr.org/LatestReports/CommunicationSent'
 * listingUrl(SPCOMMREPORTS_DEFAULTS, 3) === 'https://spcommreports.ohchr.org/LatestReports/CommunicationSent?page=3'
 */
export function listingUrl(cfg: Pick<SpcommreportsConfig, 'baseUrl'>, page: number): string {
  return `${cfg.baseUrl}${LISTING_PATH}${page > 1 ? `?page=${page}` : ''}`;
}

/**
 * The only I/O of the adapter: one cached GET of a listing page, read by the page parser before it is cached, so
 * a maintenance page served with 200 (no communications grid) never replaces the last good copy; a warm read parses nothing.
 */
export function fetchListingPage(cfg: SpcommreportsConfig, fetcher: SourceFetcher, page: number): Promise<ReadAnswer<SpCommPage>> {
  const url = listingUrl(cfg, page);
  return getRead(fetcher, url, { source: SOURCE, ttlMs: cfg.ttlMs, accept: 'text/html' }, 'listing', (body) => parseListingPage(body, url));
}
