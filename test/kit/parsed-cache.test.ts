import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomUUID } from 'node:crypto';
import { MockAgent } from 'undici';
import { createHttpClient } from '../../adapters/_kit/http.ts';
import { createSourceCache, type CachedResponse, type SourceCache } from '../../adapters/_kit/cache.ts';
import { createCachedFetcher, type FetchOptions } from '../../adapters/_kit/fetcher.ts';
import { SourceParseError } from '../../adapters/_kit/errors.ts';
import { createSourceRuntime } from '../../subgraphs/_shared/runtime.ts';

const ORIGIN = 'http://127.0.0.1:4997';
const REDIS_URL = process.env.HUB_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const NO_RETRY = { maxRetries: 0, minDelayMs: 1, factor: 2, maxDelayMs: 10, statusCodes: [503] };

/** A reading that counts its calls and refuses a body without records. */
function countingReading() {
  const reading = {
    calls: 0,
    as: 'records',
    read(body: string): { ids: string[] } {
      reading.calls += 1;
      const parsed = JSON.parse(body) as { ids?: string[] };
      if (!Array.isArray(parsed.ids)) throw new SourceParseError('no ids', 'src');
      return { ids: parsed.ids };
    },
  };
  return reading;
}

/** A cache that counts its reads: a warm read should not ask it (no keyv deserialization). */
function countingCache(inner: SourceCache = createSourceCache()) {
  const counted = {
    gets: 0,
    get: (key: string) => {
      counted.gets += 1;
      return inner.get(key);
    },
    set: (key: string, e: CachedResponse) => inner.set(key, e),
    kind: inner.kind,
    close: () => inner.close(),
  };
  return counted;
}

describe('parsed records in the fetcher', () => {
  it('parses a body once: a warm read calls neither the parser nor the shared cache, and gets the same records', async () => {
    const agent = new MockAgent();
    agent.disableNetConnect();
    agent
      .get(ORIGIN)
      .intercept({ path: '/list' })
      .reply(200, '{"ids":["a","b"]}', { headers: { 'content-type': 'application/json' } })
      .times(1);
    let clock = Date.parse('2026-11-23T10:00:00Z');
    const cache = countingCache();
    const fetcher = createCachedFetcher(createHttpClient({ retry: NO_RETRY }, { dispatcher: agent }), cache, () => clock);
    const reading = countingReading();
    const opts: FetchOptions = { source: 'src', ttlMs: 60_000, accept: 'application/json', parse: reading };
    try {
      const cold = await fetcher.get(`${ORIGIN}/list`, opts);
      expect(cold).toMatchObject({ fromCache: false, parsed: { ids: ['a', 'b'] } });
      expect(reading.calls).toBe(1);
      const gets = cache.gets;
      for (let i = 0; i < 3; i++) {
        clock += 1_000;
        const warm = await fetcher.get(`${ORIGIN}/list`, opts);
        expect(warm).toMatchObject({ fromCache: true, stale: false, fetchedAt: cold.fetchedAt });
        expect(warm.parsed).toBe(cold.parsed);
      }
      expect(reading.calls).toBe(1);
      expect(cache.gets).toBe(gets);
    } finally {
      await agent.close();
    }
  });

  it('keeps the good copy and its records when the source answers the wrong shape after the TTL: served stale, parsed no more', async () => {
    const agent = new MockAgent();
    agent.disableNetConnect();
    const pool = agent.get(ORIGIN);
    pool.intercept({ path: '/list' }).reply(200, '{"ids":["a"]}', { headers: { 'content-type': 'application/json' } });
    pool.intercept({ path: '/list' }).reply(200, '{"oops":1}', { headers: { 'content-type': 'application/json' } });
    pool.intercept({ path: '/list' }).reply(200, '{"ids":["c"]}', { headers: { 'content-type': 'application/json' } });
    let clock = Date.parse('2026-11-23T10:00:00Z');
    const fetcher = createCachedFetcher(createHttpClient({ retry: NO_RETRY }, { dispatcher: agent }), createSourceCache(), () => clock);
    const reading = countingReading();
    const opts: FetchOptions = { source: 'src', ttlMs: 60_000, accept: 'application/json', parse: reading };
    try {
      await fetcher.get(`${ORIGIN}/list`, opts);
      clock += 61_000;
      const stale = await fetcher.get(`${ORIGIN}/list`, opts);
      expect(stale).toMatchObject({ fromCache: true, stale: true, staleBecause: { code: 'RH_SOURCE_PARSE' }, parsed: { ids: ['a'] } });
      expect(reading.calls).toBe(2); // the good copy once, the wrong shape once (refused); the stale copy is not parsed again
      const fresh = await fetcher.get(`${ORIGIN}/list`, opts);
      expect(fresh).toMatchObject({ fromCache: false, parsed: { ids: ['c'] } });
    } finally {
      await agent.close();
    }
  });
});

describe('raw bodies shared through Redis between two runtimes', () => {
  let server: Server;
  let hits = 0;
  let url: string;
  beforeAll(async () => {
    server = createServer((_req, res) => {
      hits += 1;
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ids":["x","y"]}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/list`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('a page fetched by one runtime is read by the other from Redis, parsed there once, and never fetched again', async () => {
    const namespace = `rights-hub-test-${randomUUID()}`;
    const one = createSourceRuntime({ cacheUrl: REDIS_URL, cacheNamespace: namespace, env: {} });
    const two = createSourceRuntime({ cacheUrl: REDIS_URL, cacheNamespace: namespace, env: {} });
    const reading = countingReading();
    const opts: FetchOptions = { source: 'src', ttlMs: 60_000, accept: 'application/json', parse: reading };
    try {
      const a = await one.fetcher.get(url, opts);
      await new Promise((resolve) => setImmediate(resolve));
      await one.cache.get(url); // the write (not awaited by the fetcher) has reached Redis once this read answers
      const b = await two.fetcher.get(url, opts);
      const c = await two.fetcher.get(url, opts);
      expect(two.cache.serving()).toBe('redis');
      expect(hits).toBe(1);
      expect(a).toMatchObject({ fromCache: false });
      expect(b).toMatchObject({ fromCache: true, fetchedAt: a.fetchedAt, parsed: { ids: ['x', 'y'] } });
      expect(c.parsed).toBe(b.parsed);
      expect(reading.calls).toBe(2); // once in each runtime
    } finally {
      await one.close();
      await two.close();
    }
  });
});
