import { createHttpClient, type HttpClient } from '../../adapters/_kit/http.ts';
import { createSourceCache, CACHE_DEFAULTS, type SharedSourceCache } from '../../adapters/_kit/cache.ts';
import { createCachedFetcher, type SourceFetcher } from '../../adapters/_kit/fetcher.ts';
import { bodyLimitsFromEnv, HTTP_DEFAULTS, requirePositiveInt, type HttpConfig } from '../../adapters/_kit/config.ts';
import { createRedisHostSlots, PROCESS_SLOTS, type HostSlots } from '../../adapters/_kit/host-slots.ts';

/** What every source subgraph process shares between requests: one HTTP client, one cache, one fetcher, the host slots. */
export interface SourceRuntime {
  http: HttpClient;
  cache: SharedSourceCache;
  /** Redis-backed when the cache is: the politeness limit per host then holds for the fleet. */
  slots: HostSlots;
  fetcher: SourceFetcher;
  close(): Promise<void>;
}

export interface RuntimeOptions {
  /** HUB_CACHE_URL: redis://… to share the cache, and the limit of requests per host, between processes; absent → in memory. */
  cacheUrl?: string;
  /** HUB_CACHE_NAMESPACE: key prefix in a shared Redis. Default rights-hub. */
  cacheNamespace?: string;
  http?: Partial<HttpConfig>;
  /** Where RH_MAX_BODY_BYTES and RH_<SOURCE>_MAX_BODY_BYTES are read (default process.env); `http` overrides them. */
  env?: NodeJS.ProcessEnv;
}

/** A slot is held at most this long past the request's own deadline (a process that died holding it frees it so). */
const LEASE_MARGIN_MS = 10_000;

/**
 * What /health says of a runtime's shared stores: what each is configured as, where it works now (a Redis that failed is
 * left for a back-off period: 'memory' / 'process' meanwhile) and its last error:
 * { cache: 'redis', cacheServing: 'redis', cacheError: null, hostSlots: 'redis', hostSlotsServing: 'redis', hostSlotsError: null }.
 */
export function runtimeHealth(runtime: SourceRuntime): Record<string, string | null> {
  return {
    cache: runtime.cache.kind, cacheServing: runtime.cache.serving(), cacheError: runtime.cache.lastError(),
    hostSlots: runtime.slots.kind, hostSlotsServing: runtime.slots.serving?.() ?? runtime.slots.kind, hostSlotsError: runtime.slots.lastError(),
  };
}

/** HUB_CACHE_MAX_ENTRIES and HUB_CACHE_MAX_BYTES, the in-memory cache's bounds, when set. */
function cacheLimitsFromEnv(env: NodeJS.ProcessEnv): { maxEntries?: number; maxBytes?: number } {
  const limit = (name: string, unit: string) => (env[name] === undefined ? undefined : requirePositiveInt(name, Number(env[name]), unit));
  return { maxEntries: limit('HUB_CACHE_MAX_ENTRIES', 'entries'), maxBytes: limit('HUB_CACHE_MAX_BYTES', 'bytes') };
}

export function createSourceRuntime(options: RuntimeOptions = {}): SourceRuntime {
  const namespace = options.cacheNamespace ?? CACHE_DEFAULTS.namespace;
  const httpConfig = { ...bodyLimitsFromEnv(options.env ?? process.env), ...options.http };
  const http = { ...HTTP_DEFAULTS, ...httpConfig };
  const slots = options.cacheUrl
    ? createRedisHostSlots({
      url: options.cacheUrl, namespace, perHost: http.maxConcurrentPerHost, leaseMs: http.timeoutMs + LEASE_MARGIN_MS, opTimeoutMs: CACHE_DEFAULTS.opTimeoutMs,
    })
    : PROCESS_SLOTS;
  const client = createHttpClient(httpConfig, { slots });
  const cache = createSourceCache({ url: options.cacheUrl, namespace, ...cacheLimitsFromEnv(options.env ?? process.env) });
  const fetcher = createCachedFetcher(client, cache);
  return { http: client, cache, slots, fetcher, close: async () => { await client.close(); await cache.close(); await slots.close(); } };
}
