import { getRead, type ReadAnswer, type SourceFetcher } from '../_kit/fetcher.ts';
import type { IachrConfig, OasYearListing } from './config.ts';
import { checkOasListing, type OasEntry } from './parse.ts';

type YearRange = { from: string | null; to: string | null };

/**
 * The years of a yearly listing a date range needs, newest first:
 * listingYears({ firstYear: 2014 }, { from: '2015-06-01', to: '2016-12-31' }, 2026) → [2016, 2015]
 */
export function listingYears(listing: Pick<OasYearListing, 'firstYear'>, range: YearRange, thisYear: number): number[] {
  const first = Math.max(listing.firstYear, range.from ? Number(range.from.slice(0, 4)) : listing.firstYear);
  const last = Math.min(thisYear, range.to ? Number(range.to.slice(0, 4)) : thisYear);
  const years: number[] = [];
  for (let y = last; y >= first; y--) years.push(y);
  return years;
}

/** The years one query reads of some yearly listings, newest first, and whether they are all the range holds. */
export interface YearChoice {
  years: number[];
  complete: boolean;
}

/**
 * The newest `max` years of the range that any of the listings has (each listing then reads those it has):
 * yearsToRead([{ firstYear: 2014 }, { firstYear: 2000 }], { from: null, to: null }, 2026, 3) → { years: [2026, 2025, 2024], complete: false }
 */
export function yearsToRead(
  listings: readonly Pick<OasYearListing, 'firstYear'>[],
  range: YearRange,
  thisYear: number,
  max: number,
): YearChoice {
  const candidates = listingYears({ firstYear: Math.min(...listings.map((l) => l.firstYear)) }, range, thisYear);
  return { years: candidates.slice(0, max), complete: candidates.length <= max };
}

/** listingUrl(cfg, IACHR_DEFAULTS.decisions.merits, 2015) === 'https://www.oas.org/en/iachr/decisions/pc/merits.asp?Year=2015' */
export function listingUrl(cfg: IachrConfig, listing: OasYearListing, year: number): string {
  return `${cfg.baseUrl}${listing.path}?Year=${year}`;
}

/**
 * The only I/O of the adapter: one cached GET of an oas.org page (the kit decodes iso-8859-1 and refuses challenge and
 * cut-short pages), read as a listing before it is cached; a warm read parses nothing.
 */
export function fetchPage(cfg: IachrConfig, fetcher: SourceFetcher, source: string, url: string): Promise<ReadAnswer<OasEntry[]>> {
  return getRead(fetcher, url, { source, ttlMs: cfg.ttlMs, accept: 'text/html' }, 'listing', (body) => checkOasListing(body, source, url));
}
