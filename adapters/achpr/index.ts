import type { Fetched, SourceFetcher } from '../_kit/fetcher.ts';
import { validateAchprConfig, type AchprConfig } from './config.ts';
import { fetchListingPage } from './fetch.ts';
import { mapListingLink, type AchprCommunication } from './map.ts';
import { parseListing } from './parse.ts';

export type { AchprCommunication } from './map.ts';
export type { AchprConfig } from './config.ts';
export { listingUrl } from './fetch.ts';
export { parseListing } from './parse.ts';
export { slugNumber } from './map.ts';

export interface AchprAdapter {
  readonly config: AchprConfig;
  /** Every decision the listing names, in listing order, the pages read, and for each row the page it was read from. */
  decisions(fetcher: SourceFetcher): Promise<{ rows: AchprCommunication[]; fetched: Fetched[]; sourceOf: Fetched[]; warnings: string[]; complete: boolean }>;
}

/**
 * The African Commission's "Decisions on Communications" listing (https://achpr.au.int/en/category/decisions-communications):
 * createAchprAdapter({ baseUrl: 'http://127.0.0.1:4900/achpr' }).decisions(fetcher) reads ?page=0, 1, … until a page
 * names no communication it has not seen (the end of the pager), at most maxPages; RH_SOURCE_INSANE if the first names none
 * (fetch.ts).
 * The listing gives neither dates nor outcomes: the caller completes them (e.g. from IHRDA).
 */
export function createAchprAdapter(config: Partial<AchprConfig> = {}): AchprAdapter {
  const cfg = validateAchprConfig(config);
  return {
    config: cfg,
    async decisions(fetcher) {
      const rows = new Map<string, AchprCommunication>();
      const fetched: Fetched[] = [];
      const sourceOf: Fetched[] = [];
      for (let page = 0; page < cfg.maxPages; page++) {
        const answer = await fetchListingPage(cfg, fetcher, page);
        fetched.push(answer);
        const fresh = parseListing(answer.body).map((l) => mapListingLink(l, cfg.baseUrl)).filter((c) => !rows.has(c.url));
        if (fresh.length === 0) return { rows: [...rows.values()], fetched, sourceOf, warnings: [], complete: true };
        for (const c of fresh) {
          rows.set(c.url, c);
          sourceOf.push(answer);
        }
      }
      const warnings = [`achpr: read the first ${cfg.maxPages} listing pages only (maxPages); communications listed after them are not included`];
      return { rows: [...rows.values()], fetched, sourceOf, warnings, complete: false };
    },
  };
}
