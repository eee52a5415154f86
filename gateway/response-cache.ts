import { createHash } from 'node:crypto';
import { Kind, print, type DocumentNode, type FragmentDefinitionNode, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import type { ApolloServer, ApolloServerPlugin, BaseContext, GraphQLRequest, HeaderMap } from '@apollo/server';
import { createSourceCache, CACHE_DEFAULTS, type SharedSourceCache } from '../adapters/_kit/cache.ts';
import { requirePositiveInt } from '../adapters/_kit/config.ts';
import { LruMap } from '../adapters/_kit/lru-map.ts';
import { isPlanningOnly } from './plan-ahead.ts';
import type { AccessLevel } from '../schema/access-level.ts';
import { CREDENTIAL_HEADERS } from '../access/identity.ts';
import { markCached } from './cache-marks.ts';
import { EncodedBody } from './encoded-body.ts';
import { sourceOutcomes } from '../observability/apollo-plugin.ts';

/**
 * The gateway's cache of whole answers. Why not @apollo/server-plugin-response-cache: it has no stale-while-revalidate
 * (an entry is gone at its TTL, so every expiry costs a client the whole cold fan-out), and it returns the stored
 * answer as it was, which says fromCache: false for every source that was fresh then. What it and this share is the
 * ecosystem's cache-hint mechanism: each subgraph sends `cache-control: max-age` (the first of its sources' copies to
 * expire; no-store when a source failed or was stale, subgraphs/_shared/answer-freshness.ts), @apollo/gateway folds them
 * into the request's overall cache policy, and an answer is kept for that policy's maxAge: the smallest of the sources' TTLs.
 *
 * Kept: queries without errors whose policy is cacheable. Never kept: mutations, answers with errors, answers in which
 * a source failed or was served stale, or a subgraph was unreachable (their maxAge is 0): the next request asks again.
 */
export interface CachedAnswer {
  /** The answer's data as it is served from cache: every selected SourceStatus/Provenance `fromCache` already true. */
  data: unknown;
  /** When the gateway made the answer (ISO 8601); each record's provenance.fetchedAt still says when its source was read. */
  cachedAt: string;
  /** Epoch ms until which it is served as fresh; after, for swrMs more, it is served stale while a fresh one is made. */
  freshUntil: number;
  /** Its size in the in-memory bound (the JSON's length × 2). */
  bytes: number;
}

export interface ResponseCacheConfig {
  /** redis://… (HUB_CACHE_URL): answers are shared between gateways; absent → this process's memory only. */
  url?: string;
  namespace?: string;
  /** How long past its TTL an answer is still served (marked stale) while a fresh one is made. Default 300 s. */
  staleWhileRevalidateMs?: number;
  /** The in-memory bound: entries and bytes (least recently used out). Defaults 500 and 50 MB. */
  maxEntries?: number;
  maxBytes?: number;
  now?: () => number;
}

export const RESPONSE_CACHE_DEFAULTS = { staleWhileRevalidateMs: 300_000, maxEntries: 500, maxBytes: 50_000_000 } as const;

/** HUB_RESPONSE_CACHE=off turns it off; HUB_RESPONSE_CACHE_SWR_SECONDS, _MAX_ENTRIES and _MAX_BYTES bound it. */
export function responseCacheFromEnv(env: NodeJS.ProcessEnv): ResponseCacheConfig | false {
  if (env.HUB_RESPONSE_CACHE === 'off') return false;
  const int = (name: string, unit: string) => (env[name] === undefined ? undefined : requirePositiveInt(name, Number(env[name]), unit));
  const swr = int('HUB_RESPONSE_CACHE_SWR_SECONDS', 'seconds');
  return {
    url: env.HUB_CACHE_URL,
    namespace: env.HUB_CACHE_NAMESPACE,
    staleWhileRevalidateMs: swr === undefined ? undefined : swr * 1000,
    maxEntries: int('HUB_RESPONSE_CACHE_MAX_ENTRIES', 'entries'),
    maxBytes: int('HUB_RESPONSE_CACHE_MAX_BYTES', 'bytes'),
  };
}

/**
 * Who asks, as far as the cache is concerned: answers are shared only between callers of the same key. Anonymous
 * callers share PUBLIC; a caller with credentials (verified before this runs: a bad one is a 401 at access/http.ts)
 * shares only with the same credentials, so an answer that carried restricted data is never served to another caller.
 * Keying by the verified mechanism instead (what access/caller.ts levelOf depends on) would let one mechanism's staff
 * share answers; it needs the caller in the cache's own revalidation requests, which carry only the headers.
 */
export function accessKeyOf(headers: Pick<HeaderMap, 'get'> | undefined): AccessLevel | `credentials:${string}` {
  const values = CREDENTIAL_HEADERS.map((name) => headers?.get(name) ?? '');
  if (values.every((v) => v === '')) return 'PUBLIC';
  return `credentials:${sha256(values.join('\n'))}`;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** JSON with object keys sorted, so {a,b} and {b,a} are one key: stableJson({ b: 1, a: [2] }) === '{"a":[2],"b":1}' */
export function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value !== null && typeof value === 'object')
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value) ?? 'null';
}

/** What the cache reads of a request once Apollo has resolved its operation. */
interface Asked {
  queryHash?: string;
  document: DocumentNode;
  operationName: string | null;
  operation: OperationDefinitionNode;
  schema: GraphQLSchema;
  request: GraphQLRequest;
}

/** A request as its POST body gives it, before anything is parsed. */
export interface RawRequest {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

/**
 * A repeat of a request whose answer is cached and fresh, ready to send as Apollo would send it (gateway/fresh-repeats.ts):
 * the answer's JSON (compressed once per encoding), how long it stays fresh and how old it is (s), and what the request's log line and metrics say.
 */
export interface FreshRepeat {
  body: EncodedBody;
  maxAgeS: number;
  ageS: number;
  operation?: string;
  sources: readonly string[];
}

/** The key of a request's exact text, operation and variables: an anonymous repeat of it is known without parsing it. */
export const requestKeyOf = (request: RawRequest) =>
  sha256([request.query, request.operationName ?? '', stableJson(request.variables ?? {})].join('\n'));

/** What a request's exact text resolved to the first time: its answer's key and its operation's name. */
interface KnownRequest {
  key: string;
  operation?: string;
}

/** Marks a request the cache itself made to refresh a stale answer: it is executed, not answered from cache. */
const REVALIDATING = Symbol('rh.revalidating');

export interface ResponseCache {
  plugin: ApolloServerPlugin<BaseContext>;
  /** The fresh cached answer to an anonymous request seen before with the same text and variables (requestKeyOf); undefined: ask Apollo. */
  freshRepeat(requestKey: string): FreshRepeat | undefined;
  /** The server revalidations run through (set once it is built). */
  attach(server: ApolloServer<BaseContext>): void;
  /** Resolves when the refreshes started so far are done (tests). */
  settled(): Promise<void>;
  close(): Promise<void>;
}

export function createResponseCache(config: ResponseCacheConfig = {}): ResponseCache {
  const now = config.now ?? Date.now;
  const swrMs = config.staleWhileRevalidateMs ?? RESPONSE_CACHE_DEFAULTS.staleWhileRevalidateMs;
  const memory = new LruMap<string, CachedAnswer>(
    config.maxEntries ?? RESPONSE_CACHE_DEFAULTS.maxEntries,
    config.maxBytes ?? RESPONSE_CACHE_DEFAULTS.maxBytes,
    (a) => a.bytes,
  );
  const shared: SharedSourceCache<CachedAnswer> | undefined = config.url
    ? createSourceCache<CachedAnswer>({
        url: config.url,
        namespace: `${config.namespace ?? CACHE_DEFAULTS.namespace}:answers`,
        keepStaleMs: swrMs,
        maxEntries: 1,
        maxBytes: 1,
      })
    : undefined;
  /** Normalized operations by the hash of their text: each query text is printed once. */
  const operations = new LruMap<string, string>(500);
  /** Anonymous requests' exact texts seen, by requestKeyOf, and the answer each resolved to (as many as answers are kept). */
  const requests = new LruMap<string, KnownRequest>(config.maxEntries ?? RESPONSE_CACHE_DEFAULTS.maxEntries);
  /** Each fresh answer's JSON as sent, made once: the entry's lifetime is its own (a WeakMap follows the LRU's). */
  const served = new WeakMap<CachedAnswer, { body: EncodedBody; sources: readonly string[]; cachedAtMs: number }>();
  const refreshing = new Map<string, Promise<unknown>>();
  let server: ApolloServer<BaseContext> | undefined;

  async function lookUp(key: string): Promise<CachedAnswer | undefined> {
    const local = memory.get(key);
    if (local || !shared) return local;
    const found = await shared.get(key);
    if (found) memory.set(key, found);
    return found;
  }

  function keyOf(rc: Asked): string {
    const text = rc.queryHash ?? print(rc.document);
    let operation = operations.get(text);
    if (operation === undefined) operations.set(text, (operation = sha256(print(rc.document))));
    return sha256(
      [operation, rc.operationName ?? '', stableJson(rc.request.variables ?? {}), accessKeyOf(rc.request.http?.headers)].join('\n'),
    );
  }

  function revalidate(key: string, request: GraphQLRequest): void {
    if (!server || !request.query || refreshing.has(key)) return;
    const { query, variables, operationName, http } = request;
    const refresh = server
      .executeOperation({ query, variables, operationName, http }, { contextValue: { [REVALIDATING]: true } })
      .catch(() => undefined) // the stale copy keeps serving; the next request past the window asks again
      .finally(() => refreshing.delete(key));
    refreshing.set(key, refresh);
  }

  const plugin: ApolloServerPlugin<BaseContext> = {
    async requestDidStart() {
      let key: string | undefined;
      let answeredFromCache = false;
      return {
        async responseForOperation(rc) {
          if (rc.operation.operation !== 'query' || isPlanningOnly(rc.contextValue)) return null;
          key = keyOf(rc);
          if ((rc.contextValue as Record<symbol, unknown>)[REVALIDATING]) return null;
          const access = accessKeyOf(rc.request.http?.headers);
          if (rc.request.query !== undefined && access === 'PUBLIC')
            requests.set(requestKeyOf({ ...rc.request, query: rc.request.query }), { key, operation: rc.operationName ?? undefined });
          if (access !== 'PUBLIC') rc.overallCachePolicy.restrict({ scope: 'PRIVATE' });
          const hit = await lookUp(key);
          const at = now();
          if (!hit || at >= hit.freshUntil + swrMs) return null;
          const stale = at >= hit.freshUntil;
          if (stale) revalidate(key, rc.request);
          answeredFromCache = true;
          rc.overallCachePolicy.restrict({ maxAge: Math.max(0, Math.floor((hit.freshUntil - at) / 1000)) });
          rc.response.http.headers.set('age', String(Math.max(0, Math.floor((at - Date.parse(hit.cachedAt)) / 1000))));
          const data = stale ? staleCopy(hit, rc, at) : hit.data;
          return { http: rc.response.http, body: { kind: 'single', singleResult: hitResult(hit, data) } };
        },
        async willSendResponse(rc) {
          if (answeredFromCache || !key || rc.response.body.kind !== 'single') return;
          const result = rc.response.body.singleResult;
          const policy = rc.overallCachePolicy.policyIfCacheable();
          if (result.errors || !result.data || !policy || !rc.operation || !rc.document) return;
          const data = structuredClone(result.data);
          markCached(data, rc.schema, rc.operation, fragmentsOf(rc.document.definitions), { fromCache: true, stale: false });
          const at = now();
          const answer: CachedAnswer = {
            data,
            cachedAt: new Date(at).toISOString(),
            freshUntil: at + policy.maxAge * 1000,
            bytes: JSON.stringify(data).length * 2,
          };
          memory.set(key, answer);
          void shared?.set(key, answer); // not awaited: a slow Redis must not slow the answer
        },
      };
    },
  };

  function freshRepeat(requestKey: string): FreshRepeat | undefined {
    const known = requests.get(requestKey);
    const hit = known && memory.get(known.key);
    const at = now();
    if (!known || !hit || at >= hit.freshUntil) return undefined;
    let sent = served.get(hit);
    // As Apollo's own JSON of the hit (runHttpQuery's prettyJSONStringify): the same bytes either way.
    if (!sent)
      served.set(
        hit,
        (sent = {
          body: new EncodedBody(`${JSON.stringify(hitResult(hit, hit.data))}\n`),
          sources: sourceOutcomes(hit.data),
          cachedAtMs: Date.parse(hit.cachedAt),
        }),
      );
    return {
      body: sent.body,
      sources: sent.sources,
      maxAgeS: Math.floor((hit.freshUntil - at) / 1000),
      ageS: Math.max(0, Math.floor((at - sent.cachedAtMs) / 1000)),
      operation: known.operation,
    };
  }

  return {
    plugin,
    freshRepeat,
    attach: (s) => {
      server = s;
    },
    settled: async () => {
      await Promise.all(refreshing.values());
    },
    close: async () => {
      await shared?.close();
    },
  };
}

/** A cached answer as the result sent: its data, and the gateway's note that it came from cache and cost nothing upstream. */
function hitResult(hit: CachedAnswer, data: unknown) {
  return { data: data as Record<string, unknown>, extensions: { rightsHub: { upstreamRequests: 0, cachedAt: hit.cachedAt } } };
}

/** An answer past its TTL, as served while it is refreshed: stale, and each source saying since when. */
function staleCopy(hit: CachedAnswer, rc: Asked, at: number): unknown {
  const data = structuredClone(hit.data);
  const warning = `answer cached by the gateway at ${hit.cachedAt}, ${Math.round((at - hit.freshUntil) / 1000)} s past its TTL: served while it is refreshed`;
  markCached(data, rc.schema, rc.operation, fragmentsOf(rc.document.definitions), { fromCache: true, stale: true, warning });
  return data;
}

function fragmentsOf(definitions: readonly { kind: Kind }[]): Record<string, FragmentDefinitionNode> {
  const fragments = definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION);
  return Object.fromEntries(fragments.map((f) => [f.name.value, f]));
}
