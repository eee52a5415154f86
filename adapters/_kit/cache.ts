import Keyv from 'keyv';
import KeyvRedis from '@keyv/redis';
import { InvalidConfigError } from './errors.ts';
import { LruMap } from './lru-map.ts';
import { within } from './within.ts';
import { createCircuit } from './circuit.ts';

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
  /** In memory: the most entries kept (least recently used go first). Default 2_000. */
  maxEntries?: number;
  /** In memory: the most bytes of entries kept, in all (least recently used go first). Default 100 MB. */
  maxBytes?: number;
  /** A cache read or write slower than this counts as a miss or is dropped, in milliseconds. Default 250. */
  opTimeoutMs?: number;
  /** After a Redis failure, how long the cache works in memory before it asks Redis again (doubling up to a minute). Default 5_000 ms. */
  backoffMs?: number;
  /** The clock of the back-off (tests inject theirs). */
  now?: () => number;
}

export const CACHE_DEFAULTS = {
  namespace: 'rights-hub',
  keepStaleMs: 7 * 24 * 3600_000,
  maxEntries: 2_000,
  maxBytes: 100_000_000,
  opTimeoutMs: 250,
} as const;

/** What a cache keeps: anything JSON that says until when it is fresh. */
export interface Expiring {
  freshUntil: number;
}

export interface SourceCache<T extends Expiring = CachedResponse> {
  get(key: string): Promise<T | undefined>;
  /** Keeps the entry for its fresh time plus keepStaleMs. */
  set(key: string, entry: T): Promise<void>;
  /** 'memory' or 'redis' (as configured), for /health. */
  readonly kind: 'memory' | 'redis';
  close(): Promise<void>;
}

/** The cache a runtime holds, with what /health says of it. */
export interface SharedSourceCache<T extends Expiring = CachedResponse> extends SourceCache<T> {
  lastError(): string | null;
  /** Where entries go now: 'redis', or 'memory' (configured so, or while Redis is failing: the circuit is open). */
  serving(): 'memory' | 'redis';
  /** The bytes the in-memory entries take (counted against maxBytes). */
  memoryBytes(): number;
}

/** A value a failed Redis operation resolves to, told apart from a miss. */
const FAILED = Symbol('failed');

/**
 * keyv in memory (bounded by entries and bytes, least recently used first out) by default, Redis when a redis:// URL
 * is given. A cache failure never fails or stalls a query: Redis is behind a circuit (circuit.ts), so after a failure or
 * a timeout (one opTimeoutMs) the cache works in memory, at no cost per query, until a background probe finds Redis
 * answering again. Every entry is also kept in memory, so what was cached still serves (stale-if-error too) meanwhile.
 * The last error is kept for /health. The gateway keeps its whole answers in one too (gateway/response-cache.ts).
 */
export function createSourceCache<T extends Expiring = CachedResponse>(config: CacheConfig = {}): SharedSourceCache<T> {
  const namespace = config.namespace ?? CACHE_DEFAULTS.namespace;
  const keepStaleMs = config.keepStaleMs ?? CACHE_DEFAULTS.keepStaleMs;
  if (config.url && !/^rediss?:\/\//.test(config.url))
    throw new InvalidConfigError(`HUB_CACHE_URL must start with redis:// or rediss://; got ${JSON.stringify(config.url)}`);
  const opTimeoutMs = config.opTimeoutMs ?? CACHE_DEFAULTS.opTimeoutMs;
  let lastError: string | null = null;
  const noteError = (message: string) => {
    lastError = message;
  };
  const memory = new LruMap<string, unknown>(config.maxEntries ?? CACHE_DEFAULTS.maxEntries, config.maxBytes ?? CACHE_DEFAULTS.maxBytes);
  const local = new Keyv<T>({ store: memory, namespace });
  const store = config.url ? new KeyvRedis(config.url, { throwOnConnectError: false, throwOnErrors: true }) : undefined;
  const redis = store && new Keyv<T>({ store, namespace, throwOnErrors: true });
  redis?.on('error', (err: unknown) => noteError(err instanceof Error ? err.message : String(err)));
  // Connect at once; operations wait for the connection (at most opTimeoutMs each) until it is made.
  let connected = false;
  const connecting = store?.getClient().then(
    (client) => (connected = client.isOpen),
    () => false,
  );

  /** The Redis operation's value, or FAILED (noted) when it fails or takes longer than opTimeoutMs. */
  async function ask<R>(op: () => Promise<R>): Promise<R | typeof FAILED> {
    let failed = false;
    const value = await within<R | typeof FAILED>(op(), opTimeoutMs, FAILED, (message) => {
      failed = true;
      noteError(message);
    });
    return failed ? FAILED : value;
  }
  const circuit = createCircuit({
    probe: async () => (await ask(() => redis!.get('probe'))) !== FAILED,
    backoffMs: config.backoffMs,
    now: config.now,
  });

  /** Runs op against Redis when the circuit allows, noting the outcome; FAILED when it was not asked or failed. */
  async function viaRedis<R>(op: (store: Keyv<T>) => Promise<R>): Promise<R | typeof FAILED> {
    if (!redis || !circuit.allow()) return FAILED;
    if (!connected && !(await within(connecting!, opTimeoutMs, false, noteError))) {
      circuit.failed();
      return FAILED;
    }
    const value = await ask(() => op(redis));
    if (value === FAILED) circuit.failed();
    else circuit.succeeded();
    return value;
  }

  return {
    kind: redis ? 'redis' : 'memory',
    serving: () => (redis && circuit.state() === 'closed' ? 'redis' : 'memory'),
    lastError: () => lastError,
    memoryBytes: () => memory.totalBytes,
    async get(key) {
      const shared = await viaRedis((store) => store.get(key));
      return (shared === FAILED ? await local.get(key) : (shared ?? (await local.get(key)))) ?? undefined;
    },
    async set(key, entry) {
      const ttl = Math.max(1, entry.freshUntil - Date.now()) + keepStaleMs;
      await local.set(key, entry, ttl);
      await viaRedis((store) => store.set(key, entry, ttl));
    },
    async close() {
      // A client that never reached its Redis would wait for it forever.
      if (redis) await within(redis.disconnect(), 1_000, undefined, noteError);
    },
  };
}
