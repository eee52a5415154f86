import type { AdapterPage, AdapterQuery } from '../../adapters/_kit/types.ts';
import { createHudocAdapter, HUDOC_SITES, type HudocSiteConfig } from '../../adapters/hudoc/index.ts';
import { inDateRange, pageNewestFirst, type Ordered } from '../../schema/order.ts';
import type { CountryRef, Decision, Visit } from '../../schema/types.ts';
import type { ContractQuery, ContractSource } from '../_shared/contract-source.ts';
import { COE_SYSTEM, toCptVisits, toEchrDecision, toEscDecision } from './to-contract.ts';

/** The whole RSS feed: the CPT and ESC readers filter, order and slice it themselves. */
const WHOLE_FEED: AdapterQuery = { countries: [], from: null, to: null, text: null, offset: 0, limit: Number.MAX_SAFE_INTEGER };

/** true when a record's States and date pass the query's country and date filters. */
function matches(q: ContractQuery, countries: readonly CountryRef[], date: string | null): boolean {
  if (q.countries.length > 0 && !countries.some((c) => c.code !== null && q.countries.includes(c.code))) return false;
  return inDateRange(date, q.from, q.to);
}

/** Filtered rows, newest first, [offset, offset + limit), with the count for the filter. */
function filteredPage<T>(rows: T[], q: ContractQuery, countries: (row: T) => readonly CountryRef[], key: (row: T) => Ordered) {
  return pageNewestFirst(rows.filter((r) => matches(q, countries(r), key(r).date)), key, q.offset, q.limit);
}

/**
 * ECtHR judgments, decisions and communicated cases through HUDOC's JSON query API: HUDOC filters by respondent and
 * date, pages in its own order (kpdate desc, itemid asc) and counts (total = resultcount).
 */
export function hudocEchrSource(site: HudocSiteConfig = HUDOC_SITES.echr): ContractSource {
  const adapter = createHudocAdapter(site);
  return {
    name: 'hudoc-echr',
    system: COE_SYSTEM,
    mechanisms: ['coe-ecthr'],
    canFilterBy: { themes: false, text: false, articles: true, importance: true, since: false },
    async decisions(q, ctx): Promise<AdapterPage<Decision>> {
      const page = await adapter.search(q, ctx.fetcher);
      const warnings = [...page.warnings];
      const rows = page.rows.map((r, i) => toEchrDecision(r, page.sourceOf[i], warnings));
      return { rows, total: page.total, fetched: page.fetched, warnings: [...new Set(warnings)] };
    },
  };
}

/**
 * CPT visits assembled from HUDOC-CPT's RSS feed. The feed holds only HUDOC's newest items (a few thousand report
 * sections), so older visits are not seen; country and date filters (on publishedOn) are applied here, and total
 * counts the visits the feed shows for the filter.
 */
export function hudocCptSource(site: HudocSiteConfig = HUDOC_SITES.cpt): ContractSource {
  const adapter = createHudocAdapter(site);
  return {
    name: 'hudoc-cpt',
    system: COE_SYSTEM,
    mechanisms: ['coe-cpt'],
    canFilterBy: { themes: false, text: false, articles: false, importance: false, since: false },
    async visits(q, ctx): Promise<AdapterPage<Visit>> {
      const feed = await adapter.rss(WHOLE_FEED, ctx.fetcher);
      const warnings = [...feed.warnings];
      const visits = toCptVisits(feed.rows, feed.fetched[0], warnings);
      const page = filteredPage(visits, q, (v) => [v.country], (v) => ({ date: v.publishedOn, id: v.id }));
      return { rows: page.rows, total: page.total, fetched: feed.fetched, warnings: [...new Set(warnings)] };
    },
  };
}

/**
 * European Social Charter decisions and conclusions from HUDOC-ESC's RSS feed (newest items only); country and date
 * filters are applied here, and total counts what the feed shows for the filter.
 */
export function hudocEscSource(site: HudocSiteConfig = HUDOC_SITES.esc): ContractSource {
  const adapter = createHudocAdapter(site);
  return {
    name: 'hudoc-esc',
    system: COE_SYSTEM,
    mechanisms: ['coe-ecsr'],
    canFilterBy: { themes: false, text: false, articles: false, importance: false, since: false },
    async decisions(q, ctx): Promise<AdapterPage<Decision>> {
      const feed = await adapter.rss(WHOLE_FEED, ctx.fetcher);
      const warnings = [...feed.warnings];
      const decisions = feed.rows.map((item) => toEscDecision(item, feed.fetched[0], warnings));
      const page = filteredPage(decisions, q, (d) => d.respondents, (d) => d);
      return { rows: page.rows, total: page.total, fetched: feed.fetched, warnings: [...new Set(warnings)] };
    },
  };
}
