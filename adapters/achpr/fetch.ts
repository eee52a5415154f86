import type { Fetched, SourceFetcher } from '../_kit/fetcher.ts';
import { SourceInsaneError } from '../_kit/errors.ts';
import type { AchprConfig } from './config.ts';
import { parseListing } from './parse.ts';

/** listingUrl(cfg, 2) === 'https://achpr.au.int/en/category/decisions-communications?page=2' (Drupal's pager counts from 0). */
export function listingUrl(cfg: AchprConfig, page: number): string {
  return `${cfg.baseUrl}/en/category/decisions-communications?page=${page}`;
}

/**
 * GET one listing page through the shared cache. The first page must name a decision (RH_SOURCE_INSANE otherwise), so
 * a maintenance page served with 200 is never cached over the last good copy; later pages may be empty (the pager's end).
 */
export function fetchListingPage(cfg: AchprConfig, fetcher: SourceFetcher, page: number): Promise<Fetched> {
  const url = listingUrl(cfg, page);
  const validate = page === 0
    ? (body: string) => {
      if (parseListing(body).length === 0)
        throw new SourceInsaneError(`achpr: the decisions listing names no communication; has the page changed? (GET ${url})`, 'achpr', { url });
    }
    : undefined;
  return fetcher.get(url, { source: 'achpr', ttlMs: cfg.ttlMs, accept: 'text/html', validate });
}
