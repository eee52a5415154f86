import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MockAgent } from 'undici';
import { randomUUID } from 'node:crypto';
import { createHttpClient } from '../../adapters/_kit/http.ts';
import { createSourceCache } from '../../adapters/_kit/cache.ts';
import { createCachedFetcher, perRequestFetcher } from '../../adapters/_kit/fetcher.ts';

const ORIGIN = 'http://127.0.0.1:4998';
const NO_RETRY = { maxRetries: 0, minDelayMs: 1, factor: 2, maxDelayMs: 10, statusCodes: [503] };
const REDIS_URL = process.env.HUB_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

describe('the cached fetcher', () => {
  let agent: MockAgent;
  let clock: number;
  beforeEach(() => {
    agent = new MockAgent();
    agent.disableNetConnect();
    clock = Date.parse('2026-11-23T10:00:00Z');
  });
  afterEach(() => agent.close());

  const fetcherWith = (cache = createSourceCache()) =>
    createCachedFetcher(createHttpClient({ retry: NO_RETRY }, { dispatcher: agent }), cache, () => clock);
  const opts = { source: 'hudoc-echr', ttlMs: 60_000 };

  it('serves a fresh entry from cache without asking the source again', async () => {
    agent.get(ORIGIN).intercept({ path: '/feed' }).reply(200, 'first').times(1);
    const fetcher = fetcherWith();
    const a = await fetcher.get(`${ORIGIN}/feed`, opts);
    const b = await fetcher.get(`${ORIGIN}/feed`, opts);
    expect(a).toMatchObject({ body: 'first', fromCache: false, stale: false });
    expect(b).toMatchObject({ body: 'first', fromCache: true, stale: false, fetchedAt: a.fetchedAt });
  });

  it('re-fetches once the TTL has passed', async () => {
    const pool = agent.get(ORIGIN);
    pool.intercept({ path: '/feed' }).reply(200, 'old');
    pool.intercept({ path: '/feed' }).reply(200, 'new');
    const fetcher = fetcherWith();
    await fetcher.get(`${ORIGIN}/feed`, opts);
    clock += 61_000;
    await expect(fetcher.get(`${ORIGIN}/feed`, opts)).resolves.toMatchObject({ body: 'new', fromCache: false });
  });

  it('serves the expired copy marked stale when the source fails (stale-if-error)', async () => {
    const pool = agent.get(ORIGIN);
    pool.intercept({ path: '/feed' }).reply(200, 'kept');
    pool.intercept({ path: '/feed' }).reply(503, 'down');
    const fetcher = fetcherWith();
    await fetcher.get(`${ORIGIN}/feed`, opts);
    clock += 61_000;
    const stale = await fetcher.get(`${ORIGIN}/feed`, opts);
    expect(stale).toMatchObject({ body: 'kept', fromCache: true, stale: true });
    expect(stale.staleBecause).toMatchObject({ code: 'RH_SOURCE_HTTP', status: 503 });
  });

  it('reads an expired copy once however often it is served stale, and answers the source error when it no longer reads', async () => {
    const pool = agent.get(ORIGIN);
    pool.intercept({ path: '/read' }).reply(200, '<rss>kept</rss>');
    pool.intercept({ path: '/read' }).reply(503, 'down').times(3);
    const cache = createSourceCache();
    let reads = 0;
    const reading = { as: 'feed', read: (body: string) => (reads++, body.length) };
    await fetcherWith(cache).get(`${ORIGIN}/read`, { ...opts, parse: reading });
    clock += 61_000;
    // Another process (a fresh fetcher over the same cache) serves the copy stale twice: read once.
    const other = fetcherWith(cache);
    for (let i = 0; i < 2; i++)
      await expect(other.get(`${ORIGIN}/read`, { ...opts, parse: reading })).resolves.toMatchObject({ stale: true, parsed: 15 });
    expect(reads).toBe(2);
    // A reading the copy no longer passes: the source's own error, not the reading's.
    const refused = {
      as: 'strict',
      read: () => {
        throw new Error('no longer a feed');
      },
    };
    await expect(fetcherWith(cache).get(`${ORIGIN}/read`, { ...opts, parse: refused })).rejects.toMatchObject({
      code: 'RH_SOURCE_HTTP',
      status: 503,
    });
  });

  it('never caches an HTML page served with 200 where JSON was asked: the good copy stays and is served stale', async () => {
    const pool = agent.get(ORIGIN);
    pool.intercept({ path: '/api' }).reply(200, '{"resultcount":1}', { headers: { 'content-type': 'application/json' } });
    pool.intercept({ path: '/api' }).reply(200, '<html><body>Maintenance</body></html>', { headers: { 'content-type': 'text/html' } });
    pool.intercept({ path: '/api' }).reply(200, '{"resultcount":2}', { headers: { 'content-type': 'application/json' } });
    const fetcher = fetcherWith();
    const json = { ...opts, accept: 'application/json' };
    await fetcher.get(`${ORIGIN}/api`, json);
    clock += 61_000;
    const during = await fetcher.get(`${ORIGIN}/api`, json);
    expect(during).toMatchObject({ body: '{"resultcount":1}', stale: true, staleBecause: { code: 'RH_SOURCE_PARSE' } });
    await expect(fetcher.get(`${ORIGIN}/api`, json)).resolves.toMatchObject({ body: '{"resultcount":2}', stale: false });
  });

  it("runs the caller's reading before caching, awaiting one that is asynchronous", async () => {
    agent.get(ORIGIN).intercept({ path: '/feed' }).reply(200, 'not a feed').times(2);
    const read = async (body: string) => {
      await Promise.resolve();
      if (!body.startsWith('<rss')) throw new Error('not an RSS feed');
      return body.length;
    };
    const f = fetcherWith();
    await expect(f.get(`${ORIGIN}/feed`, { ...opts, parse: { as: 'feed', read } })).rejects.toMatchObject({
      code: 'RH_SOURCE_PARSE',
      message: 'hudoc-echr: not an RSS feed',
    });
    // Nothing was cached: asked again, it is asked upstream again (and refused again).
    await expect(f.get(`${ORIGIN}/feed`, { ...opts, parse: { as: 'feed', read } })).rejects.toMatchObject({ code: 'RH_SOURCE_PARSE' });
  });

  it('gives two readings of one URL asked at once each its own value', async () => {
    agent.get(ORIGIN).intercept({ path: '/twice' }).reply(200, '<rss>12345</rss>').times(2);
    const f = fetcherWith();
    const [length, upper] = await Promise.all([
      f.get(`${ORIGIN}/twice`, { ...opts, parse: { as: 'length', read: (body) => body.length } }),
      f.get(`${ORIGIN}/twice`, { ...opts, parse: { as: 'upper', read: async (body) => body.toUpperCase() } }),
    ]);
    expect([length.parsed, upper.parsed]).toEqual([16, '<RSS>12345</RSS>']);
  });

  it('fails with the source error when there is nothing cached', async () => {
    agent.get(ORIGIN).intercept({ path: '/feed' }).reply(503, 'down');
    await expect(fetcherWith().get(`${ORIGIN}/feed`, opts)).rejects.toMatchObject({ code: 'RH_SOURCE_HTTP' });
  });

  it('shares one upstream request between identical concurrent requests', async () => {
    agent.get(ORIGIN).intercept({ path: '/once' }).reply(200, 'shared').delay(30).times(1);
    const fetcher = fetcherWith();
    const answers = await Promise.all([1, 2, 3].map(() => fetcher.get(`${ORIGIN}/once`, opts)));
    expect(answers.map((a) => a.body)).toEqual(['shared', 'shared', 'shared']);
  });

  it('fetches a URL (or posts a form) once per request however many fields ask for it', async () => {
    let upstreamCalls = 0;
    const answer = async (url: string) => {
      upstreamCalls++;
      return { url, body: 'x', contentType: null, fetchedAt: '', fromCache: false, stale: false, latencyMs: 0 };
    };
    const counting = { get: answer, post: answer };
    const perRequest = perRequestFetcher(counting);
    await perRequest.get('http://a/x', opts);
    await perRequest.get('http://a/x', opts);
    await perRequest.post('http://a/x', new URLSearchParams({ q: '1' }), opts);
    await perRequest.post('http://a/x', new URLSearchParams({ q: '1' }), opts);
    await perRequestFetcher(counting).get('http://a/x', opts);
    expect(upstreamCalls).toBe(3);
  });

  it('caches a form POST under its URL and form, and serves it stale when the source fails', async () => {
    const pool = agent.get(ORIGIN);
    pool.intercept({ path: '/search', method: 'POST', body: 'type=CC' }).reply(200, '<li class="search-result">C-470</li>');
    pool.intercept({ path: '/search', method: 'POST', body: 'type=OC' }).reply(200, '<li class="search-result">OC-29</li>');
    pool.intercept({ path: '/search', method: 'POST', body: 'type=CC' }).reply(503, 'down');
    const fetcher = fetcherWith();
    const cc = new URLSearchParams({ type: 'CC' });
    expect((await fetcher.post(`${ORIGIN}/search`, cc, opts)).body).toContain('C-470');
    expect((await fetcher.post(`${ORIGIN}/search`, new URLSearchParams({ type: 'OC' }), opts)).body).toContain('OC-29');
    expect(await fetcher.post(`${ORIGIN}/search`, cc, opts)).toMatchObject({ fromCache: true, stale: false });
    clock += 61_000;
    expect(await fetcher.post(`${ORIGIN}/search`, cc, opts)).toMatchObject({
      fromCache: true,
      stale: true,
      staleBecause: { code: 'RH_SOURCE_HTTP' },
    });
  });
});

describe('the shared Redis cache', () => {
  it('makes a page fetched by one process warm for another', async () => {
    const namespace = `rights-hub-test-${randomUUID()}`;
    const first = createSourceCache({ url: REDIS_URL, namespace });
    const second = createSourceCache({ url: REDIS_URL, namespace });
    const agent = new MockAgent();
    agent.disableNetConnect();
    agent.get(ORIGIN).intercept({ path: '/shared' }).reply(200, 'from the source').times(1);
    try {
      const http = createHttpClient({ retry: NO_RETRY }, { dispatcher: agent });
      const a = await createCachedFetcher(http, first).get(`${ORIGIN}/shared`, { source: 'x', ttlMs: 60_000 });
      const b = await createCachedFetcher(http, second).get(`${ORIGIN}/shared`, { source: 'x', ttlMs: 60_000 });
      expect(second.kind).toBe('redis');
      expect(a).toMatchObject({ fromCache: false });
      expect(b).toMatchObject({ body: 'from the source', fromCache: true, fetchedAt: a.fetchedAt });
    } finally {
      await first.close();
      await second.close();
      await agent.close();
    }
  });

  it('does not stall a query when Redis is down: reads miss and writes are dropped within the time limit', async () => {
    const down = createSourceCache({ url: 'redis://127.0.0.1:1', namespace: `rights-hub-test-${randomUUID()}`, opTimeoutMs: 100 });
    try {
      // Without the time limit both calls would wait for a Redis that never comes (and this test would time out).
      expect(await down.get('x')).toBeUndefined();
      await down.set('x', { url: 'x', status: 200, contentType: null, body: '', fetchedAt: '', freshUntil: Date.now() + 1000 });
      expect(down.lastError()).not.toBeNull();
    } finally {
      await down.close();
    }
  });

  it('refuses a cache URL that is not redis://', () => {
    expect(() => createSourceCache({ url: 'http://127.0.0.1:6379' })).toThrow(/HUB_CACHE_URL must start with redis:\/\//);
  });
});
