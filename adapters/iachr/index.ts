import type { Fetched, SourceFetcher } from '../_kit/fetcher.ts';
import { IACHR_DEFAULTS, validateIachrConfig, type IachrConfig, type IachrDecisionListing, type OasYearListing } from './config.ts';
import { fetchPage, listingUrl, listingYears } from './fetch.ts';
import {
  toDecisionRecord, toPrecautionaryRecord, toVisitRecord,
  type IachrDecisionRecord, type IachrPrecautionaryRecord, type IachrVisitRecord,
} from './map.ts';
import { parseOasListing, type OasEntry } from './parse.ts';

export type { IachrDecisionRecord, IachrPrecautionaryRecord, IachrVisitRecord, OasDocument } from './map.ts';
export { IACHR_DEFAULTS, type IachrConfig, type IachrDecisionListing } from './config.ts';

/** The hub's names for the IACHR's three sources. */
export const IACHR_SOURCES = { decisions: 'iachr-decisions', precautionary: 'iachr-precautionary', visits: 'iachr-visits' } as const;

/** One record and the page it was read from (for its provenance). */
export interface Read<T> { record: T; fetched: Fetched }

/** Everything the pages a query needs hold, in page order, with every page read. */
export interface IachrListing<T> { rows: Read<T>[]; fetched: Fetched[] }

type DayRange = { from: string | null; to: string | null };

export interface IachrAdapter {
  readonly config: IachrConfig;
  /** Decisions on petitions and cases from each listing's pages for the years of the range (the listings give years, not days). */
  decisions(range: DayRange, fetcher: SourceFetcher): Promise<IachrListing<IachrDecisionRecord & { listing: IachrDecisionListing }>>;
  /** Precautionary-measure decisions from the yearly listing's pages for the years of the range. */
  precautionary(range: DayRange, fetcher: SourceFetcher): Promise<IachrListing<IachrPrecautionaryRecord>>;
  /** Visits from every rapporteurship page configured (a visit listed on several pages comes once per page). */
  visits(fetcher: SourceFetcher): Promise<IachrListing<IachrVisitRecord>>;
}

/**
 * The IACHR's pages on oas.org:
 * createIachrAdapter({ baseUrl: 'http://127.0.0.1:4900/iachr' }).decisions({ from: '2015-01-01', to: null }, fetcher)
 */
export function createIachrAdapter(config: Partial<IachrConfig> = {}): IachrAdapter {
  const cfg = validateIachrConfig({ ...IACHR_DEFAULTS, ...config });

  /** Every entry of one page, mapped; pages are read in parallel (the kit bounds connections per host). */
  async function readPages<T>(source: string, urls: string[], map: (entry: OasEntry, url: string) => T | null, fetcher: SourceFetcher): Promise<IachrListing<T>> {
    const pages = await Promise.all(urls.map(async (url) => {
      const fetched = await fetchPage(cfg, fetcher, source, url);
      const rows = parseOasListing(fetched.body).map((e) => map(e, url)).filter((r): r is T => r !== null);
      return { fetched, rows: rows.map((record) => ({ record, fetched })) };
    }));
    return { rows: pages.flatMap((p) => p.rows), fetched: pages.map((p) => p.fetched) };
  }

  const yearly = (listing: OasYearListing, range: DayRange) =>
    listingYears(listing, range).map((year) => ({ year, url: listingUrl(cfg, listing, year) }));

  return {
    config: cfg,
    async decisions(range, fetcher) {
      const pages = (Object.entries(cfg.decisions) as [IachrDecisionListing, OasYearListing][])
        .flatMap(([listing, where]) => yearly(where, range).map((p) => ({ ...p, listing })));
      const byUrl = new Map(pages.map((p) => [p.url, p]));
      return readPages(IACHR_SOURCES.decisions, pages.map((p) => p.url), (entry, url) => {
        const page = byUrl.get(url)!;
        const record = toDecisionRecord(entry, page.year);
        return record && { ...record, listing: page.listing };
      }, fetcher);
    },
    precautionary(range, fetcher) {
      return readPages(IACHR_SOURCES.precautionary, yearly(cfg.precautionary, range).map((p) => p.url), (entry) => toPrecautionaryRecord(entry), fetcher);
    },
    visits(fetcher) {
      return readPages(IACHR_SOURCES.visits, cfg.visitPages.map((p) => `${cfg.baseUrl}${p}`), (entry, url) => toVisitRecord(entry, url), fetcher);
    },
  };
}
