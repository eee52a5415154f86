import type { Fetched, SourceFetcher } from '../../adapters/_kit/fetcher.ts';
import type { AdapterPage, AdapterQuery } from '../../adapters/_kit/types.ts';
import { createHudocAdapter, HUDOC_SITES, type HudocAdapter, type HudocRssItem, type HudocSiteConfig } from '../../adapters/hudoc/index.ts';
import type { Ordered } from '../../schema/order.ts';
import { filteredPage } from '../_shared/filtered-page.ts';
import type { CountryRef, Decision, Recommendation, Visit } from '../../schema/types.ts';
import { filtersApplied, type ContractSource, type Reader } from '../_shared/contract-source.ts';
import {
  executionAdapters,
  executionDecision,
  readExecution,
  withExecution,
  type ExecutionAdapters,
  type ExecutionRead,
} from './execution.ts';
import { toEcriRecommendations, toGretaRecommendations, toGrevioRecommendations } from './monitoring-to-contract.ts';
import { COE_SYSTEM, toCptVisits, toEchrDecision, toEscDecision } from './to-contract.ts';
import { HUDOC_SOURCES } from '../../adapters/hudoc/config.ts';

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
    const items = feed.rows.map((r) => r.record);
    const warnings: string[] = [];
    const fresh = q.since ? newSince(items, q.since) : null;
    const rows = mapping.map(items, feed.fetched[0], warnings).filter((r) => !fresh || fresh.has(r.id.slice(r.id.indexOf(':') + 1)));
    const page = filteredPage(rows, q, { countries: mapping.countries, order: mapping.order });
    return { rows: page.rows, total: page.total, fetched: feed.fetched, warnings: [...new Set(warnings)] };
  };
}

/** What every RSS-read source can filter by itself: dates, countries and "what is new since". */
const FEED_FILTERS = filtersApplied('since');

/** How many case cards and documents the execution of one ECtHR page (at most 100 decisions) is read from. */
const PAGE_EXECUTION = { maxCards: 500, maxDocuments: 500 } as const;

/** The execution cases of a page's application numbers; a failure leaves them out and says so in `warnings`. */
async function executionOfPage(
  exec: ExecutionAdapters,
  decisions: readonly Decision[],
  fetcher: SourceFetcher,
  warnings: string[],
): Promise<ExecutionRead | null> {
  const appNumbers = [...new Set(decisions.flatMap((d) => d.caseNumbers))];
  if (appNumbers.length === 0) return null;
  try {
    const read = await readExecution(exec, { countries: [], from: null, to: null, appNumbers, ...PAGE_EXECUTION }, fetcher);
    warnings.push(...read.warnings);
    return read;
  } catch (err) {
    warnings.push(`hudoc-exec: execution status left out: ${(err as Error).message}`);
    return null;
  }
}

/**
 * ECtHR judgments, decisions and communicated cases through HUDOC's JSON query API: HUDOC filters by respondent and
 * date, pages in its own order (kpdate desc, itemid asc) and counts (total = resultcount). With `execSite`, HUDOC-EXEC
 * is then searched for the page's application numbers (case cards and Committee of Ministers documents, through the
 * same per-request fetcher) and each decision gets the execution of its case in `compliance`, its card in `alsoIn`.
 */
export function hudocEchrSource(site: HudocSiteConfig = HUDOC_SITES.echr, execSite: HudocSiteConfig | null = null): ContractSource {
  const adapter = createHudocAdapter(site);
  const exec = execSite ? executionAdapters(execSite) : null;
  return {
    name: HUDOC_SOURCES.echr,
    system: COE_SYSTEM,
    mechanisms: ['coe-ecthr'],
    canFilterBy: filtersApplied('articles', 'importance'),
    async decisions(q, ctx): Promise<AdapterPage<Decision>> {
      const page = await adapter.search(q, ctx.fetcher);
      const warnings = [...page.warnings];
      const decisions = page.rows.map((r) => toEchrDecision(r.record, r.fetched, warnings));
      const found = exec ? await executionOfPage(exec, decisions, ctx.fetcher, warnings) : null;
      const rows = found ? decisions.map((d) => withExecution(d, found.records)) : decisions;
      return { rows, total: page.total, fetched: [...page.fetched, ...(found?.fetched ?? [])], warnings: [...new Set(warnings)] };
    },
  };
}

/** How many case cards one hudoc-exec query reads at most (HUDOC-EXEC held 1,450 pending leading cases in 2026), and documents. */
const EXECUTION_READ = { maxCards: 5000, maxDocuments: 500 } as const;

/**
 * The Committee of Ministers' supervision of the execution of ECtHR judgments (mechanism coe-cm): HUDOC-EXEC's execution
 * case search (its pending leading cases, filtered by State and judgment date) with the Committee's newest documents on
 * them, as one Decision per case whose `compliance` says the state, track, group, raw status codes and latest action.
 * A case seen only through its documents (a repetitive case, or one whose judgment is outside the dates) is a record too.
 * Total: the cases found; null when more documents match than were read (a warning says so).
 */
export function hudocExecSource(site: HudocSiteConfig = HUDOC_SITES.exec): ContractSource {
  const exec = executionAdapters(site);
  return {
    name: HUDOC_SOURCES.exec,
    system: COE_SYSTEM,
    mechanisms: ['coe-cm'],
    canFilterBy: filtersApplied(),
    async decisions(q, ctx): Promise<AdapterPage<Decision>> {
      const read = await readExecution(exec, { countries: q.countries, from: q.from, to: q.to, ...EXECUTION_READ }, ctx.fetcher);
      const warnings = [...read.warnings];
      const rows = read.records.map((r) => executionDecision(r, warnings));
      const page = filteredPage(rows, q, { countries: (d) => d.respondents, order: (d) => d });
      const complete = read.documentsRead >= read.documentTotal && read.cardTotal <= EXECUTION_READ.maxCards;
      return { rows: page.rows, total: complete ? page.total : null, fetched: read.fetched, warnings: [...new Set(warnings)] };
    },
  };
}

/**
 * CPT visits assembled from HUDOC-CPT's RSS feed. The feed holds only HUDOC's newest items (a few thousand report
 * sections), so older visits are not seen; filters apply on publishedOn.
 */
export function hudocCptSource(site: HudocSiteConfig = HUDOC_SITES.cpt): ContractSource {
  return {
    name: HUDOC_SOURCES.cpt,
    system: COE_SYSTEM,
    mechanisms: ['coe-cpt'],
    canFilterBy: FEED_FILTERS,
    visits: feedReader<Visit>(createHudocAdapter(site), {
      map: toCptVisits,
      countries: (v) => [v.country],
      order: (v) => ({ date: v.publishedOn, id: v.id }),
    }),
  };
}

/** European Social Charter decisions and conclusions from HUDOC-ESC's RSS feed (newest items only). */
export function hudocEscSource(site: HudocSiteConfig = HUDOC_SITES.esc): ContractSource {
  return {
    name: HUDOC_SOURCES.esc,
    system: COE_SYSTEM,
    mechanisms: ['coe-ecsr'],
    canFilterBy: FEED_FILTERS,
    decisions: feedReader<Decision>(createHudocAdapter(site), {
      map: (items, fetched, warnings) => items.map((item) => toEscDecision(item, fetched, warnings)),
      countries: (d) => d.respondents,
      order: (d) => d,
    }),
  };
}

const recommendationOrder = (r: Recommendation): Ordered => ({ date: r.issuedOn, id: r.id });

/** A monitoring body's reports from its sub-site's RSS feed, as Recommendations. */
export function monitoringSource(
  name: string,
  mechanismId: string,
  site: HudocSiteConfig,
  map: FeedMapping<Recommendation>['map'],
): ContractSource {
  return {
    name,
    system: COE_SYSTEM,
    mechanisms: [mechanismId],
    canFilterBy: FEED_FILTERS,
    recommendations: feedReader(createHudocAdapter(site), { map, countries: (r) => r.countries, order: recommendationOrder }),
  };
}

/** ECRI country reports, interim follow-up conclusions and general policy recommendations (HUDOC-ECRI's feed). */
export function hudocEcriSource(site: HudocSiteConfig = HUDOC_SITES.ecri): ContractSource {
  return monitoringSource(HUDOC_SOURCES.ecri, 'coe-ecri', site, toEcriRecommendations);
}

/** GRETA country evaluation reports, assembled from their sections (HUDOC-GRETA's feed). */
export function hudocGretaSource(site: HudocSiteConfig = HUDOC_SITES.greta): ContractSource {
  return monitoringSource(HUDOC_SOURCES.greta, 'coe-greta', site, toGretaRecommendations);
}

/** GREVIO evaluation reports, assembled from their sections (HUDOC-GREVIO's feed). */
export function hudocGrevioSource(site: HudocSiteConfig = HUDOC_SITES.grevio): ContractSource {
  return monitoringSource(HUDOC_SOURCES.grevio, 'coe-grevio', site, toGrevioRecommendations);
}
