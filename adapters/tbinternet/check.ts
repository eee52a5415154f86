import { createSourceCache } from '../_kit/cache.ts';
import { createCachedFetcher } from '../_kit/fetcher.ts';
import type { SourceCheck } from '../_kit/source-check.ts';
import type { TbinternetConfig } from './config.ts';
import { searchUrl, sessionsListUrl } from './fetch.ts';
import { createTbinternetAdapter } from './index.ts';

/** The live drift check of the jurisprudence search: its first results page, through the adapter's own ViewState round-trip. */
export function tbinternetCheck(config: Pick<TbinternetConfig, 'baseUrl'>, source: string): SourceCheck {
  return {
    source,
    system: 'UN',
    url: searchUrl(config),
    async run(http) {
      try {
        const read = await createTbinternetAdapter({ baseUrl: config.baseUrl, maxPages: 1 }).jurisprudence(
          createCachedFetcher(http, createSourceCache()),
        );
        const unread = read.records.filter(({ record: r }) => !r.date || !r.symbol.includes('/D/')).length;
        return {
          records: read.records.length,
          problems: [
            ...(read.records.length === 0 ? ['the first results page listed no decision'] : []),
            ...(unread > 0 ? [`${unread} rows have no readable date or no communication symbol (…/D/…)`] : []),
          ],
        };
      } catch (err) {
        return { records: 0, problems: [(err as Error).message] };
      }
    },
  };
}

/**
 * The live drift check of the session calendar: CAT's sessions list and the page of its newest session, through the
 * adapter: the States it lists, with the session's dates.
 */
export function tbinternetSessionsCheck(config: Pick<TbinternetConfig, 'baseUrl'>, source: string): SourceCheck {
  return {
    source,
    system: 'UN',
    url: sessionsListUrl(config, 'CAT'),
    async run(http) {
      try {
        const read = await createTbinternetAdapter({ baseUrl: config.baseUrl, maxSessions: 1 }).reviews(
          ['CAT'],
          { from: null, to: null },
          createCachedFetcher(http, createSourceCache()),
        );
        const undated = read.records.some(({ record: r }) => !r.session.start && !r.session.end);
        return {
          records: read.records.length,
          problems: [
            ...(read.records.length === 0
              ? ['the newest CAT session lists no State (the page changed, or the session is not programmed yet)']
              : []),
            ...(undated ? ['the newest CAT session has no readable start or end date in the sessions list'] : []),
          ],
        };
      } catch (err) {
        return { records: 0, problems: [(err as Error).message] };
      }
    },
  };
}
