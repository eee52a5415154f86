import type { Fetched, SourceFetcher } from '../_kit/fetcher.ts';
import type { SpinternetConfig } from './config.ts';
import { parseVisitsPage } from './parse.ts';

export const SOURCE = 'spinternet';

/** Every country visit, whatever its status: visitsUrl(SPINTERNET_DEFAULTS) === 'https://spinternet.ohchr.org/ViewCountryVisits.aspx?visitType=all&Lang=en' */
export function visitsUrl(cfg: Pick<SpinternetConfig, 'baseUrl'>): string {
  return `${cfg.baseUrl}/ViewCountryVisits.aspx?visitType=all&Lang=en`;
}

/** The only I/O of the adapter: one cached GET through the hub's fetcher; a page the parser rejects is never cached. */
export function fetchPage(cfg: SpinternetConfig, fetcher: SourceFetcher, url: string): Promise<Fetched> {
  return fetcher.get(url, { source: SOURCE, ttlMs: cfg.ttlMs, accept: 'text/html', validate: (body) => void parseVisitsPage(body, url) });
}
