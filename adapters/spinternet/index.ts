import type { Fetched, SourceFetcher } from '../_kit/fetcher.ts';
import { asSourceError } from '../_kit/errors.ts';
import { validateSpinternetConfig, type SpinternetConfig } from './config.ts';
import { fetchPage, SOURCE, visitsUrl } from './fetch.ts';
import { toSpVisitRecord, type SpVisitRecord } from './map.ts';
import { parseVisitsPage } from './parse.ts';

export type { SpVisitRecord } from './map.ts';
export { SPINTERNET_DEFAULTS, type SpinternetConfig } from './config.ts';
export { visitsUrl } from './fetch.ts';

export interface SpinternetAdapter {
  readonly config: SpinternetConfig;
  /** Every visit and visit request the country-visits page lists, in the page's order. */
  visits(fetcher: SourceFetcher): Promise<{ records: SpVisitRecord[]; fetched: Fetched }>;
}

/**
 * The Special Procedures' country visits:
 * await createSpinternetAdapter({ baseUrl: server.baseUrl('spinternet') }).visits(fetcher)
 * → { records: [{ country: 'Honduras', mandate: 'Special Rapporteur on extrajudicial, …', statusLabel: 'completed', … }, …], fetched }
 */
export function createSpinternetAdapter(config: Partial<SpinternetConfig> = {}): SpinternetAdapter {
  const cfg = validateSpinternetConfig(config);
  return {
    config: cfg,
    async visits(fetcher) {
      const url = visitsUrl(cfg);
      const fetched = await fetchPage(cfg, fetcher, url);
      try {
        return { records: parseVisitsPage(fetched.body, url).map(toSpVisitRecord), fetched };
      } catch (err) {
        throw asSourceError(err, SOURCE);
      }
    },
  };
}
