import DataLoader from 'dataloader';
import { CACHE_DEFAULTS, type CachedResponse, type SourceCache } from './cache.ts';
import { LruMap } from './lru-map.ts';
import type { HttpClient, HttpText } from './http.ts';
import { asSourceError, SourceError, SourceParseError } from './errors.ts';
import { checkBodyWhole, formatAsked } from './body-shape.ts';

/** An entry as this process keeps it: the object, what its reading parsed, and its size for the bound. */
interface Memo {
  entry: CachedResponse;
  parsed: unknown;
  bytes: number;
}

/** The bounds of a fetcher's in-process entries (HUB_CACHE_MAX_ENTRIES, HUB_CACHE_MAX_BYTES; defaults as the cache's). */
export interface MemoBounds {
  maxEntries?: number;
  maxBytes?: number;
}

/** One upstream answer as an adapter sees it: the text plus where and when it came from. */
export interface Fetched {
  url: string;
  body: string;
  contentType: string | null;
  fetchedAt: string;
  /** Epoch ms until which this copy is fresh (its source's TTL from fetchedAt): answers it feeds are cached no longer. The kit always sets it. */
  freshUntil?: number;
  fromCache: boolean;
  /** What FetchOptions.parse read from the body, when it was asked (read it with parsedOf). */
  parsed?: unknown;
  /** The source failed and this is an expired copy; `staleBecause` says why. */
  stale: boolean;
  staleBecause?: SourceError;
  latencyMs: number;
}

/** One record and the upstream answer it was read from (for its provenance). */
export interface Sourced<T> {
  record: T;
  fetched: Fetched;
}

export interface FetchOptions {
  /** The hub's name for the source (uhri, hudoc-echr, …). */
  source: string;
  /** How long a fresh answer may be served from cache, in milliseconds. */
  ttlMs: number;
  accept?: string;
  /** A binary answer (a PDF), kept as its bytes one character each: see HttpRequestOptions.binary. */
  binary?: boolean;
  /**
   * Reads the body into what the adapter uses (its records), throwing a SourceError when it is not data: validation is
   * parsing, so a 200 maintenance page neither replaces the last good copy nor is served for the whole TTL. It may be
   * asynchronous (a PDF's text): it is awaited before the body is cached. Its value is kept in process beside the
   * entry: a warm read parses nothing and deserializes nothing. `as` names the reading, so that one URL read two ways
   * keeps both. Every adapter reads with it (getRead, postRead); the fetcher itself refuses an empty or cut-short body
   * first (body-shape.ts).
   */
  parse?: { as: string; read: (body: string) => unknown };
  /** The most bytes this answer may have (default: the HTTP client's per-source limit); more is RH_SOURCE_TOO_LARGE. */
  maxBodyBytes?: number;
}

/** What adapters receive to read a source: a cached, de-duplicated GET, and the same for a search form's POST. */
export interface SourceFetcher {
  get(url: string, opts: FetchOptions): Promise<Fetched>;
  /**
   * POST a form (a search service, an ASP.NET postback), cached under the URL and the form together: the same
   * search asked again is answered from cache, and served stale if the source fails. Never retried upstream.
   */
  post(url: string, form: URLSearchParams, opts: FetchOptions): Promise<Fetched>;
}

/**
 * GET through the shared cache: fresh entries are served from cache; identical concurrent GETs share
 * one upstream request; when the source fails and an expired entry exists, that entry is served as stale.
 */
export function createCachedFetcher(
  http: HttpClient,
  cache: SourceCache,
  now: () => number = Date.now,
  bounds: MemoBounds = {},
): SourceFetcher {
  const inFlight = new Map<string, Promise<Fetched>>();
  // The entries as objects, each with what its reading parsed: the shared cache (keyv, Redis) is asked only when this misses.
  const memo = new LruMap<string, Memo>(
    bounds.maxEntries ?? CACHE_DEFAULTS.maxEntries,
    bounds.maxBytes ?? CACHE_DEFAULTS.maxBytes,
    (m) => m.bytes,
  );

  function remember(memoKey: string, entry: CachedResponse, parsed: unknown, read: boolean): void {
    // A parsed value is counted as large as its body again (an estimate: records hold the body's text and more keys).
    memo.set(memoKey, { entry, parsed, bytes: entry.body.length * (read ? 4 : 2) });
  }

  async function load(key: string, url: string, opts: FetchOptions, request: () => Promise<HttpText>): Promise<Fetched> {
    const started = now();
    const memoKey = readingKey(key, opts);
    const kept = memo.get(memoKey);
    if (kept && now() < kept.entry.freshUntil)
      return fromEntry(kept.entry, kept.parsed, { fromCache: true, stale: false, latencyMs: now() - started });
    const cached = await cache.get(key);
    // A copy this process has not parsed yet (another process fetched it, or it fell out of memory): parsed once here.
    const readCached = async (entry: CachedResponse) =>
      kept?.entry.fetchedAt === entry.fetchedAt ? kept.parsed : readBody(entry.body, opts);
    if (cached && now() < cached.freshUntil) {
      const parsed = await readCached(cached);
      remember(memoKey, cached, parsed, opts.parse !== undefined);
      return fromEntry(cached, parsed, { fromCache: true, stale: false, latencyMs: now() - started });
    }
    try {
      const res = await request();
      checkIsData(res.body, res.contentType, url, opts);
      const parsed = await readBody(res.body, opts);
      const entry: CachedResponse = {
        url,
        status: res.status,
        contentType: res.contentType,
        body: res.body,
        fetchedAt: new Date(now()).toISOString(),
        freshUntil: now() + opts.ttlMs,
      };
      remember(memoKey, entry, parsed, opts.parse !== undefined);
      void cache.set(key, entry); // not awaited: a slow cache must not slow the answer
      return fromEntry(entry, parsed, { fromCache: false, stale: false, latencyMs: now() - started });
    } catch (err) {
      if (!cached || !(err instanceof SourceError)) throw err;
      // The expired copy, read once and kept (during an outage every request is served it); one that no longer reads
      // is no copy to serve: the source's own error is.
      const parsed = await readCached(cached).catch(() => {
        throw err;
      });
      remember(memoKey, cached, parsed, opts.parse !== undefined);
      return fromEntry(cached, parsed, { fromCache: true, stale: true, staleBecause: err, latencyMs: now() - started });
    }
  }

  /** One load per key and reading at a time: identical concurrent requests share it (and its reading). */
  function shared(key: string, url: string, opts: FetchOptions, request: () => Promise<HttpText>): Promise<Fetched> {
    const loadKey = readingKey(key, opts);
    const pending = inFlight.get(loadKey);
    if (pending) return pending;
    const promise = load(key, url, opts, request).finally(() => inFlight.delete(loadKey));
    inFlight.set(loadKey, promise);
    return promise;
  }

  const options = (opts: FetchOptions) => ({
    source: opts.source,
    accept: opts.accept,
    binary: opts.binary,
    maxBodyBytes: opts.maxBodyBytes,
  });
  return {
    get: (url, opts) => shared(url, url, opts, () => http.getText(url, options(opts))),
    post: (url, form, opts) => shared(postKey(url, form), url, opts, () => http.postForm(url, form, options(opts))),
  };
}

/** The cache key of a form POST: postKey('https://x/s', new URLSearchParams({ a: '1' })) === 'POST https://x/s\na=1' */
function postKey(url: string, form: URLSearchParams): string {
  return `POST ${url}\n${form.toString()}`;
}

/**
 * Refuses a body that is not the data asked for: an HTML page where JSON or XML was asked (a maintenance or
 * error page served with 200), or an empty or cut-short body.
 */
function checkIsData(body: string, contentType: string | null, url: string, opts: FetchOptions): void {
  const format = formatAsked(opts.accept);
  if ((format === 'json' || format === 'xml') && /text\/html/i.test(contentType ?? ''))
    throw new SourceParseError(`${opts.source} answered an HTML page where ${opts.accept} was expected (GET ${url})`, opts.source, { url });
  try {
    checkBodyWhole(body, format, opts.source, url);
  } catch (err) {
    throw asSourceError(err, opts.source);
  }
}

/** What opts.parse reads from the body (undefined without one); its failure is the source's error. */
async function readBody(body: string, opts: FetchOptions): Promise<unknown> {
  if (!opts.parse) return undefined;
  try {
    return await opts.parse.read(body);
  } catch (err) {
    throw asSourceError(err, opts.source);
  }
}

/**
 * What a reading parsed from `fetched`, or, from a fetcher that did not keep it (a test's stand-in), the body read now:
 * parsedOf(await fetcher.get(url, { ...opts, parse: { as: 'rss', read } }), read)
 */
export function parsedOf<T>(fetched: Fetched, read: (body: string) => T): T {
  return fetched.parsed === undefined ? read(fetched.body) : (fetched.parsed as T);
}

/** An answer and what its reading made of it. The reading is shared by every request the cache serves: read, never change it. */
export interface ReadAnswer<T> {
  fetched: Fetched;
  parsed: T;
}

/**
 * A cached GET read once by `read`, which may be asynchronous (validation = parsing: a body it refuses is the source's
 * error and is never cached):
 * getRead(fetcher, url, { source: 'spinternet', ttlMs, accept: 'text/html' }, 'visits', (html) => parseVisitsPage(html, url))
 */
export async function getRead<T>(
  fetcher: SourceFetcher,
  url: string,
  opts: Omit<FetchOptions, 'parse'>,
  as: string,
  read: (body: string) => T | Promise<T>,
): Promise<ReadAnswer<T>> {
  const fetched = await fetcher.get(url, { ...opts, parse: { as, read } });
  return { fetched, parsed: await parsedOf(fetched, read) };
}

/** The same for a form's POST (a search service, an ASP.NET postback). */
export async function postRead<T>(
  fetcher: SourceFetcher,
  url: string,
  form: URLSearchParams,
  opts: Omit<FetchOptions, 'parse'>,
  as: string,
  read: (body: string) => T,
): Promise<ReadAnswer<T>> {
  const fetched = await fetcher.post(url, form, { ...opts, parse: { as, read } });
  return { fetched, parsed: parsedOf(fetched, read) };
}

function fromEntry(
  entry: CachedResponse,
  parsed: unknown,
  how: Pick<Fetched, 'fromCache' | 'stale' | 'staleBecause' | 'latencyMs'>,
): Fetched {
  return {
    url: entry.url,
    body: entry.body,
    contentType: entry.contentType,
    fetchedAt: entry.fetchedAt,
    freshUntil: entry.freshUntil,
    parsed,
    ...how,
  };
}

/** A request's memo key: the URL (or form), and the reading asked of it. */
const readingKey = (key: string, opts: FetchOptions) => (opts.parse ? `${opts.parse.as}\n${key}` : key);

/**
 * A per-request view of a fetcher: within one GraphQL request the same URL is fetched once,
 * however many fields need it (DataLoader memoises by URL).
 */
export function perRequestFetcher(fetcher: SourceFetcher): SourceFetcher {
  const loader = new DataLoader<{ key: string; load: () => Promise<Fetched> }, Fetched, string>(
    (keys) => Promise.all(keys.map(({ load }) => load().catch((err: unknown) => err as Error))),
    { cacheKeyFn: ({ key }) => key, batch: false },
  );
  return {
    get: (url, opts) => loader.load({ key: readingKey(url, opts), load: () => fetcher.get(url, opts) }),
    post: (url, form, opts) => loader.load({ key: readingKey(postKey(url, form), opts), load: () => fetcher.post(url, form, opts) }),
  };
}
