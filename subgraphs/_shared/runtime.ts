import { createHttpClient, type HttpClient } from '../../adapters/_kit/http.ts';
import { createSourceCache, type SourceCache } from '../../adapters/_kit/cache.ts';
import { createCachedFetcher, type SourceFetcher } from '../../adapters/_kit/fetcher.ts';
import type { HttpConfig } from '../../adapters/_kit/config.ts';

/** What every source subgraph process shares between requests: one HTTP client, one cache, one fetcher. */
export interface SourceRuntime {
  http: HttpClient;
  cache: SourceCache & { lastError(): string | null };
  fetcher: SourceFetcher;
  close(): Promise<void>;
}

export interface RuntimeOptions {
  /** HUB_CACHE_URL: redis://… to share the cache between processes; absent → in memory. */
  cacheUrl?: string;
  /** HUB_CACHE_NAMESPACE: key prefix in a shared Redis. Default rights-hub. */
  cacheNamespace?: string;
  http?: Partial<HttpConfig>;
}

export function createSourceRuntime(options: RuntimeOptions = {}): SourceRuntime {
  const http = createHttpClient(options.http);
  const cache = createSourceCache({ url: options.cacheUrl, namespace: options.cacheNamespace });
  const fetcher = createCachedFetcher(http, cache);
  return { http, cache, fetcher, close: async () => { await http.close(); await cache.close(); } };
}
