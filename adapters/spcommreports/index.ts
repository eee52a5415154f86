import type { Fetched, SourceFetcher, Sourced } from '../_kit/fetcher.ts';
import { asSourceError } from '../_kit/errors.ts';
import { validateSpcommreportsConfig, type SpcommreportsConfig } from './config.ts';
import { fetchListingPage, SOURCE } from './fetch.ts';
import { toSpCommunicationRecord, type SpCommunicationRecord } from './map.ts';

export type { SpCommunicationRecord } from './map.ts';
export { SPCOMMREPORTS_DEFAULTS, type SpcommreportsConfig } from './config.ts';
export { listingUrl } from './fetch.ts';

/** How far to read: stop once past `from` (the listing is newest first), or once `enough` says the rows read suffice. */
export interface SpCommWindow {
  from: string | null;
  /** Asked after each batch of pages with every record read so far, in listing order. */
  enough?: (records: readonly SpCommunicationRecord[]) => boolean;
}

/** The listing as far as it was read. */
export interface SpCommListing {
  /** Newest first, as listed, each communication once, with the page it was read from. */
  records: Sourced<SpCommunicationRecord>[];
  fetched: Fetched[];
  /** How many communications the listing holds, as its pager says (null when it says not). */
  listed: number | null;
  /** How the reading ended: the listing's end, past the window's `from`, enough rows, or the maxPages guard. */
  ended: 'end' | 'past-from' | 'enough' | 'max-pages';
  warnings: string[];
}

export interface SpcommreportsAdapter {
  readonly config: SpcommreportsConfig;
  /** The "Communications sent" listing, read page by page, newest first, as far as `window` needs. */
  communications(fetcher: SourceFetcher, window: SpCommWindow): Promise<SpCommListing>;
}

/**
 * The special procedures' communications (https://spcommreports.ohchr.org, "Communications sent"):
 * await createSpcommreportsAdapter({ baseUrl: server.baseUrl('spcommreports') }).communications(fetcher, { from: '2026-01-01' })
 * → { records: [{ code: 'JAL AUS 2/2026', addressee: 'Australia', mandates: ['terrorism', …], … }, …], listed: 42, ended: 'end', … }
 * Page 1 first (its pager says how many pages there are), then the next pages a few at a time.
 */
export function createSpcommreportsAdapter(config: Partial<SpcommreportsConfig> = {}): SpcommreportsAdapter {
  const cfg = validateSpcommreportsConfig(config);

  async function readPage(fetcher: SourceFetcher, page: number) {
    const { fetched, parsed } = await fetchListingPage(cfg, fetcher, page);
    try {
      return {
        fetched,
        listed: parsed.listed,
        pageSize: parsed.pageSize,
        records: parsed.rows.map((r) => toSpCommunicationRecord(r, cfg.baseUrl)),
      };
    } catch (err) {
      throw asSourceError(err, SOURCE);
    }
  }

  async function communications(fetcher: SourceFetcher, window: SpCommWindow): Promise<SpCommListing> {
    const read = new Map<string, Sourced<SpCommunicationRecord>>();
    const fetched: Fetched[] = [];
    const records = () => [...read.values()].map((r) => r.record);
    /** Takes a page's records not seen yet; false when it had none (past the pager's end the site lists nothing new). */
    const take = (page: Awaited<ReturnType<typeof readPage>>) => {
      fetched.push(page.fetched);
      const fresh = page.records.filter((r) => !read.has(r.gId));
      for (const record of fresh) read.set(record.gId, { record, fetched: page.fetched });
      return fresh.length > 0;
    };

    const first = await readPage(fetcher, 1);
    const lastPage = first.listed !== null && first.pageSize ? Math.max(1, Math.ceil(first.listed / first.pageSize)) : null;
    const endedBy = (more: boolean, next: number): SpCommListing['ended'] | null => {
      if (!more || (lastPage !== null && next > lastPage)) return 'end';
      const oldest = records().reduce<string | null>((min, r) => (r.date && (!min || r.date < min) ? r.date : min), null);
      if (window.from && oldest && oldest < window.from) return 'past-from';
      if (window.enough?.(records())) return 'enough';
      return next > cfg.maxPages ? 'max-pages' : null;
    };

    let next = 2;
    let ended = endedBy(take(first), next);
    while (!ended) {
      const upTo = Math.min(next + cfg.pagesAtOnce - 1, lastPage ?? Infinity, cfg.maxPages);
      const batch = await Promise.all(Array.from({ length: upTo - next + 1 }, (_, i) => readPage(fetcher, next + i)));
      next = upTo + 1;
      ended = endedBy(batch.map(take).every(Boolean), next);
    }
    const warnings =
      ended === 'max-pages'
        ? [`${SOURCE}: read the first ${cfg.maxPages} listing pages only (maxPages); communications listed after them are not included`]
        : [];
    return { records: [...read.values()], fetched, listed: first.listed, ended, warnings };
  }

  return { config: cfg, communications };
}
