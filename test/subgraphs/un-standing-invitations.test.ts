import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import type { Fetched } from '../../adapters/_kit/fetcher.ts';
import { createCachedFetcher } from '../../adapters/_kit/fetcher.ts';
import { createSourceCache } from '../../adapters/_kit/cache.ts';
import { createHttpClient, type HttpClient } from '../../adapters/_kit/http.ts';
import type { SpStandingInvitationRecord } from '../../adapters/spinternet/index.ts';
import { startReplayServer, type ReplayServer } from '../../replay/server.ts';
import { spinternetReplay } from '../../adapters/spinternet/replay.ts';
import type { SourceContext } from '../../subgraphs/_shared/contract-source.ts';
import { standingInvitationResolvers } from '../../subgraphs/un/standing-invitations.ts';
import { toStandingInvitation } from '../../subgraphs/un/to-contract.ts';

const PAGE_URL = 'https://spinternet.ohchr.org/StandingInvitations.aspx?Lang=en';
const FETCHED: Fetched = {
  url: PAGE_URL,
  body: '',
  contentType: 'text/html',
  fetchedAt: '2026-03-25T07:21:15.000Z',
  fromCache: false,
  stale: false,
  latencyMs: 4,
};
const row = (country: string, since: string | null, extendedTo: string | null = null): SpStandingInvitationRecord => ({
  country,
  since,
  sinceLabel: since,
  extendedTo,
});

describe('a State’s standing invitation from the page’s rows', () => {
  it('gives the State’s row with its date, wording and the page as provenance', () => {
    expect(
      toStandingInvitation([row('Mexico', '2003-01', 'thematic mechanisms of the Commission on Human Rights')], 'MEX', FETCHED, PAGE_URL),
    ).toEqual({
      country: { code: 'MEX', name: 'Mexico' },
      since: '2003-01',
      sinceLabel: '2003-01',
      extendedTo: 'thematic mechanisms of the Commission on Human Rights',
      provenance: {
        system: 'UN',
        source: 'spinternet',
        owner: 'OHCHR',
        sourceUrl: PAGE_URL,
        fetchedAt: '2026-03-25T07:21:15.000Z',
        fromCache: false,
        stale: false,
      },
    });
  });

  it('keeps the earliest date of a State listed more than once, whatever the order, and a row without a date only when no other has one', () => {
    const ecuador = [row('Ecuador', '2021'), row('Ecuador', '2003-07-17'), row('Ecuador', null), row('Ecuador', '2003-04-24')];
    expect(toStandingInvitation(ecuador, 'ECU', FETCHED, PAGE_URL)).toMatchObject({ since: '2003-04-24', sinceLabel: '2003-04-24' });
    expect(toStandingInvitation([row('Ecuador', null), row('Ecuador', '2021')], 'ECU', FETCHED, PAGE_URL)).toMatchObject({ since: '2021' });
    expect(
      toStandingInvitation([{ country: 'Ecuador', since: null, sinceLabel: 'March 2021', extendedTo: null }], 'ECU', FETCHED, PAGE_URL),
    ).toMatchObject({ since: null, sinceLabel: 'March 2021' });
  });

  it('finds a State under the page’s own name for it, and answers null for a State the page does not list', () => {
    expect(toStandingInvitation([row('Iran (Islamic Republic of)', '2003-07-17')], 'IRN', FETCHED, PAGE_URL)).toMatchObject({
      country: { code: 'IRN', name: 'Iran (Islamic Republic of)' },
    });
    expect(toStandingInvitation([row('Mexico', '2003-01')], 'CHN', FETCHED, PAGE_URL)).toBeNull();
  });
});

describe('Country.standingInvitation on the loopback standing-invitations page', () => {
  let server: ReplayServer;
  let http: HttpClient;
  beforeAll(async () => {
    server = await startReplayServer({ spinternet: spinternetReplay() });
    http = createHttpClient({ retry: { maxRetries: 0, minDelayMs: 1, factor: 2, maxDelayMs: 10, statusCodes: [] } });
  });
  afterAll(async () => {
    await http.close();
    await server.close();
  });
  const resolve = (code: string, ctx: SourceContext, ttlMs = 60_000) =>
    standingInvitationResolvers({ baseUrl: server.baseUrl('spinternet'), ttlMs }).Country.standingInvitation({ code }, {}, ctx);
  const fresh = (): SourceContext => ({ fetcher: createCachedFetcher(http, createSourceCache()), http });

  it('answers a State with one and null for a State without one', async () => {
    const ctx = fresh();
    await expect(resolve('MEX', ctx)).resolves.toMatchObject({
      country: { code: 'MEX', name: 'Mexico' },
      since: '2003-01',
      provenance: { source: 'spinternet', owner: 'OHCHR', sourceUrl: `${server.baseUrl('spinternet')}/StandingInvitations.aspx?Lang=en` },
    });
    await expect(resolve('USA', ctx)).resolves.toMatchObject({ since: '2022-09-29', extendedTo: null });
    await expect(resolve('CHN', ctx)).resolves.toBeNull();
  });

  it('fails with the source’s error code when the page is down, as a GraphQL error on the field alone', async () => {
    server.setFault('spinternet', { kind: 'status', status: 500, body: 'down' });
    try {
      const failure = await resolve('MEX', fresh()).catch((err: unknown) => err);
      expect(failure).toBeInstanceOf(GraphQLError);
      expect((failure as GraphQLError).extensions).toMatchObject({
        code: 'RH_SOURCE_HTTP',
        rightsHub: { system: 'UN', source: 'spinternet' },
      });
    } finally {
      server.setFault('spinternet', undefined);
    }
  });

  it('never caches a maintenance page served with 200: the last good copy is served, marked stale', async () => {
    let now = 0;
    const ctx: SourceContext = { fetcher: createCachedFetcher(http, createSourceCache(), () => now), http };
    await expect(resolve('MEX', ctx, 1_000)).resolves.toMatchObject({ since: '2003-01', provenance: { stale: false } });
    now = 5_000;
    server.setFault('spinternet', { kind: 'garbage', contentType: 'text/html', body: '<html><body>Site under maintenance</body></html>' });
    try {
      await expect(resolve('MEX', ctx, 1_000)).resolves.toMatchObject({ since: '2003-01', provenance: { stale: true, fromCache: true } });
    } finally {
      server.setFault('spinternet', undefined);
    }
  });
});
