import { getRead, type ReadAnswer, type SourceFetcher } from '../_kit/fetcher.ts';
import type { UwaziConfig } from './config.ts';

/** A Uwazi search filter: thesaurus/relationship ids (`values`, 'missing' for none) or a unix-seconds range. */
export type UwaziFilter = { values: string[] } | { from?: number; to?: number };

/** What one `/api/search` request selects, beyond the configured template. */
export interface UwaziRequest {
  filters?: Record<string, UwaziFilter>;
  /** e.g. { property: 'metadata.year_decided', order: 'desc' }, or 'creationDate', 'title'. */
  sort?: { property: string; order: 'asc' | 'desc' };
  searchTerm?: string;
  from: number;
  limit: number;
}

/**
 * The `/api/search` URL (parameters in a fixed order, so equal queries share one cache entry):
 * uwaziSearchUrl(cfg, { from: 0, limit: 100 }) ===
 *   'https://caselaw.ihrda.org/api/search?types=%5B%2259f8a857c01ffe324453ba2f%22%5D&allAggregations=false&from=0&limit=100'
 */
export function uwaziSearchUrl(cfg: UwaziConfig, r: UwaziRequest): string {
  const params = new URLSearchParams({ types: JSON.stringify([cfg.template]), allAggregations: 'false' });
  if (r.filters && Object.keys(r.filters).length > 0) params.set('filters', JSON.stringify(r.filters));
  if (r.searchTerm) params.set('searchTerm', r.searchTerm);
  if (r.sort) {
    params.set('sort', r.sort.property);
    params.set('order', r.sort.order);
  }
  params.set('from', String(r.from));
  params.set('limit', String(r.limit));
  return `${cfg.baseUrl}/api/search?${params}`;
}

/**
 * GET one Uwazi API path (`/api/search?…`, `/api/templates`, `/api/thesauris`) through the shared cache, read by its
 * parser once: JSON that is not the answer stays out of the cache, and a warm read parses nothing.
 */
export function fetchUwazi<T>(
  cfg: UwaziConfig,
  fetcher: SourceFetcher,
  url: string,
  as: string,
  read: (body: string) => T,
): Promise<ReadAnswer<T>> {
  return getRead(fetcher, url, { source: cfg.name, ttlMs: cfg.ttlMs, accept: 'application/json' }, as, read);
}
