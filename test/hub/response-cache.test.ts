import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetch } from 'undici';
import { startReplayHub, PATIENT, type ReplayHub } from '../support/replay-hub.ts';

// The gateway's cache of whole answers, on the whole hub over the replay server, with the gateway's clock injected.
const QUERY = `query ($first: Int, $code: ID! = "SVN") { country(code: $code) { records(first: $first) {
  nodes { ... on Recommendation { id provenance { fetchedAt fromCache } } ... on Visit { id prov: provenance { fetchedAt fromCache } } }
  sources { source ok code fromCache stale warnings } } } }`;

interface Answer {
  status: number;
  cacheControl: string | null;
  body: { data?: any; errors?: unknown[]; extensions?: { rightsHub?: { upstreamRequests?: number; cachedAt?: string } } };
}

describe('the gateway response cache', () => {
  let hub: ReplayHub;
  let clock = Date.now();

  beforeAll(async () => {
    hub = await startReplayHub({ hub: { ...PATIENT, responseCache: { now: () => clock, staleWhileRevalidateMs: 60_000 } } });
  }, 120_000);
  afterAll(async () => {
    await hub?.close();
  });

  async function ask(variables: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Answer> {
    const res = await fetch(`${hub.hub.gateway.origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: QUERY, variables }),
    });
    return { status: res.status, cacheControl: res.headers.get('cache-control'), body: (await res.json()) as Answer['body'] };
  }
  const fetchedAts = (a: Answer) => a.body.data.country.records.nodes.map((n: any) => (n.provenance ?? n.prov)?.fetchedAt);
  const fromGatewayCache = (a: Answer) => a.body.extensions?.rightsHub?.cachedAt !== undefined;

  it('serves a warm repeat from cache: every source and provenance says fromCache, with the original fetchedAt', async () => {
    const cold = await ask({ first: 20 });
    expect(cold.body.errors).toBeUndefined();
    expect(fromGatewayCache(cold)).toBe(false);
    expect(cold.cacheControl).toMatch(/^max-age=\d+, public$/);
    expect(cold.body.data.country.records.sources.some((s: any) => !s.fromCache)).toBe(true);
    const hits = hub.replay.hits('hudoc-cpt').length;

    const warm = await ask({ first: 20 });
    expect(fromGatewayCache(warm)).toBe(true);
    expect(warm.body.extensions?.rightsHub?.upstreamRequests).toBe(0);
    expect(hub.replay.hits('hudoc-cpt').length).toBe(hits);
    const { sources, nodes } = warm.body.data.country.records;
    expect(sources.filter((s: any) => s.ok).every((s: any) => s.fromCache && !s.stale)).toBe(true);
    expect(nodes.length).toBe(20);
    expect(nodes.every((n: any) => (n.provenance ?? n.prov).fromCache)).toBe(true); // aliases and fragments are marked too
    expect(fetchedAts(warm)).toEqual(fetchedAts(cold));
  }, 60_000);

  it('answers a repeat before Apollo with the very bytes and headers Apollo sends for the same cached answer', async () => {
    const send = async (query: string) => {
      const res = await fetch(`${hub.hub.gateway.origin}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables: { first: 11 } }),
      });
      const headers = ['content-type', 'cache-control', 'etag', 'vary'].map((name) => res.headers.get(name));
      return { headers, body: await res.text(), requestId: res.headers.get('x-request-id') };
    };
    await send(QUERY); // cold: cached, and this exact text remembered
    const byApollo = await send(`${QUERY}\n`); // another text of the same operation: Apollo parses it and answers from cache
    const beforeApollo = await send(QUERY); // the remembered text: answered before Apollo
    expect(JSON.parse(byApollo.body).extensions.rightsHub.cachedAt).toBeDefined();
    expect({ ...beforeApollo, requestId: 0 }).toEqual({ ...byApollo, requestId: 0 });
    expect(beforeApollo.requestId).toMatch(/^[0-9a-f-]{36}$/); // observed as every request is
  }, 60_000);

  it('reads a body ahead of Express without taking it: what is not a fresh repeat is answered as before', async () => {
    const post = (body: string, headers: Record<string, string> = {}) =>
      fetch(`${hub.hub.gateway.origin}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    const repeat = JSON.stringify({ query: QUERY, variables: { first: 12 } });
    expect((await post(repeat)).status).toBe(200); // cold, then kept
    const bad = await post(`${repeat.slice(0, -1)},`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as any).errors[0].extensions.code).toBe('RH_HTTP_BAD_JSON');
    const withExtensions = await post(JSON.stringify({ query: QUERY, variables: { first: 12 }, extensions: { x: 1 } }));
    expect(((await withExtensions.json()) as any).extensions.rightsHub.cachedAt).toBeDefined(); // Apollo's own hit
    const plain = await post(repeat, { 'accept-encoding': 'identity' });
    expect(plain.headers.get('content-encoding')).toBeNull();
    const gzip = await post(repeat, { 'accept-encoding': 'gzip' });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    expect(await gzip.text()).toBe(await plain.text());
  }, 60_000);

  it('does not share an answer between other variables or other credentials', async () => {
    const one = `Bearer ${await hub.issuer.sign({ mechanism: 'coe-cpt', role: 'staff' })}`;
    const two = `Bearer ${await hub.issuer.sign({ mechanism: 'un-sp', role: 'staff' })}`;
    await ask({ first: 20 });
    expect(fromGatewayCache(await ask({ first: 19 }))).toBe(false);
    expect(fromGatewayCache(await ask({ first: 20 }, { authorization: one }))).toBe(false);
    expect(fromGatewayCache(await ask({ first: 20 }, { authorization: one }))).toBe(true);
    expect(fromGatewayCache(await ask({ first: 20 }, { authorization: two }))).toBe(false);
    expect((await ask({ first: 20 }, { 'x-api-key': 'not-a-key' })).status).toBe(401); // refused before any cache
    const credentialed = await ask({ first: 20 }, { authorization: one });
    expect(credentialed.cacheControl).toMatch(/private/);
  }, 60_000);

  it('keeps an answer for the smallest TTL of its sources, then serves it stale while it is refreshed', async () => {
    const first = await ask({ first: 7 });
    const maxAge = Number(/max-age=(\d+)/.exec(first.cacheControl ?? '')?.[1]);
    expect(maxAge).toBeGreaterThan(0);
    clock += (maxAge - 1) * 1000;
    expect(fromGatewayCache(await ask({ first: 7 }))).toBe(true);

    clock += 2_000; // past the TTL, within the stale-while-revalidate window
    const stale = await ask({ first: 7 });
    expect(fromGatewayCache(stale)).toBe(true);
    const sources = stale.body.data.country.records.sources.filter((s: any) => s.ok);
    expect(sources.every((s: any) => s.stale && s.fromCache)).toBe(true);
    expect(sources[0].warnings.at(-1)).toMatch(/past its TTL: served while it is refreshed/);
    await hub.hub.gateway.responseCache!.settled();

    const refreshed = await ask({ first: 7 });
    expect(fromGatewayCache(refreshed)).toBe(true);
    expect(refreshed.body.extensions?.rightsHub?.cachedAt).not.toBe(first.body.extensions?.rightsHub?.cachedAt);
    expect(refreshed.body.data.country.records.sources.every((s: any) => !s.stale)).toBe(true);

    clock += (maxAge + 61) * 1000; // past the TTL and the window: asked again
    expect(fromGatewayCache(await ask({ first: 7 }))).toBe(false);
  }, 60_000);

  it('does not cache an answer in which a source failed', async () => {
    hub.replay.setFault('hudoc-echr', { kind: 'status', status: 500 });
    try {
      const failed = await ask({ first: 3, code: 'FRA' }); // a country HUDOC was not asked for yet
      expect(failed.body.data.country.records.sources.find((s: any) => s.source === 'hudoc-echr')).toMatchObject({
        ok: false,
        code: 'RH_SOURCE_HTTP',
      });
      expect(failed.cacheControl).toBe('no-store');
      expect(fromGatewayCache(await ask({ first: 3, code: 'FRA' }))).toBe(false);
    } finally {
      hub.replay.setFault('hudoc-echr', undefined);
    }
  }, 60_000);
});
