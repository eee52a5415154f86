import type { Fetched, SourceFetcher } from '../_kit/fetcher.ts';
import { asSourceError } from '../_kit/errors.ts';
import { validateSpinternetConfig, type SpinternetConfig } from './config.ts';
import { fetchPage, SOURCE, standingInvitationsUrl, visitsUrl } from './fetch.ts';
import { toSpStandingInvitationRecord, toSpVisitRecord, type SpStandingInvitationRecord, type SpVisitRecord } from './map.ts';
import { parseStandingInvitationsPage, parseVisitsPage } from './parse.ts';

export type { SpStandingInvitationRecord, SpVisitRecord } from './map.ts';
export { SPINTERNET_DEFAULTS, type SpinternetConfig } from './config.ts';
export { standingInvitationsUrl, visitsUrl } from './fetch.ts';

export interface SpinternetAdapter {
  readonly config: SpinternetConfig;
  /** Every visit and visit request the country-visits page lists, in the page's order. */
  visits(fetcher: SourceFetcher): Promise<{ records: SpVisitRecord[]; fetched: Fetched }>;
  /** Every State the standing-invitations page lists, in the page's order. */
  standingInvitations(fetcher: SourceFetcher): Promise<{ records: SpStandingInvitationRecord[]; fetched: Fetched }>;
}

/**
 * The Special Procedures' country visits and standing invitations:
 * await createSpinternetAdapter({ baseUrl: server.baseUrl('spinternet') }).visits(fetcher)
 * → { records: [{ country: 'Honduras', mandate: 'Special Rapporteur on extrajudicial, …', statusLabel: 'completed', … }, …], fetched }
 * await createSpinternetAdapter({ baseUrl }).standingInvitations(fetcher)
 * → { records: [{ country: 'Argentina', since: '2021', sinceLabel: '2021', extendedTo: null }, …], fetched }
 */
export function createSpinternetAdapter(config: Partial<SpinternetConfig> = {}): SpinternetAdapter {
  const cfg = validateSpinternetConfig(config);

  /** GET one page (cached, read once by its parser) and map its rows. */
  async function read<Row, Rec>(url: string, fetcher: SourceFetcher, parse: (body: string, url: string) => Row[], map: (row: Row) => Rec) {
    const { fetched, parsed } = await fetchPage(cfg, fetcher, url, parse);
    try {
      return { records: parsed.map(map), fetched };
    } catch (err) {
      throw asSourceError(err, SOURCE);
    }
  }

  return {
    config: cfg,
    visits: (fetcher) => read(visitsUrl(cfg), fetcher, parseVisitsPage, toSpVisitRecord),
    standingInvitations: (fetcher) =>
      read(standingInvitationsUrl(cfg), fetcher, parseStandingInvitationsPage, toSpStandingInvitationRecord),
  };
}
