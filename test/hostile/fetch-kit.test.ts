import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHttpClient } from '../../adapters/_kit/http.ts';
import { createSourceCache } from '../../adapters/_kit/cache.ts';
import { createCachedFetcher, type FetchOptions } from '../../adapters/_kit/fetcher.ts';
import { parseHudocResults } from '../../adapters/hudoc/parse.ts';
import { parseHudocRss } from '../../adapters/hudoc/rss.ts';
import { readFileSync } from 'node:fs';

/**
 * The fetcher and HTTP kit against a real loopback server that answers as a hostile or broken source would: a 200 of
 * the wrong shape, cut short or empty never replaces the good copy, which is served stale (also on a later timeout);
 * bodies over the limit are cut off while streaming; a huge legacy-charset body or a 1e6-deep JSON body never holds
 * the event loop.
 */

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
let handler: Handler = (_req, res) => res.end('unset');
let server: Server;
let origin: string;
const NO_RETRY = { maxRetries: 0, minDelayMs: 1, factor: 2, maxDelayMs: 10, statusCodes: [503] };

beforeAll(async () => {
  server = createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const RSS = readFileSync(new URL('../fixtures/hudoc-rss/echr.xml', import.meta.url), 'utf8');
const GOOD_JSON = JSON.stringify({ resultcount: 1, results: [{ columns: { itemid: '001-242070', kpdate: '2025-05-22T00:00:00' } }] });

/** Answers `body` with `type`, or hangs (never answers) when body is null. */
const answer =
  (body: string | null, type = 'application/json'): Handler =>
  (_req, res) => {
    if (body === null) return;
    res.writeHead(200, { 'content-type': type }).end(body);
  };

/** The longest the event loop was held while `work` ran, in ms (a 5 ms ticker). */
async function longestStall<T>(work: () => Promise<T>): Promise<{ stallMs: number; result: PromiseSettledResult<T> }> {
  let last = performance.now();
  let stallMs = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    stallMs = Math.max(stallMs, now - last);
    last = now;
  }, 5);
  const [result] = await Promise.allSettled([work()]);
  clearInterval(ticker);
  return { stallMs, result };
}

describe('nothing is cached that did not parse as data', () => {
  let clock = 1_000_000;
  const fetcher = () => createCachedFetcher(createHttpClient({ retry: NO_RETRY, timeoutMs: 300 }), createSourceCache(), () => clock);

  it("keeps HUDOC's good copy when a 200 of the wrong shape comes, and still serves it stale on a later timeout", async () => {
    const f = fetcher();
    const url = `${origin}/hudoc`;
    const opts: FetchOptions = {
      source: 'hudoc-echr',
      ttlMs: 60_000,
      accept: 'application/json',
      parse: { as: 'results', read: (body) => parseHudocResults(body, 'hudoc-echr', url) },
    };
    handler = answer(GOOD_JSON);
    expect(await f.get(url, opts)).toMatchObject({ fromCache: false, stale: false });
    clock += 61_000;
    handler = answer('{"oops":1}');
    const poisoned = await f.get(url, opts);
    expect(poisoned).toMatchObject({ body: GOOD_JSON, stale: true, staleBecause: { code: 'RH_SOURCE_PARSE' } });
    handler = answer(null);
    const timedOut = await f.get(url, opts);
    expect(timedOut).toMatchObject({ body: GOOD_JSON, stale: true, staleBecause: { code: 'RH_SOURCE_TIMEOUT' } });
    handler = answer(GOOD_JSON.replace('001-242070', '001-999999'));
    expect((await f.get(url, opts)).body).toContain('001-999999');
  });

  it.each([
    ['a JSON body cut short', 'application/json', GOOD_JSON.slice(0, 40), 'cut short'],
    ['an RSS feed cut short mid-item', 'application/rss+xml', RSS.slice(0, Math.floor(RSS.length / 2)), 'cut short'],
    ['an HTML page cut short', 'text/html', '<!DOCTYPE html><html><body><ul><li>one</li>', 'cut short'],
    ['an empty body', 'application/json', '', 'empty'],
    ['HTML where XML was asked', 'application/rss+xml', '<!DOCTYPE html><html><body>Maintenance</body></html>', 'HTML'],
  ])('refuses %s as a source error and serves the good copy stale', async (_what, accept, bad, why) => {
    const f = fetcher();
    const url = `${origin}/${encodeURIComponent(_what)}`;
    const good =
      accept === 'application/rss+xml'
        ? RSS
        : accept === 'text/html'
          ? '<!DOCTYPE html><html><body><ul><li>one</li><li>two</li></ul></body></html>'
          : GOOD_JSON;
    const parse =
      accept === 'application/rss+xml'
        ? { as: 'rss', read: (body: string) => parseHudocRss(body, 'itemid', 'hudoc-echr', url) }
        : undefined;
    const opts: FetchOptions = { source: 'src', ttlMs: 1_000, accept, parse };
    handler = answer(good, accept === 'text/html' ? 'text/html' : 'application/xml');
    await f.get(url, opts);
    clock += 2_000;
    handler = answer(bad, 'application/xml');
    const served = await f.get(url, opts);
    expect(served).toMatchObject({ body: good, stale: true, staleBecause: { code: 'RH_SOURCE_PARSE' } });
    expect(served.staleBecause?.message).toContain(why);
    // Without a good copy, the same answer is the source's error.
    await expect(fetcher().get(`${url}?cold`, opts)).rejects.toMatchObject({ code: 'RH_SOURCE_PARSE' });
  });
});

describe('bounded bodies, decoded without holding the event loop', () => {
  /** Streams `total` bytes of `byte` in 64 KiB chunks, without a content-length. */
  const stream =
    (total: number, type: string, byte = 0x61): Handler =>
    (_req, res) => {
      res.writeHead(200, { 'content-type': type });
      const chunk = Buffer.alloc(64 * 1024, byte);
      let sent = 0;
      const push = () => {
        while (sent < total) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', push);
        }
        res.end();
      };
      push();
    };

  it('stops reading a body past the source limit, typed RH_SOURCE_TOO_LARGE, while another request is answered', async () => {
    const http = createHttpClient({ retry: NO_RETRY, maxBodyBytes: 2_000_000 });
    try {
      handler = (req, res) => (req.url === '/small' ? answer('{"ok":true}')(req, res) : stream(50_000_000, 'application/json')(req, res));
      const big = http.getText(`${origin}/big`, { source: 'huge' });
      const small = http.getText(`${origin}/small`, { source: 'other' });
      await expect(big).rejects.toMatchObject({ code: 'RH_SOURCE_TOO_LARGE', source: 'huge' });
      expect((await small).body).toBe('{"ok":true}');
      // A per-request limit overrides the client's.
      handler = answer('x'.repeat(5_000));
      await expect(http.getText(`${origin}/five-k`, { source: 's', maxBodyBytes: 1_000 })).rejects.toMatchObject({
        code: 'RH_SOURCE_TOO_LARGE',
      });
    } finally {
      await http.close();
    }
  });

  it('refuses at once a body whose content-length is over the limit, and reads the limit per source', async () => {
    const http = createHttpClient({ retry: NO_RETRY, maxBodyBytes: 1_000_000, maxBodyBytesBySource: { roomy: 60_000 } });
    try {
      handler = (_req, res) => res.writeHead(200, { 'content-type': 'text/plain', 'content-length': '50000' }).end('y'.repeat(50_000));
      expect((await http.getText(`${origin}/declared`, { source: 'roomy' })).body).toHaveLength(50_000);
      handler = (_req, res) => res.writeHead(200, { 'content-type': 'text/plain', 'content-length': '900000000' }).write('z');
      await expect(http.getText(`${origin}/declared-huge`, { source: 'roomy' })).rejects.toMatchObject({ code: 'RH_SOURCE_TOO_LARGE' });
    } finally {
      await http.close();
    }
  });

  it('decodes a 50 MB windows-1252 answer chunk by chunk, never holding the event loop for long', async () => {
    const http = createHttpClient({ retry: NO_RETRY, maxBodyBytes: 60_000_000 });
    try {
      handler = stream(50 * 1024 * 1024, 'text/html; charset=windows-1252', 0x92);
      const { stallMs, result } = await longestStall(() => http.getText(`${origin}/latin`, { source: 'oas' }));
      expect(result.status).toBe('fulfilled');
      const body = (result as PromiseFulfilledResult<{ body: string }>).value.body;
      expect(body).toHaveLength(50 * 1024 * 1024);
      expect(body.slice(0, 3)).toBe('’’’');
      // Array.from(bytes).join('') held it 6.8 s; chunked, no single stall comes near a second.
      expect(stallMs).toBeLessThan(1_000);
    } finally {
      await http.close();
    }
  });

  it('refuses a 1e6-deep JSON body quickly as RH_SOURCE_PARSE, without holding the event loop', async () => {
    const f = createCachedFetcher(createHttpClient({ retry: NO_RETRY }), createSourceCache());
    const url = `${origin}/deep`;
    handler = answer('['.repeat(1_000_000) + ']'.repeat(1_000_000));
    const { stallMs, result } = await longestStall(() =>
      f.get(url, {
        source: 'deep',
        ttlMs: 1_000,
        accept: 'application/json',
        parse: { as: 'results', read: (body) => parseHudocResults(body, 'deep', url) },
      }),
    );
    expect(result).toMatchObject({ status: 'rejected', reason: { code: 'RH_SOURCE_PARSE' } });
    expect((result as PromiseRejectedResult).reason.message).toMatch(/nests \d+ levels deep/);
    expect(stallMs).toBeLessThan(500);
  });
});
