import type { Fetched, SourceFetcher } from '../_kit/fetcher.ts';
import type { IachrConfig, OasYearListing } from './config.ts';

/**
 * The years of a yearly listing a date range needs, newest first:
 * listingYears({ path, firstYear: 2014 }, { from: '2015-06-01', to: '2016-12-31' }, 2026) → [2016, 2015]
 */
export function listingYears(listing: OasYearListing, range: { from: string | null; to: string | null }, thisYear = new Date().getUTCFullYear()): number[] {
  const first = Math.max(listing.firstYear, range.from ? Number(range.from.slice(0, 4)) : listing.firstYear);
  const last = Math.min(thisYear, range.to ? Number(range.to.slice(0, 4)) : thisYear);
  const years: number[] = [];
  for (let y = last; y >= first; y--) years.push(y);
  return years;
}

/** listingUrl(cfg, IACHR_DEFAULTS.decisions.merits, 2015) === 'https://www.oas.org/en/iachr/decisions/pc/merits.asp?Year=2015' */
export function listingUrl(cfg: IachrConfig, listing: OasYearListing, year: number): string {
  return `${cfg.baseUrl}${listing.path}?Year=${year}`;
}

/** The only I/O of the adapter: one cached GET of an oas.org page (the kit decodes iso-8859-1 and refuses challenge pages). */
export function fetchPage(cfg: IachrConfig, fetcher: SourceFetcher, source: string, url: string): Promise<Fetched> {
  return fetcher.get(url, { source, ttlMs: cfg.ttlMs, accept: 'text/html' });
}
