import type { Fetched, SourceFetcher } from '../../adapters/_kit/fetcher.ts';
import type { AdapterPage, AdapterQuery } from '../../adapters/_kit/types.ts';
import { createHudocAdapter, HUDOC_SITES, type HudocAdapter, type HudocRssItem, type HudocSiteConfig } from '../../adapters/hudoc/index.ts';
import type { Ordered } from '../../schema/order.ts';
import { filteredPage } from '../_shared/filtered-page.ts';
import type { CountryRef, Decision, Recommendation, Visit } from '../../schema/types.ts';
import { filtersApplied, type ContractSource, type Reader } from '../_shared/contract-source.ts';
import { indexExecution, withExecution, type ExecutionIndex } from './execution.ts';
import { toEcriRecommendations, toGretaRecommendations, toGrevioRecommendations } from './monitoring-to-contract.ts';
import { COE_SYSTEM, toCptVisits, toEchrDecision, toEscDecision } from './to-contract.ts';

/** The whole RSS feed: the feed readers filter, order and slice it themselves. */
const WHOLE_FEED: AdapterQuery = { countries: [], from: null, to: null, text: null, offset: 0, limit: Number.MAX_SAFE_INTEGER };

/**
 * The HUDOC ids of the feed items published at or after `since` (an ISO instant), and the reports they are
 * sections of: a record read from the feed is new when its own id (after 'hudoc-<site>:') is one of them.
 */
function newSince(items: readonly HudocRssItem[], since: string): Set<string> {
  const fresh = items.filter((i) => i.publishedAt !== null && i.publishedAt >= since);
  return new Set(fresh.flatMap((i) => [i.id, i.id.replace(/-\d+$/, '')]));
}

/** How one sub-site's feed becomes contract records. */
interface FeedMapping<T> {
  map(items: readonly HudocRssItem[], fetched: Fetched, warnings: string[]): T[];
  countries(row: T): readonly CountryRef[];
  order(row: T): Ordered;
}

/**
 * A reader over a sub-site's RSS feed, which holds only HUDOC's newest items: the whole feed is mapped, then the
 * country, date and `since` filters are applied here (`since` on the items' pubDate instants: the cheapest path, one
 * cached GET, so a dashboard can poll), newest first, sliced; total counts what the feed shows for the filter.
 */
function feedReader<T extends { id: string }>(adapter: HudocAdapter, mapping: FeedMapping<T>): Reader<T> {
  return async (q, ctx): Promise<AdapterPage<T>> => {
    const feed = await adapter.rss(WHOLE_FEED, ctx.fetcher);
    const warnings: string[] = [];
    const fresh = q.since ? newSince(feed.rows, q.since) : null;
    const rows = mapping.map(feed.rows, feed.fetched[0], warnings).filter((r) => !fresh || fresh.has(r.id.slice(r.id.indexOf(':') + 1)));
    const page = filteredPage(rows, q, { countries: mapping.countries, order: mapping.order });
    return { rows: page.rows, total: page.total, fetched: feed.fetched, warnings: [...new Set(warnings)] };
  };
}

/** What every RSS-read source can filter by itself: dates, countries and "what is new since". */
const FEED_FILTERS = filtersApplied('since');

/** The EXEC feed read for one ECtHR page through the same per-request fetcher; a failure leaves the links out and says so. */
async function readExecution(exec: HudocAdapter, fetcher: SourceFetcher): Promise<{ index: ExecutionIndex | null; warnings: string[] }> {
  try {
    const feed = await exec.rss(WHOLE_FEED, fetcher);
    return { index: indexExecution(feed.rows, feed.fetched[0]), warnings: [] };
  } catch (err) {
    return { index: null, warnings: [`hudoc-exec: execution links left out: ${(err as Error).message}`] };
  }
}

/**
 * ECtHR judgments, decisions and communicated cases through HUDOC's JSON query API: HUDOC filters by respondent and
 * date, pages in its own order (kpdate desc, itemid asc) and counts (total = resultcount). With `execSite`, the same
 * request also reads HUDOC-EXEC's feed (cached, shared with every reader of the request) and links each decision to
 * the EXEC case cards of its application numbers (Decision.alsoIn; compliance stays null, see withExecution).
 */
export function hudocEchrSource(site: HudocSiteConfig = HUDOC_SITES.echr, execSite: HudocSiteConfig | null = null): ContractSource {
  const adapter = createHudocAdapter(site);
  const exec = execSite ? createHudocAdapter(execSite) : null;
  return {
    name: 'hudoc-echr',
    system: COE_SYSTEM,
    mechanisms: ['coe-ecthr'],
    canFilterBy: filtersApplied('articles', 'importance'),
    async decisions(q, ctx): Promise<AdapterPage<Decision>> {
      const [page, execution] = await Promise.all([adapter.search(q, ctx.fetcher), exec ? readExecution(exec, ctx.fetcher) : null]);
      const warnings = [...page.warnings, ...(execution?.warnings ?? [])];
      const index = execution?.index;
      const rows = page.rows.map((r, i) => toEchrDecision(r, page.sourceOf[i], warnings)).map((d) => (index ? withExecution(d, index) : d));
      if (rows.some((d) => d.alsoIn.some((p) => p.source === 'hudoc-exec')))
        warnings.push('hudoc-exec: the RSS feed names the execution case cards but not their status; compliance is left null');
      const fetched = index ? [...page.fetched, index.fetched] : page.fetched;
      return { rows, total: page.total, fetched, warnings: [...new Set(warnings)] };
    },
  };
}

/**
 * CPT visits assembled from HUDOC-CPT's RSS feed. The feed holds only HUDOC's newest items (a few thousand report
 * sections), so older visits are not seen; filters apply on publishedOn.
 */
export function hudocCptSource(site: HudocSiteConfig = HUDOC_SITES.cpt): ContractSource {
  return {
    name: 'hudoc-cpt', system: COE_SYSTEM, mechanisms: ['coe-cpt'], canFilterBy: FEED_FILTERS,
    visits: feedReader<Visit>(createHudocAdapter(site), { map: toCptVisits, countries: (v) => [v.country], order: (v) => ({ date: v.publishedOn, id: v.id }) }),
  };
}

/** European Social Charter decisions and conclusions from HUDOC-ESC's RSS feed (newest items only). */
export function hudocEscSource(site: HudocSiteConfig = HUDOC_SITES.esc): ContractSource {
  return {
    name: 'hudoc-esc', system: COE_SYSTEM, mechanisms: ['coe-ecsr'], canFilterBy: FEED_FILTERS,
    decisions: feedReader<Decision>(createHudocAdapter(site), {
      map: (items, fetched, warnings) => items.map((item) => toEscDecision(item, fetched, warnings)), countries: (d) => d.respondents, order: (d) => d,
    }),
  };
}

const recommendationOrder = (r: Recommendation): Ordered => ({ date: r.issuedOn, id: r.id });

/** A monitoring body's reports from its sub-site's RSS feed, as Recommendations. */
function monitoringSource(name: string, mechanismId: string, site: HudocSiteConfig, map: FeedMapping<Recommendation>['map']): ContractSource {
  return {
    name, system: COE_SYSTEM, mechanisms: [mechanismId], canFilterBy: FEED_FILTERS,
    recommendations: feedReader(createHudocAdapter(site), { map, countries: (r) => r.countries, order: recommendationOrder }),
  };
}

/** ECRI country reports, interim follow-up conclusions and general policy recommendations (HUDOC-ECRI's feed). */
export function hudocEcriSource(site: HudocSiteConfig = HUDOC_SITES.ecri): ContractSource {
  return monitoringSource('hudoc-ecri', 'coe-ecri', site, toEcriRecommendations);
}

/** GRETA country evaluation reports, assembled from their sections (HUDOC-GRETA's feed). */
export function hudocGretaSource(site: HudocSiteConfig = HUDOC_SITES.greta): ContractSource {
  return monitoringSource('hudoc-greta', 'coe-greta', site, toGretaRecommendations);
}

/** GREVIO evaluation reports, assembled from their sections (HUDOC-GREVIO's feed). */
export function hudocGrevioSource(site: HudocSiteConfig = HUDOC_SITES.grevio): ContractSource {
  return monitoringSource('hudoc-grevio', 'coe-grevio', site, toGrevioRecommendations);
}
