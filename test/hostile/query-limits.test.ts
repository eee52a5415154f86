import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'undici';
import { startReplayHub, type ReplayHub } from '../support/replay-hub.ts';
import { recordedSources } from '../../replay/recorded.ts';
import { QUERY_LIMITS } from '../../platform/limits.ts';
import { UPSTREAM_BUDGET_HEADER, UPSTREAM_CEILING, UPSTREAM_USED_HEADER } from '../../platform/upstream-budget.ts';
import { expectNoLeak, medianMs } from './leaks.ts';

// Query shapes that made the hub stall or attack the mechanisms' sites: each refused before anything is fetched.
let hub: ReplayHub;
const MOUNTS = Object.keys(recordedSources({}));
const upstreamHits = () => MOUNTS.reduce((sum, m) => sum + hub.replay.hits(m).length, 0);
beforeAll(async () => {
  hub = await startReplayHub();
}, 60_000);
afterAll(() => hub?.close());

const gatewayPost = async (query: string) => {
  const res = await request(`${hub.hub.gateway.origin}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return { status: res.statusCode, text: await res.body.text() };
};

const exponentialFragments = (levels: number) =>
  `{ ...F0 }\n${Array.from({ length: levels }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`).join('\n')}\nfragment F${levels} on Query { decisions { totalCount } }`;
const ATTACKS: { name: string; query: string; code: string }[] = [
  { name: '22 levels of doubling fragment spreads', query: exponentialFragments(22), code: 'RH_QUERY_TOO_COSTLY' },
  {
    name: '100 aliases of a records list, each with its own text',
    query: `{ ${Array.from({ length: 100 }, (_, i) => `a${i}: records(filter: { text: "x${i}" }) { totalCount }`).join(' ')} }`,
    code: 'RH_QUERY_TOO_MANY_ALIASES',
  },
  { name: "every country's records", query: '{ countries { code records { totalCount } } }', code: 'RH_QUERY_TOO_COSTLY' },
  {
    name: 'three records lists in one request',
    query: '{ records { totalCount } country(code: "SVN") { records { totalCount } decisions { totalCount } } }',
    code: 'RH_QUERY_TOO_COSTLY',
  },
  {
    name: 'a query nested past the depth limit',
    query: `{ __type(name: "Query") { ${'fields { type { '.repeat(8)} name ${'} } '.repeat(8)} } }`,
    code: 'RH_QUERY_TOO_DEEP',
  },
  { name: 'a directive flood', query: `{ systems { name ${'@include(if: true) '.repeat(200)} } }`, code: 'RH_QUERY_TOO_MANY_DIRECTIVES' },
  { name: 'a token flood', query: `{ systems { ${'name '.repeat(QUERY_LIMITS.tokens)} } }`, code: 'RH_QUERY_TOO_LONG' },
];

describe.each(ATTACKS)('$name', ({ query, code }) => {
  it('is refused with its code and limit, before anything is fetched, about as fast as a plain query', async () => {
    const before = upstreamHits();
    const res = await gatewayPost(query);
    const body = JSON.parse(res.text);
    expect(body.data ?? null).toBeNull();
    expect(body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          message: expect.stringMatching(/limit|budget/),
          extensions: expect.objectContaining({ code, rightsHub: expect.objectContaining({ limit: expect.any(Number) }) }),
        }),
      ]),
    );
    expect(upstreamHits()).toBe(before);
    expectNoLeak(res.text);
    const baseline = await medianMs(() => gatewayPost('{ systems { name } }'));
    const refusal = await medianMs(() => gatewayPost(query));
    expect(refusal / Math.max(baseline, 1)).toBeLessThan(20); // the exponential rule took 5 s, ~1000×
  }, 60_000);
});

describe('a subgraph called straight', () => {
  it('refuses 1,000 aliases of the country list (a 9 MB answer) with the limit, as fast as a plain query', async () => {
    const registry = hub.hub.subgraphs.get('registry')!.url;
    const post = async (query: string) => {
      const res = await request(registry, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      return res.body.text();
    };
    const attack = `{ ${Array.from({ length: 1_000 }, (_, i) => `a${i}: countries { code name }`).join(' ')} }`;
    const text = await post(attack);
    expect(JSON.parse(text).errors).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'RH_QUERY_TOO_MANY_ALIASES' }) }),
    ]);
    expectNoLeak(text);
    const baseline = await medianMs(() => post('{ systems { name } }'));
    // Parsing 34 KB is the refusal's whole cost (answering it took ~1,500× the baseline).
    expect((await medianMs(() => post(attack))) / Math.max(baseline, 1)).toBeLessThan(150);
  });
});

describe('the ceiling on upstream requests', () => {
  it('holds for the heaviest query the limits allow: the replay server counts no more than the ceiling, and the answer says how many', async () => {
    const before = upstreamHits();
    const res = JSON.parse(
      (await gatewayPost('{ a: records(first: 100) { totalCount } b: records(first: 100, filter: { from: "2010-01-01" }) { totalCount } }'))
        .text,
    );
    expect(res.errors).toBeUndefined();
    const made = upstreamHits() - before;
    expect(made).toBeGreaterThan(0);
    expect(made).toBeLessThanOrEqual(UPSTREAM_CEILING);
    expect(res.extensions.rightsHub.upstreamRequests).toBeGreaterThanOrEqual(made);
    expect(res.extensions.rightsHub.upstreamRequests).toBeLessThanOrEqual(UPSTREAM_CEILING);
  }, 60_000);

  it('is enforced by a subgraph called straight, whatever the caller asks: a spent budget fetches nothing and says why', async () => {
    const spinternet = () => hub.replay.hits('spinternet').length;
    const before = spinternet();
    const query = `{ _entities(representations: [${Array.from({ length: 50 }, (_, i) => `{ __typename: "Country", code: "${['MEX', 'BRA', 'SVN', 'KEN', 'FRA'][i % 5]}" }`).join(', ')}]) { ... on Country { standingInvitation { since } } } }`;
    const res = await request(hub.hub.subgraphs.get('un')!.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [UPSTREAM_BUDGET_HEADER]: '0' },
      body: JSON.stringify({ query }),
    });
    const text = await res.body.text();
    expect(spinternet()).toBe(before);
    expect(res.headers[UPSTREAM_USED_HEADER]).toBe('0');
    expect(JSON.parse(text).errors?.[0]?.message ?? JSON.stringify(JSON.parse(text))).toMatch(/ceiling of 0 upstream requests|upstream/);
    expectNoLeak(text);
  });
});
