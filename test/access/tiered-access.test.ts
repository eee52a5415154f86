import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetch } from 'undici';
import { PATIENT, startReplayHub, type ReplayHub } from '../support/replay-hub.ts';
import { startLocalIssuer, type LocalIssuer, type TokenClaims } from '../../access/local-issuer.ts';
import { ACCESS_POLICY } from '../../subgraphs/_shared/access-policy.ts';
import { createTokenSigner } from '../../schema/signed-token.ts';
import { canonicalFilter } from '../../schema/filter.ts';
import { SYSTEMS, partTypeName } from '../../schema/systems.ts';
import { logTo } from '../../observability/logging.ts';

/**
 * Tiered access through the whole hub on the recorded data: the owners' policy makes the special procedures' 17
 * requested visits MECHANISMS and every SP visit's requestedOn / remindersOn OWNER (subgraphs/_shared/access-policy.ts);
 * for sameMatter, this test's policy also makes the African Court's registry MECHANISMS.
 */
const KEY = 'the key of the access tests, 32 characters or more';
const DASHBOARD_KEY = 'a dashboard key of the access tests';
const POLICY = [...ACCESS_POLICY, { source: 'african-court', kind: 'decisions' as const, level: 'MECHANISMS' as const, why: 'test only' }];
const CPT: TokenClaims = { mechanism: 'coe-cpt', role: 'staff' };
const SP: TokenClaims = { mechanism: 'un-sp', role: 'staff' };
const CUBA_REQUEST = 'spinternet:special-rapporteur-on-the-situation-of-human-rights-defenders:cuba:undated';

const VISITS = `query($f: RecordFilter) { visits(filter: $f, first: 100) {
  totalCount nodes { id status access requestedOn remindersOn } sources { source ok total warnings } } }`;

/** A country page asking visits twice under aliases and through the records union, with a fragment. */
const COUNTRY = `fragment V on Visit { id status remindersOn }
query { country(code: "CUB") {
  a: visits(first: 100) { totalCount nodes { ...V } }
  b: records(first: 100, filter: { systems: [UN] }) { totalCount nodes { __typename ... on Visit { ...V } } }
} }`;

describe('tiered access through the whole hub', () => {
  let hub: ReplayHub;
  let stranger: LocalIssuer;
  const lines: any[] = [];
  let previous: ReturnType<typeof logTo>;
  const gateway = () => `${hub.hub.gateway.origin}/graphql`;
  const post = (url: string, body: object, headers: Record<string, string> = {}) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const visits = async (f: object, as?: TokenClaims) => {
    const res = await hub.query(VISITS, { f }, as);
    expect(res.errors).toBeUndefined();
    return res.data.visits as {
      totalCount: number | null;
      nodes: { id: string; status: string; access: string; remindersOn: string[] | null }[];
      sources: { source: string; total: number | null; warnings: string[] }[];
    };
  };
  const ids = (nodes: { id: string }[]) => nodes.map((n) => n.id);

  beforeAll(async () => {
    previous = logTo({ write: (line: string) => lines.push(JSON.parse(line)) });
    stranger = await startLocalIssuer();
    hub = await startReplayHub({
      env: {
        RH_SCOPE_KEY: KEY,
        RH_API_KEYS: `board1:coe-cpt:dashboard:${createHash('sha256').update(DASHBOARD_KEY).digest('hex')}`,
        RH_AUTH_ROLES: 'staff,dashboard',
      },
      hub: { ...PATIENT, slice: { ...PATIENT.slice, accessPolicy: POLICY } },
    });
  }, 60_000);
  afterAll(async () => {
    logTo(previous);
    await hub?.close();
    await stranger?.close();
  });

  describe('root lists', () => {
    it('anonymous: no requested SP visit, a total that does not count them, remindersOn null and the reason in sources', async () => {
      const [anonymous, owner] = await Promise.all([visits({ systems: ['UN'] }), visits({ systems: ['UN'] }, SP)]);
      expect(anonymous.nodes.filter((v) => v.status === 'REQUESTED')).toEqual([]);
      expect(owner.nodes.filter((v) => v.status === 'REQUESTED')).toHaveLength(17);
      expect(anonymous.totalCount).toBe(owner.totalCount! - 17);
      expect(anonymous.nodes.every((v) => v.remindersOn === null && v.access === 'PUBLIC')).toBe(true);
      expect(anonymous.sources.find((s) => s.source === 'spinternet')!.warnings).toContain(
        "spinternet: remindersOn is null where withheld (staff of un-sp only, by its owner's access policy)",
      );
    });

    it('anonymous, asking for the requested status: none and a total of 0', async () => {
      const page = await visits({ systems: ['UN'], status: ['REQUESTED'] });
      expect(page.nodes).toEqual([]);
      expect(page.totalCount).toBe(0);
    });

    it("another mechanism's staff: the requested visits (MECHANISMS) but not the owner's reminders (OWNER)", async () => {
      const page = await visits({ systems: ['UN'], status: ['REQUESTED'] }, CPT);
      expect(page.nodes).toHaveLength(17);
      expect(page.nodes.every((v) => v.access === 'MECHANISMS' && v.remindersOn === null)).toBe(true);
    });

    it('the owner: everything, fields included', async () => {
      const page = await visits({ systems: ['UN'], status: ['REQUESTED'] }, SP);
      expect(page.nodes).toHaveLength(17);
      expect(page.nodes.every((v) => Array.isArray(v.remindersOn))).toBe(true);
    });

    it("a dashboard API key counts as its mechanism's staff", async () => {
      const res = await post(
        gateway(),
        { query: VISITS, variables: { f: { systems: ['UN'], status: ['REQUESTED'] } } },
        { 'x-api-key': DASHBOARD_KEY },
      );
      expect(((await res.json()) as any).data.visits.nodes).toHaveLength(17);
    });
  });

  it('a country page, aliases, the records union and fragments: nothing restricted for anonymous, all of it for the owner', async () => {
    const [anonymous, owner] = await Promise.all([hub.query(COUNTRY), hub.query(COUNTRY, undefined, SP)]);
    const text = JSON.stringify(anonymous.data);
    expect(text).not.toContain(CUBA_REQUEST);
    expect(text).not.toContain('REQUESTED');
    expect(ids(owner.data.country.a.nodes)).toContain(CUBA_REQUEST);
    expect(ids(owner.data.country.b.nodes)).toContain(CUBA_REQUEST);
    expect(anonymous.data.country.a.totalCount).toBe(owner.data.country.a.totalCount - 1);
    expect(anonymous.data.country.b.nodes.length).toBe(owner.data.country.b.nodes.length - 1);
  });

  it('visitForecast: no pending request that is not public for anonymous; the requests for staff', async () => {
    const q = '{ visitForecast(months: 6) { pendingRequests { id status } } }';
    const [anonymous, staff] = await Promise.all([hub.query(q), hub.query(q, undefined, CPT)]);
    expect(anonymous.data.visitForecast.pendingRequests.filter((v: { status: string }) => v.status === 'REQUESTED')).toEqual([]);
    expect(staff.data.visitForecast.pendingRequests.filter((v: { status: string }) => v.status === 'REQUESTED')).toHaveLength(17);
  });

  it('sameMatter: a restricted decision is no candidate for anonymous, and is for staff', async () => {
    const q = `{ sameMatter(input: { persons: ["International PEN"], respondents: ["MWI"] }) { candidates { record { ... on Decision { id } } } } }`;
    const [anonymous, staff] = await Promise.all([hub.query(q), hub.query(q, undefined, CPT)]);
    const candidates = (res: typeof anonymous) => res.data.sameMatter.candidates.map((c: { record: { id: string } }) => c.record.id);
    expect(candidates(staff)).toContain('african-court:003/2011');
    expect(candidates(anonymous)).not.toContain('african-court:003/2011');
  });

  it('the feeds query as their caller: the calendar holds no restricted visit for anonymous, and may not be cached for anyone else', async () => {
    const get = (headers: Record<string, string> = {}) =>
      fetch(`${hub.hub.gateway.origin}/feeds/new.atom?kind=visits&country=CUB`, { headers });
    const anonymous = await get();
    const owner = await get({ authorization: `Bearer ${await hub.issuer.sign(SP)}` });
    // The Atom entry's id is urn:rights-hub:record:<the record id, URI-encoded>.
    expect(await anonymous.text()).not.toContain(encodeURIComponent(CUBA_REQUEST));
    expect(await owner.text()).toContain(encodeURIComponent(CUBA_REQUEST));
    expect(anonymous.headers.get('cache-control')).toMatch(/^public/);
    expect(owner.headers.get('cache-control')).toMatch(/^private/);
    expect(owner.headers.get('vary')).toMatch(/authorization/);
  });

  it('the export queries as its caller', async () => {
    const get = (headers: Record<string, string> = {}) =>
      fetch(`${hub.hub.gateway.origin}/export?kind=visits&country=CUB&format=ndjson`, { headers }).then((r) => r.text());
    expect(await get()).not.toContain(CUBA_REQUEST);
    expect(await get({ authorization: `Bearer ${await hub.issuer.sign(CPT)}` })).toContain(CUBA_REQUEST);
  });

  describe('_entities straight to the UN subgraph', () => {
    const un = SYSTEMS.find((s) => s.system === 'UN')!;
    const type = partTypeName(un, 'visits');
    const scope = () =>
      createTokenSigner(KEY).sign('scope', {
        version: 2,
        system: 'UN',
        kind: 'visits',
        filter: canonicalFilter({ countries: ['CUB'] }),
        offset: 0,
        limit: 50,
      });
    const entities = async (headers: Record<string, string>) => {
      const res = await post(
        hub.hub.subgraphs.get('un')!.url,
        {
          query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${type} { total items { id } } } }`,
          variables: { r: [{ __typename: type, scope: scope() }] },
        },
        headers,
      );
      return ((await res.json()) as any).data._entities[0] as { total: number; items: { id: string }[] };
    };

    it.each([
      ['no header', async () => ({})],
      ['a token signed by another issuer', async () => ({ authorization: `Bearer ${await stranger.sign(SP)}` })],
      ['a token for another audience', async () => ({ authorization: `Bearer ${await hub.issuer.sign(SP, { audience: 'elsewhere' })}` })],
      ['an expired token', async () => ({ authorization: `Bearer ${await hub.issuer.sign(SP, { seconds: -60 })}` })],
      ['a made-up bearer', async () => ({ authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJtZWNoYW5pc20iOiJ1bi1zcCJ9.' })],
      ['a guessed API key', async () => ({ 'x-api-key': 'guess' })],
    ])('with %s: PUBLIC data only', async (_, headers) => {
      const part = await entities(await headers());
      expect(ids(part.items)).not.toContain(CUBA_REQUEST);
      const owner = await entities({ authorization: `Bearer ${await hub.issuer.sign(SP)}` });
      expect(ids(owner.items)).toContain(CUBA_REQUEST);
      expect(part.total).toBe(owner.total - 1);
    });
  });

  describe('a credential that fails is a 401 at the gateway, never served as PUBLIC', () => {
    it.each([
      ['expired', async () => ({ authorization: `Bearer ${await hub.issuer.sign(CPT, { seconds: -60 })}` }), /expired/],
      [
        'signed with another key',
        async () => ({ authorization: `Bearer ${await stranger.sign(CPT)}` }),
        /signed with any of the issuer's keys|signature/,
      ],
      [
        'for another audience',
        async () => ({ authorization: `Bearer ${await hub.issuer.sign(CPT, { audience: 'elsewhere' })}` }),
        /"aud" claim/,
      ],
      [
        'of an unknown mechanism',
        async () => ({ authorization: `Bearer ${await hub.issuer.sign({ mechanism: 'nobody', role: 'staff' })}` }),
        /mechanism/,
      ],
      ['not a JWT', async () => ({ authorization: 'Bearer nonsense' }), /well-formed/],
      ['not a bearer', async () => ({ authorization: 'Basic dXNlcjpwYXNz' }), /Bearer <token>/],
      ['an unknown API key', async () => ({ 'x-api-key': 'guess' }), /API key/],
    ])('%s', async (_, headers, why) => {
      const res = await post(gateway(), { query: '{ __typename }' }, await headers());
      expect(res.status).toBe(401);
      const body = (await res.json()) as any;
      expect(body.errors[0].message).toMatch(why);
      expect(body.errors[0].extensions.code).toMatch(/^RH_AUTH_INVALID_(TOKEN|API_KEY)$/);
      expect(body.data).toBeUndefined();
    });

    it('on the export and the feeds too', async () => {
      const res = await fetch(`${hub.hub.gateway.origin}/feeds/visits.ics`, { headers: { authorization: 'Bearer nonsense' } });
      expect(res.status).toBe(401);
    });
  });

  it('writes one audit line per answer with restricted data: the caller (never the token) and the record ids', async () => {
    lines.length = 0;
    const token = await hub.issuer.sign(CPT);
    await post(
      gateway(),
      { query: VISITS, variables: { f: { countries: ['CUB'], systems: ['UN'] } } },
      { authorization: `Bearer ${token}` },
    );
    const audits = lines.filter((l) => l.audit === 'restricted-data');
    expect(audits).toHaveLength(1);
    expect(audits[0]).toMatchObject({
      service: 'un',
      caller: { mechanism: 'coe-cpt', role: 'staff', keyId: null },
      records: [CUBA_REQUEST],
    });
    expect(Date.parse(audits[0].at)).not.toBeNaN();
    expect(JSON.stringify(lines)).not.toContain(token.split('.')[2]);
    lines.length = 0;
    await hub.query(VISITS, { f: { countries: ['CUB'], systems: ['UN'] } });
    expect(lines.filter((l) => l.audit)).toEqual([]);
  });
});
