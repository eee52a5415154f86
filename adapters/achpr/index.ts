import type { Fetched, SourceFetcher, Sourced } from '../_kit/fetcher.ts';
import { ACHPR_MISSIONS_SOURCE, ACHPR_SOURCE, validateAchprConfig, type AchprConfig } from './config.ts';
import { categoryUrl, fetchCategoryPage, type Category } from './fetch.ts';
import { mapListingLink, type AchprCommunication } from './map.ts';
import { mapMission, type AchprMission } from './missions-map.ts';
import { parseMissions, type MissionEntry } from './missions-parse.ts';
import { parseListing, type ListingLink } from './parse.ts';

export type { AchprCommunication } from './map.ts';
export type { AchprMission } from './missions-map.ts';
export { isFactFinding, stateBeforeRegion } from './missions-map.ts';
export type { AchprConfig } from './config.ts';
export { parseListing } from './parse.ts';
export { parseMissions } from './missions-parse.ts';
export { slugNumber } from './map.ts';

/** The "Decisions on Communications" category listing. */
export const DECISIONS: Category<ListingLink> = {
  source: ACHPR_SOURCE,
  path: '/en/category/decisions-communications',
  noun: 'communication',
  parse: parseListing,
};
/** The "Mission Reports" category listing (promotion and fact-finding missions). */
export const MISSIONS: Category<MissionEntry> = {
  source: ACHPR_MISSIONS_SOURCE,
  path: '/en/category/mission-reports',
  noun: 'mission',
  parse: parseMissions,
};

/** listingUrl(cfg, 2) === 'https://achpr.au.int/en/category/decisions-communications?page=2' */
export function listingUrl(cfg: AchprConfig, page: number): string {
  return categoryUrl(cfg, DECISIONS, page);
}

/** missionsUrl(cfg, 0) === 'https://achpr.au.int/en/category/mission-reports?page=0' */
export function missionsUrl(cfg: AchprConfig, page: number): string {
  return categoryUrl(cfg, MISSIONS, page);
}

/** A whole listing: its records in listing order, each with the page it was read from, and the pages read. */
export interface AchprListing<T> {
  rows: Sourced<T>[];
  fetched: Fetched[];
  warnings: string[];
  /** False when maxPages stopped the reading before the pager's end. */
  complete: boolean;
}

export interface AchprAdapter {
  readonly config: AchprConfig;
  /** Every decision the decisions listing names. */
  decisions(fetcher: SourceFetcher): Promise<AchprListing<AchprCommunication>>;
  /** Every mission the missions listing names. */
  missions(fetcher: SourceFetcher): Promise<AchprListing<AchprMission>>;
}

/**
 * A category listing read page by page (?page=0, 1, …) until a page names no entry it has not seen (the pager's end),
 * at most maxPages; entries are told apart by `keyOf`.
 */
async function readListing<R, T>(
  cfg: AchprConfig,
  fetcher: SourceFetcher,
  category: Category<R>,
  keyOf: (r: R) => string,
  map: (r: R) => T,
): Promise<AchprListing<T>> {
  const rows = new Map<string, Sourced<T>>();
  const fetched: Fetched[] = [];
  for (let page = 0; page < cfg.maxPages; page++) {
    const { fetched: answer, parsed } = await fetchCategoryPage(cfg, fetcher, category, page);
    fetched.push(answer);
    const fresh = parsed.filter((r) => !rows.has(keyOf(r)));
    if (fresh.length === 0) return { rows: [...rows.values()], fetched, warnings: [], complete: true };
    for (const r of fresh) rows.set(keyOf(r), { record: map(r), fetched: answer });
  }
  const warnings = [
    `${category.source}: read the first ${cfg.maxPages} listing pages only (maxPages); ${category.noun}s listed after them are not included`,
  ];
  return { rows: [...rows.values()], fetched, warnings, complete: false };
}

/**
 * The African Commission's site (https://achpr.au.int), two of its category listings:
 * createAchprAdapter({ baseUrl: 'http://127.0.0.1:4900/achpr' }).decisions(fetcher) reads
 * /en/category/decisions-communications?page=0, 1, … to the pager's end, .missions(fetcher) /en/category/mission-reports
 * the same way; RH_SOURCE_INSANE if a listing's first page names nothing (fetch.ts).
 * The decisions listing gives neither dates nor outcomes: the caller completes them (e.g. from IHRDA).
 */
export function createAchprAdapter(config: Partial<AchprConfig> = {}): AchprAdapter {
  const cfg = validateAchprConfig(config);
  return {
    config: cfg,
    decisions: (fetcher) =>
      readListing(
        cfg,
        fetcher,
        DECISIONS,
        (l) => l.path,
        (l) => mapListingLink(l, cfg.baseUrl),
      ),
    missions: (fetcher) =>
      readListing(
        cfg,
        fetcher,
        MISSIONS,
        (e) => JSON.stringify(e),
        (e) => mapMission(e, cfg.baseUrl),
      ),
  };
}
