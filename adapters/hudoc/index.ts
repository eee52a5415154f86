import type { Fetched, SourceFetcher, Sourced } from '../_kit/fetcher.ts';
import type { AdapterPage, AdapterQuery } from '../_kit/types.ts';
import { validateHudocSiteConfig, type HudocSiteConfig } from './config.ts';
import { fetchHudoc, hudocQueryUrl, hudocRssUrl, hudocSourceName, queryFieldsOf, type HudocFilter } from './fetch.ts';
import { mapHudocRecords, type HudocRecord } from './map.ts';
import { inDateRange, pageNewestFirst } from '../../schema/order.ts';
import { parseHudocResults, type HudocColumns } from './parse.ts';
import { parseHudocRss, type HudocRssItem } from './rss.ts';
import { planWindows, slicesOf, type DayRange, type HudocWindow } from './window.ts';

export type { HudocRecord } from './map.ts';
export type { HudocRssItem } from './rss.ts';
export {
  COUNTRY_REPORTS,
  INTERIM_FOLLOW_UP,
  MONITORING_CATEGORIES,
  escItemOf,
  groupSections,
  grevioDescription,
  knownCategoryOf,
  monitoringItemOf,
  type EscItem,
  type EscKind,
  type MonitoringItem,
  type ReportSection,
} from './items.ts';
export { grevioReportsOf, grevioState, type GrevioReport } from './grevio.ts';
export { cptReportIdParts, parseCptSection, readCptFeed, type CptFeed, type CptReport, type CptSection, type CptVisitKind } from './cpt.ts';
export { fcnmOpinions, type FcnmOpinion } from './fcnm.ts';
export { HUDOC_SITES, defineHudocSite, execDocumentsSite, type HudocSiteConfig } from './config.ts';
export type { HudocColumns } from './parse.ts';
export * from './exec.ts';

/** An adapter page whose rows each come with the upstream answer they were read from (for their provenance). */
export type HudocPage<T> = AdapterPage<Sourced<T>>;

/** A JSON API search: the adapter query plus HUDOC's own filters (articles as HUDOC writes them: '6', 'P1-1'; importance 1–4). */
export interface HudocSearch extends AdapterQuery {
  articles?: readonly string[];
  importance?: readonly number[];
  /** Application numbers, for sites whose query fields name an appNumberField (HUDOC-EXEC). */
  appNumbers?: readonly string[];
}

export interface HudocAdapter {
  readonly site: HudocSiteConfig;
  /** The JSON query API: rows [offset, offset + limit) newest first (date desc, then id asc); total = HUDOC's resultcount. */
  search(q: HudocSearch, fetcher: SourceFetcher): Promise<HudocPage<HudocRecord>>;
  /** The same search, rows left as HUDOC's `columns` objects, for sub-sites whose columns are mapped elsewhere (HUDOC-EXEC). */
  searchColumns(q: HudocSearch, fetcher: SourceFetcher): Promise<HudocPage<HudocColumns>>;
  /** The RSS feed (newest items only): date-filtered, newest first, sliced; countries are not known to the feed. */
  rss(q: AdapterQuery, fetcher: SourceFetcher): Promise<HudocPage<HudocRssItem>>;
}

interface ReadPage<T> {
  fetched: Fetched;
  resultcount: number;
  rows: T[];
}

/**
 * One adapter for every HUDOC sub-site:
 * createHudocAdapter({ ...HUDOC_SITES.echr, baseUrl: 'http://127.0.0.1:4900/hudoc-echr' }).search(
 *   { countries: ['SVN'], from: null, to: null, text: null, offset: 0, limit: 10 }, fetcher)
 */
export function createHudocAdapter(config: HudocSiteConfig): HudocAdapter {
  const site = validateHudocSiteConfig(config);
  const source = hudocSourceName(site);

  async function query<T>(q: HudocSearch, fetcher: SourceFetcher, map: (rows: HudocColumns[]) => T[]): Promise<HudocPage<T>> {
    const fields = queryFieldsOf(site);
    const warnings = q.text ? [`${source}: free-text search is not supported; the text filter was ignored`] : [];
    const pages = new Map<string, Promise<ReadPage<T>>>();
    const read = (filter: HudocFilter, start: number, length: number): Promise<ReadPage<T>> => {
      const url = hudocQueryUrl(site, filter, start, length);
      if (!pages.has(url)) pages.set(url, readPage(url));
      return pages.get(url)!;
    };
    const readPage = async (url: string): Promise<ReadPage<T>> => {
      const { fetched, parsed } = await fetchHudoc(site, fetcher, url, 'application/json', {
        as: 'hudoc-results',
        read: (body) => parseHudocResults(body, source, url),
      });
      return { fetched, resultcount: parsed.resultcount, rows: map(parsed.rows) };
    };
    const asFilter = (w: { from: string | null; to: string | null }): HudocFilter => ({
      countries: q.countries,
      from: w.from,
      to: w.to,
      articles: q.articles,
      importance: q.importance,
      appNumbers: q.appNumbers,
    });

    const first = await read(asFilter(q), q.offset, Math.max(1, Math.min(q.limit, site.pageSize)));
    const total = first.resultcount;
    const cap = site.maxHitsPerQuery;
    const split = total > cap && q.offset + q.limit > cap;
    const windows: HudocWindow[] = split
      ? await planWindows(
          { from: q.from ?? fields.earliestDate, to: q.to ?? new Date().toISOString().slice(0, 10) },
          total,
          cap,
          async (r: DayRange) => (await read(asFilter(r), 0, 1)).resultcount,
          warnings,
        )
      : [{ from: q.from, to: q.to, count: Math.min(total, cap) }];
    const reachable = windows.reduce((n, w) => n + w.count, 0);
    // Unsplit, the query is paged from `offset` in pageSize steps exactly like the first request, which is thus reused.
    const slices = split
      ? slicesOf(windows, q.offset, q.limit, site.pageSize)
      : slicesOf([{ ...windows[0], count: cap }], q.offset, q.limit, site.pageSize).filter((s) => s.start < reachable);

    const answers = await Promise.all(slices.map((s) => read(asFilter(s.window), s.start, s.length)));
    const rows = answers.flatMap((page, i) => page.rows.slice(0, slices[i].length).map((record) => ({ record, fetched: page.fetched })));
    const expected = Math.min(q.limit, Math.max(0, reachable - q.offset));
    if (rows.length < expected)
      warnings.push(`${source}: expected ${expected} rows from offset ${q.offset}, HUDOC returned ${rows.length}`);
    const fetched = await Promise.all(pages.values());
    return { rows, total, fetched: fetched.map((p) => p.fetched), warnings };
  }

  const search = (q: HudocSearch, fetcher: SourceFetcher) => query(q, fetcher, (rows) => mapHudocRecords(rows, site));
  const searchColumns = (q: HudocSearch, fetcher: SourceFetcher) => query(q, fetcher, (rows) => rows);

  async function rss(q: AdapterQuery, fetcher: SourceFetcher): Promise<HudocPage<HudocRssItem>> {
    const url = hudocRssUrl(site);
    const { fetched, parsed: feed } = await fetchHudoc(site, fetcher, url, 'application/rss+xml', {
      as: 'hudoc-rss',
      read: (body) => parseHudocRss(body, site.idKey, source, url),
    });
    const inRange = feed.items.filter((i) => inDateRange(i.date, q.from, q.to));
    const page = pageNewestFirst(inRange, (i) => i, q.offset, q.limit);
    const warnings = q.countries.length > 0 ? [`${source}: the RSS feed names no States; the country filter was not applied`] : [];
    return { rows: page.rows.map((record) => ({ record, fetched })), total: page.total, fetched: [fetched], warnings };
  }

  return { site, search, searchColumns, rss };
}
