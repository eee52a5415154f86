import { getRead, type ReadAnswer, type SourceFetcher } from '../_kit/fetcher.ts';
import { SourceInsaneError } from '../_kit/errors.ts';
import type { AchprConfig } from './config.ts';

/** One of the site's paged category listings: its path, what it lists, and its page parser. */
export interface Category<R> {
  /** The hub's name for the source the listing feeds: 'achpr', 'achpr-missions'. */
  source: string;
  path: string;
  /** What a page names, for messages: 'communication', 'mission'. */
  noun: string;
  parse: (html: string) => R[];
}

/** categoryUrl(cfg, DECISIONS, 2) === 'https://achpr.au.int/en/category/decisions-communications?page=2' (Drupal's pager counts from 0). */
export function categoryUrl(cfg: AchprConfig, category: Category<unknown>, page: number): string {
  return `${cfg.baseUrl}${category.path}?page=${page}`;
}

/**
 * GET one listing page through the shared cache, read into its entries once (a warm read parses nothing). Every page
 * must be a whole HTML document (the kit refuses an empty or cut-short one); the first must name a record
 * (RH_SOURCE_INSANE otherwise), so a maintenance page served with 200 is never cached over the last good copy; later
 * pages may list nothing (the pager's end).
 */
export function fetchCategoryPage<R>(
  cfg: AchprConfig,
  fetcher: SourceFetcher,
  category: Category<R>,
  page: number,
): Promise<ReadAnswer<R[]>> {
  const url = categoryUrl(cfg, category, page);
  const read = (body: string) => {
    if (!/<body[\s>]/i.test(body))
      throw new SourceInsaneError(`${category.source}: ${url} is not an HTML page (no <body>)`, category.source, { url });
    const entries = category.parse(body);
    if (page === 0 && entries.length === 0)
      throw new SourceInsaneError(
        `${category.source}: the listing names no ${category.noun}; has the page changed? (GET ${url})`,
        category.source,
        { url },
      );
    return entries;
  };
  return getRead(fetcher, url, { source: category.source, ttlMs: cfg.ttlMs, accept: 'text/html' }, 'listing', read);
}
