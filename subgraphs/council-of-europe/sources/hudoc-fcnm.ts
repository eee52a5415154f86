import type { Fetched } from '../../../adapters/_kit/fetcher.ts';
import { unreadWarning } from '../../../adapters/_kit/unread.ts';
import { HUDOC_SOURCES } from '../../../adapters/hudoc/config.ts';
import { fcnmOpinions, HUDOC_SITES, type HudocRssItem, type HudocSiteConfig } from '../../../adapters/hudoc/index.ts';
import type { Recommendation } from '../../../schema/types.ts';
import type { ContractSource } from '../../_shared/contract-source.ts';
import { countryRefOf } from '../../_shared/country-ref.ts';
import type { SourceDeclaration } from '../../_shared/source-declaration.ts';
import { monitoringSource } from '../hudoc-sources.ts';
import { recommendation } from '../monitoring-to-contract.ts';
import { documentOf } from '../to-contract.ts';
import { feedSource } from './hudoc-feeds.ts';

const FCNM = HUDOC_SOURCES.fcnm;
const MECHANISM = 'coe-fcnm';

/**
 * The ACFC's country opinions (HUDOC-FCNM's feed, one item per section) → one Recommendation per opinion: its text the
 * opinion as titled ('Fifth Opinion on Ireland'), its State, its first section as its document. The feed dates no
 * section ('Mon, 01 Jan 0001'): an opinion has no date (sorted last, and left out of a query with dates, as undated
 * records are by default), its sourceDate says what the feed wrote.
 */
export function toFcnmRecommendations(items: readonly HudocRssItem[], fetched: Fetched, warnings: string[]): Recommendation[] {
  const { opinions, unread } = fcnmOpinions(items);
  const warning = unreadWarning(FCNM, 'items are no "<round> opinion on <State> - <part>/<parts> - <section>" section', unread);
  if (warning) warnings.push(warning);
  return opinions.map((o) =>
    recommendation(
      {
        source: FCNM,
        mechanismId: MECHANISM,
        mechanismLabel: 'ACFC',
        id: o.reportId,
        text: o.title,
        date: null,
        sourceDate: o.sections[0].item.sourceDate,
        annotationType: 'Opinion',
        countries: [countryRefOf(o.state, warnings)],
        document: documentOf(o.sections[0].item),
        followUp: null,
      },
      fetched,
    ),
  );
}

function hudocFcnmSource(site: HudocSiteConfig = HUDOC_SITES.fcnm): ContractSource {
  return monitoringSource(FCNM, MECHANISM, site, toFcnmRecommendations);
}

export const HUDOC_FCNM: SourceDeclaration = feedSource(HUDOC_SITES.fcnm, hudocFcnmSource, {
  source: 'HUDOC-FCNM (RSS)',
  reads:
    "the Advisory Committee on the Framework Convention for the Protection of National Minorities' country opinions, sections assembled into one undated `Recommendation` per opinion",
});
