import { createSourceCache } from '../../../adapters/_kit/cache.ts';
import { createCachedFetcher } from '../../../adapters/_kit/fetcher.ts';
import { SOURCE } from '../../../adapters/tbinternet/fetch.ts';
import { createTbinternetAdapter, searchUrl, TBINTERNET_DEFAULTS } from '../../../adapters/tbinternet/index.ts';
import { tbinternetReplay } from '../../../adapters/tbinternet/replay.ts';
import type { SourceCheck } from '../../_shared/source-check.ts';
import { baseUrlOf, type SourceDeclaration } from '../../_shared/source-declaration.ts';
import { tbinternetSource } from '../tbinternet-source.ts';

/** The jurisprudence search's first results page, through the adapter's own ViewState round-trip. */
function tbinternetCheck(): SourceCheck {
  return {
    source: SOURCE,
    system: 'UN',
    url: searchUrl(TBINTERNET_DEFAULTS),
    async run(http) {
      try {
        const read = await createTbinternetAdapter({ maxPages: 1 }).jurisprudence(createCachedFetcher(http, createSourceCache()));
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

export const TBINTERNET: SourceDeclaration = {
  name: SOURCE,
  system: 'UN',
  defaultUrl: TBINTERNET_DEFAULTS.baseUrl,
  sources: (env) => [tbinternetSource({ baseUrl: baseUrlOf(TBINTERNET, env) })],
  checks: () => [tbinternetCheck()],
  replay: { mount: () => tbinternetReplay() },
  fixtures: [SOURCE],
  readme: {
    source: 'Treaty Body Database (tbinternet, ASP.NET)',
    adapter: SOURCE,
    reads:
      "treaty-body views and decisions on individual communications: the Jurisprudence search, posted back with its ViewState, and each decision's language versions (`Download.aspx?symbolno=`)",
  },
};
