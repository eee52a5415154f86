import { randomBytes } from 'node:crypto';
import { createHttpClient, type HttpClient } from '../../adapters/_kit/http.ts';
import { createSourceCache, CACHE_DEFAULTS, type SharedSourceCache } from '../../adapters/_kit/cache.ts';
import { createCachedFetcher, type SourceFetcher } from '../../adapters/_kit/fetcher.ts';
import { bodyLimitsFromEnv, HTTP_DEFAULTS, requirePositiveInt, type HttpConfig } from '../../adapters/_kit/config.ts';
import { createRedisHostSlots, PROCESS_SLOTS, type HostSlots } from '../../adapters/_kit/host-slots.ts';
import { InvalidConfigError } from '../../adapters/_kit/errors.ts';
import { createTokenSigner, type TokenSigner } from '../../schema/signed-token.ts';
import { instrumentFetcher, instrumentHttp } from '../../adapters/_kit/instrumented.ts';

/** What every source subgraph process shares between requests: one HTTP client, one cache, one fetcher, the host slots. */
export interface SourceRuntime {
  http: HttpClient;
  cache: SharedSourceCache;
  /** Redis-backed when the cache is: the politeness limit per host then holds for the fleet. */
  slots: HostSlots;
  fetcher: SourceFetcher;
  /** Verifies the part scopes the registry signed (and signs them, for the registry in the same process). */
  tokens: TokenSigner;
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
  /** RH_SCOPE_KEY (scopeKeyOf): the key the registry signs scopes with; absent → a random key for this process only. */
  scopeKey?: string;
}

/** The shortest RH_SCOPE_KEY accepted: 32 characters (e.g. `openssl rand -base64 32`). */
const MIN_SCOPE_KEY_LENGTH = 32;

/**
 * RH_SCOPE_KEY, the secret the registry signs page ids, cursors and part scopes with and the system subgraphs
 * verify them with; undefined when unset. Every process of one hub (the registry and each subgraph hosted
 * apart) must be given the same key.
 */
export function scopeKeyOf(env: NodeJS.ProcessEnv): string | undefined {
  const key = env.RH_SCOPE_KEY;
  if (key === undefined || key === '') return undefined;
  if (key.length < MIN_SCOPE_KEY_LENGTH)
    throw new InvalidConfigError(`RH_SCOPE_KEY must be at least ${MIN_SCOPE_KEY_LENGTH} characters (e.g. openssl rand -base64 32)`);
  return key;
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
    cache: runtime.cache.kind,
    cacheServing: runtime.cache.serving(),
    cacheError: runtime.cache.lastError(),
    hostSlots: runtime.slots.kind,
    hostSlotsServing: runtime.slots.serving?.() ?? runtime.slots.kind,
    hostSlotsError: runtime.slots.lastError(),
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
        url: options.cacheUrl,
        namespace,
        perHost: http.maxConcurrentPerHost,
        leaseMs: http.timeoutMs + LEASE_MARGIN_MS,
        opTimeoutMs: CACHE_DEFAULTS.opTimeoutMs,
      })
    : PROCESS_SLOTS;
  const client = instrumentHttp(createHttpClient(httpConfig, { slots }));
  const limits = cacheLimitsFromEnv(options.env ?? process.env);
  const cache = createSourceCache({ url: options.cacheUrl, namespace, ...limits });
  const fetcher = instrumentFetcher(createCachedFetcher(client, cache, Date.now, limits));
  const tokens = createTokenSigner(options.scopeKey ?? randomBytes(32));
  return {
    http: client,
    cache,
    slots,
    fetcher,
    tokens,
    close: async () => {
      await client.close();
      await cache.close();
      await slots.close();
    },
  };
}
