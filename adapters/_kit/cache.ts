import Keyv from 'keyv';
import KeyvRedis from '@keyv/redis';
import { InvalidConfigError } from './errors.ts';
import { LruMap } from './lru-map.ts';
import { within } from './within.ts';

/** One upstream answer as the cache keeps it. */
export interface CachedResponse {
  url: string;
  status: number;
  contentType: string | null;
  body: string;
  /** When it was fetched from the source (ISO 8601). */
  fetchedAt: string;
  /** Epoch ms after which it must be re-fetched; it is still kept (stale-if-error) until the store drops it. */
  freshUntil: number;
}

export interface CacheConfig {
  /** redis://host:port to share the cache between gateways and subgraphs; absent → in memory. */
  url?: string;
  /** Key prefix, so several hubs can share one Redis. Default 'rights-hub'. */
  namespace?: string;
  /** How long an expired entry is kept to serve when its source fails, in milliseconds. Default 7 days. */
  keepStaleMs?: number;
  /** In memory only: the most entries kept (least recently used go first). Default 2_000. */
  maxEntries?: number;
  /** A cache read or write slower than this counts as a miss or is dropped, in milliseconds. Default 250. */
  opTimeoutMs?: number;
}

export const CACHE_DEFAULTS = { namespace: 'rights-hub', keepStaleMs: 7 * 24 * 3600_000, maxEntries: 2_000, opTimeoutMs: 250 } as const;

export interface SourceCache {
  get(key: string): Promise<CachedResponse | undefined>;
  /** Keeps the entry for its fresh time plus keepStaleMs. */
  set(key: string, entry: CachedResponse): Promise<void>;
  /** 'memory' or 'redis', for /health. */
  readonly kind: 'memory' | 'redis';
  close(): Promise<void>;
}

/**
 * keyv in memory (bounded, least recently used first out) by default, Redis when a redis:// URL is given.
 * A cache failure never fails or stalls a query: a read that fails or is slow is a miss, a write is dropped,
 * and the last error is kept for /health.
 */
export function createSourceCache(config: CacheConfig = {}): SourceCache & { lastError(): string | null } {
  const namespace = config.namespace ?? CACHE_DEFAULTS.namespace;
  const keepStaleMs = config.keepStaleMs ?? CACHE_DEFAULTS.keepStaleMs;
  if (config.url && !/^rediss?:\/\//.test(config.url))
    throw new InvalidConfigError(`HUB_CACHE_URL must start with redis:// or rediss://; got ${JSON.stringify(config.url)}`);
  const store = config.url ? new KeyvRedis(config.url, { throwOnConnectError: false, throwOnErrors: false }) : undefined;
  const opTimeoutMs = config.opTimeoutMs ?? CACHE_DEFAULTS.opTimeoutMs;
  const keyv = new Keyv<CachedResponse>({
    store: store ?? new LruMap<string, unknown>(config.maxEntries ?? CACHE_DEFAULTS.maxEntries), namespace, throwOnErrors: false,
  });
  let lastError: string | null = null;
  const noteError = (message: string) => { lastError = message; };
  keyv.on('error', (err: unknown) => noteError(err instanceof Error ? err.message : String(err)));

  return {
    kind: store ? 'redis' : 'memory',
    lastError: () => lastError,
    async get(key) {
      return (await within(keyv.get(key), opTimeoutMs, undefined, noteError)) ?? undefined;
    },
    async set(key, entry) {
      await within(keyv.set(key, entry, Math.max(1, entry.freshUntil - Date.now()) + keepStaleMs), opTimeoutMs, false, noteError);
    },
    async close() {
      // A client that never reached its Redis would wait for it forever.
      await within(keyv.disconnect(), 1_000, undefined, noteError);
    },
  };
}
