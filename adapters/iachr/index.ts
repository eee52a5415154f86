import type { Fetched, SourceFetcher, Sourced } from '../_kit/fetcher.ts';
import { IACHR_DEFAULTS, validateIachrConfig, type IachrConfig, type IachrDecisionListing, type OasYearListing } from './config.ts';
import { fetchPage, listingUrl, yearsToRead } from './fetch.ts';
import {
  toDecisionRecord,
  toPrecautionaryRecord,
  toVisitRecord,
  type IachrDecisionRecord,
  type IachrPrecautionaryRecord,
  type IachrVisitRecord,
} from './map.ts';
import type { OasEntry } from './parse.ts';

export type { IachrDecisionRecord, IachrPrecautionaryRecord, IachrVisitRecord, OasDocument } from './map.ts';
export { IACHR_DEFAULTS, type IachrConfig, type IachrDecisionListing } from './config.ts';

/** The hub's names for the IACHR's three sources. */
export const IACHR_SOURCES = { decisions: 'iachr-decisions', precautionary: 'iachr-precautionary', visits: 'iachr-visits' } as const;

/** Everything the pages a query reads hold, in page order, with every page read. */
export interface IachrPages<T> {
  rows: Sourced<T>[];
  fetched: Fetched[];
}

/** The pages of yearly listings a query read, and whether those were all the years of its range. */
export interface IachrListing<T> extends IachrPages<T> {
  /** false when maxYears left years of the query's range unread: the true count is unknown. */
  complete: boolean;
  /** Says how far back the listings were read when that was not the whole range. */
  warnings: string[];
}

type DayRange = { from: string | null; to: string | null };

export interface IachrAdapter {
  readonly config: IachrConfig;
  /**
   * Decisions on petitions and cases from each listing's pages for the years of the range, the newest maxYears of them
   * (the listings give years, not days).
   */
  decisions(range: DayRange, fetcher: SourceFetcher): Promise<IachrListing<IachrDecisionRecord & { listing: IachrDecisionListing }>>;
  /** Precautionary-measure decisions from the yearly listing's pages for the years of the range, the newest maxYears of them. */
  precautionary(range: DayRange, fetcher: SourceFetcher): Promise<IachrListing<IachrPrecautionaryRecord>>;
  /** Visits from every rapporteurship page configured (a visit listed on several pages comes once per page). */
  visits(fetcher: SourceFetcher): Promise<IachrPages<IachrVisitRecord>>;
}

/**
 * The IACHR's pages on oas.org:
 * createIachrAdapter({ baseUrl: 'http://127.0.0.1:4900/iachr' }).decisions({ from: '2015-01-01', to: null }, fetcher)
 */
export function createIachrAdapter(config: Partial<IachrConfig> = {}): IachrAdapter {
  const cfg = validateIachrConfig({ ...IACHR_DEFAULTS, ...config });

  /** Every entry of one page, mapped; pages are read in parallel (the kit bounds connections per host). */
  async function readPages<T>(
    source: string,
    urls: string[],
    map: (entry: OasEntry, url: string) => T | null,
    fetcher: SourceFetcher,
  ): Promise<IachrPages<T>> {
    const pages = await Promise.all(
      urls.map(async (url) => {
        const { fetched, parsed } = await fetchPage(cfg, fetcher, source, url);
        const rows = parsed.map((e) => map(e, url)).filter((r): r is T => r !== null);
        return { fetched, rows: rows.map((record) => ({ record, fetched })) };
      }),
    );
    return { rows: pages.flatMap((p) => p.rows), fetched: pages.map((p) => p.fetched) };
  }

  /**
   * The pages of some yearly listings for the newest maxYears years of the range (listing by listing, newest year
   * first), each entry mapped with the page's listing and year; a warning names the oldest year read when that is not
   * the whole range.
   */
  async function readYearly<L, T>(
    source: string,
    listings: [L, OasYearListing][],
    range: DayRange,
    map: (entry: OasEntry, page: { listing: L; year: number }) => T | null,
    fetcher: SourceFetcher,
  ): Promise<IachrListing<T>> {
    const choice = yearsToRead(
      listings.map(([, where]) => where),
      range,
      cfg.latestYear ?? new Date().getUTCFullYear(),
      cfg.maxYears,
    );
    const pages = listings.flatMap(([listing, where]) =>
      choice.years.filter((year) => year >= where.firstYear).map((year) => ({ listing, year, url: listingUrl(cfg, where, year) })),
    );
    const byUrl = new Map(pages.map((p) => [p.url, p]));
    const read = await readPages(
      source,
      pages.map((p) => p.url),
      (entry, url) => map(entry, byUrl.get(url)!),
      fetcher,
    );
    const warnings = choice.complete
      ? []
      : [
          `${source}: the yearly listings were read only back to ${choice.years.at(-1)} (at most ${cfg.maxYears} years a query, maxYears); earlier years are not included`,
        ];
    return { ...read, complete: choice.complete, warnings };
  }

  return {
    config: cfg,
    decisions(range, fetcher) {
      return readYearly(
        IACHR_SOURCES.decisions,
        Object.entries(cfg.decisions) as [IachrDecisionListing, OasYearListing][],
        range,
        (entry, page) => {
          const record = toDecisionRecord(entry, page.year);
          return record && { ...record, listing: page.listing };
        },
        fetcher,
      );
    },
    precautionary(range, fetcher) {
      return readYearly(
        IACHR_SOURCES.precautionary,
        [['precautionary', cfg.precautionary]],
        range,
        (entry) => toPrecautionaryRecord(entry),
        fetcher,
      );
    },
    visits(fetcher) {
      return readPages(
        IACHR_SOURCES.visits,
        cfg.visitPages.map((p) => `${cfg.baseUrl}${p}`),
        (entry, url) => toVisitRecord(entry, url),
        fetcher,
      );
    },
  };
}
