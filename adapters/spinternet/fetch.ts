import { getRead, type ReadAnswer, type SourceFetcher } from '../_kit/fetcher.ts';
import type { SpinternetConfig } from './config.ts';
import { SOURCE } from './config.ts';

export { SOURCE };

/** Every country visit, whatever its status: visitsUrl(SPINTERNET_DEFAULTS) === 'https://spinternet.ohchr.org/ViewCountryVisits.aspx?visitType=all&Lang=en' */
export function visitsUrl(cfg: Pick<SpinternetConfig, 'baseUrl'>): string {
  return `${cfg.baseUrl}/ViewCountryVisits.aspx?visitType=all&Lang=en`;
}

/** The States with a standing invitation: standingInvitationsUrl(SPINTERNET_DEFAULTS) === 'https://spinternet.ohchr.org/StandingInvitations.aspx?Lang=en' */
export function standingInvitationsUrl(cfg: Pick<SpinternetConfig, 'baseUrl'>): string {
  return `${cfg.baseUrl}/StandingInvitations.aspx?Lang=en`;
}

/**
 * The only I/O of the adapter: one cached GET through the hub's fetcher, read by the page's own parser, so a page the
 * parser rejects (a maintenance page served with 200) is never cached, and a warm read parses nothing:
 * fetchPage(cfg, fetcher, visitsUrl(cfg), parseVisitsPage)
 */
export function fetchPage<Row>(
  cfg: SpinternetConfig,
  fetcher: SourceFetcher,
  url: string,
  parse: (body: string, url: string) => Row[],
): Promise<ReadAnswer<Row[]>> {
  return getRead(fetcher, url, { source: SOURCE, ttlMs: cfg.ttlMs, accept: 'text/html' }, parse.name, (body) => parse(body, url));
}
