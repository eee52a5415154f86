import { createSourceCache } from '../../../adapters/_kit/cache.ts';
import { createCachedFetcher } from '../../../adapters/_kit/fetcher.ts';
import { createTbinternetAdapter, sessionsListUrl, TBINTERNET_DEFAULTS } from '../../../adapters/tbinternet/index.ts';
import type { SourceCheck } from '../../_shared/source-check.ts';
import { baseUrlOf, type SourceDeclaration } from '../../_shared/source-declaration.ts';
import { TBINTERNET_SESSIONS, tbinternetSessionsSource } from '../tbinternet-sessions-source.ts';
import { TBINTERNET } from './tbinternet.ts';
import { SOURCE as TBINTERNET_SOURCE } from '../../../adapters/tbinternet/config.ts';

/** CAT's sessions list and the page of its newest session, through the adapter: the States it lists, with the session's dates. */
function tbinternetSessionsCheck(): SourceCheck {
  return {
    source: TBINTERNET_SESSIONS,
    system: 'UN',
    url: sessionsListUrl(TBINTERNET_DEFAULTS, 'CAT'),
    async run(http) {
      try {
        const read = await createTbinternetAdapter({ maxSessions: 1 }).reviews(
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

/** The session calendar is read from the same Treaty Body Database as its jurisprudence (RH_TBINTERNET_URL). */
export const TBINTERNET_SESSIONS_SOURCE: SourceDeclaration = {
  name: TBINTERNET_SESSIONS,
  system: 'UN',
  defaultUrl: TBINTERNET_DEFAULTS.baseUrl,
  site: TBINTERNET,
  sources: (env) => [tbinternetSessionsSource({ baseUrl: baseUrlOf(TBINTERNET_SESSIONS_SOURCE, env) })],
  checks: () => [tbinternetSessionsCheck()],
  fixtures: [TBINTERNET_SOURCE],
  readme: {
    source: 'Treaty Body Database, session calendar',
    adapter: TBINTERNET_SOURCE,
    reads:
      "the review calendar (`Review`) of CAT, CCPR, CEDAW and CRC: each body's `SessionsList.aspx`, then `SessionDetails1.aspx` of the sessions the query's dates can hold (at most 6 a body; with no date range the newest 6, and then the count is unknown and a warning says how far back it read)",
  },
};
