import Keyv from 'keyv';
import KeyvRedis from '@keyv/redis';
import { InvalidConfigError } from './errors.ts';

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
}

export const CACHE_DEFAULTS = { namespace: 'rights-hub', keepStaleMs: 7 * 24 * 3600_000 } as const;

export interface SourceCache {
  get(key: string): Promise<CachedResponse | undefined>;
  /** Keeps the entry for its fresh time plus keepStaleMs. */
  set(key: string, entry: CachedResponse): Promise<void>;
  /** 'memory' or 'redis', for /health. */
  readonly kind: 'memory' | 'redis';
  close(): Promise<void>;
}

/**
 * keyv in memory by default, Redis when a redis:// URL is given. A cache failure never fails a
 * query: reads miss, writes are dropped, and the last error is kept for /health.
 */
export function createSourceCache(config: CacheConfig = {}): SourceCache & { lastError(): string | null } {
  const namespace = config.namespace ?? CACHE_DEFAULTS.namespace;
  const keepStaleMs = config.keepStaleMs ?? CACHE_DEFAULTS.keepStaleMs;
  if (config.url && !/^rediss?:\/\//.test(config.url))
    throw new InvalidConfigError(`HUB_CACHE_URL must start with redis:// or rediss://; got ${JSON.stringify(config.url)}`);
  const store = config.url ? new KeyvRedis(config.url, { throwOnConnectError: false, throwOnErrors: false }) : undefined;
  const keyv = store
    ? new Keyv<CachedResponse>({ store, namespace, throwOnErrors: false })
    : new Keyv<CachedResponse>({ namespace, throwOnErrors: false }); // keyv 5 drops its memory store when given store: undefined
  let lastError: string | null = null;
  keyv.on('error', (err: unknown) => { lastError = err instanceof Error ? err.message : String(err); });

  return {
    kind: store ? 'redis' : 'memory',
    lastError: () => lastError,
    async get(key) {
      try {
        return (await keyv.get(key)) ?? undefined;
      } catch (err) {
        lastError = (err as Error).message;
        return undefined;
      }
    },
    async set(key, entry) {
      try {
        await keyv.set(key, entry, Math.max(1, entry.freshUntil - Date.now()) + keepStaleMs);
      } catch (err) {
        lastError = (err as Error).message;
      }
    },
    async close() {
      await keyv.disconnect().catch(() => undefined);
    },
  };
}
