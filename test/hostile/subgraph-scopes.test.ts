import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetch } from 'undici';
import { startReplayHub, type ReplayHub } from '../support/replay-hub.ts';
import { recordedSources } from '../../replay/recorded.ts';
import { createTokenSigner } from '../../schema/signed-token.ts';
import { canonicalFilter } from '../../schema/filter.ts';
import { SYSTEMS, partTypeName, type SystemEntry } from '../../schema/systems.ts';

// The attacker reaches a subgraph or the gateway directly and sends what the registry never would. The hub is
// given a known RH_SCOPE_KEY so that the tests can also sign out-of-bounds scopes, as a leaked key or a bug would.
const KEY = 'the key of the hostile tests, 32+ characters';
const tokens = createTokenSigner(KEY);
const MOUNTS = Object.keys(recordedSources());
const FILTER = canonicalFilter({ countries: ['SVN'] });

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
const fields = (entry: SystemEntry, over: object = {}) => ({
  version: 2,
  system: entry.system,
  kind: 'decisions',
  filter: FILTER,
  offset: 0,
  limit: 5,
  ...over,
});
const signed = (entry: SystemEntry, over: object = {}) => tokens.sign('scope', fields(entry, over));

/** Scopes no subgraph may serve, each with what makes it bad. */
const HOSTILE: [string, (entry: SystemEntry) => unknown][] = [
  ['unsigned, in the new format', (e) => b64(fields(e))],
  ['unsigned, in the old one-letter format, asking a whole source', () => b64({ v: 1, k: 'decisions', f: FILTER, o: 0, n: 1e9 })],
  ['signed with another key', (e) => createTokenSigner("someone else's key, 32+ characters long").sign('scope', fields(e))],
  [
    'tampered: the limit raised after signing',
    (e) => {
      const good = signed(e);
      return b64({ ...fields(e), limit: 100 }) + good.slice(-43);
    },
  ],
  ['its signature cut off', (e) => signed(e).slice(0, -43)],
  [
    'one character of its signature changed',
    (e) => {
      const good = signed(e);
      return good.slice(0, -1) + (good.endsWith('A') ? 'B' : 'A');
    },
  ],
  ['a page id, signed by the hub for another use', (e) => tokens.sign('page', fields(e))],
  ['not a string', () => 12345],
  ['signed, with a huge limit', (e) => signed(e, { limit: 1e9 })],
  ['signed, with a limit of 101', (e) => signed(e, { limit: 101 })],
  ['signed, with a negative offset', (e) => signed(e, { offset: -5 })],
  ['signed, with a huge offset', (e) => signed(e, { offset: 1e9 })],
  ['signed, with a fractional offset', (e) => signed(e, { offset: 2.5 })],
  ['signed, with an unknown kind', (e) => signed(e, { kind: 'secrets' })],
  ['signed, for another list of the same system', (e) => signed(e, { kind: 'visits' })],
  ['signed, for another system', (e) => signed(e, { system: SYSTEMS.find((s) => s !== e)!.system })],
  ['signed, with 100 KB of text', (e) => signed(e, { filter: { ...FILTER, text: 'x'.repeat(100_000) } })],
  ['signed, with an unknown country', (e) => signed(e, { filter: { ...FILTER, countries: ['XXX'] } })],
  ['signed, with a filter not in canonical form', (e) => signed(e, { filter: { ...FILTER, countries: ['si'] } })],
  ['signed, with a filter that is not an object', (e) => signed(e, { filter: 'everything' })],
  ['signed, with a filter of the wrong shape', (e) => signed(e, { filter: { ...FILTER, countries: 'SVN' } })],
  ['signed, with a field added to the filter', (e) => signed(e, { filter: { ...FILTER, all: true } })],
];

const LEAK = /node_modules|\/work\/|\/home\/|at .*\.[tj]s:\d+|stacktrace|Error:|127\.0\.0\.1|x{1000}/;

interface PartAnswer {
  items: { id: string }[];
  total: number | null;
  sources: { system: string; source: string; ok: boolean; code: string | null; message: string | null }[];
}

describe('a system subgraph called straight, with scopes the registry did not make', () => {
  let hub: ReplayHub;
  beforeAll(async () => {
    hub = await startReplayHub({ env: { RH_SCOPE_KEY: KEY } });
  });
  afterAll(() => hub.close());

  const upstreamRequests = () => MOUNTS.reduce((n, mount) => n + hub.replay.hits(mount).length, 0);

  async function entities(entry: SystemEntry, scopes: unknown[]): Promise<{ raw: string; parts: PartAnswer[] }> {
    const type = partTypeName(entry, 'decisions');
    const res = await fetch(hub.hub.subgraphs.get(entry.subgraph)!.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${type} { items { id } total sources { system source ok code message } } } }`,
        variables: { r: scopes.map((scope) => ({ __typename: type, scope })) },
      }),
    });
    const raw = await res.text();
    return { raw, parts: (JSON.parse(raw) as { data: { _entities: PartAnswer[] } }).data._entities };
  }

  it.each(SYSTEMS.map((e) => [e.subgraph, e] as const))(
    '%s refuses each one with RH_SUBGRAPH_BAD_SCOPE, fetches nothing and leaks nothing',
    async (_, entry) => {
      const { raw, parts } = await entities(
        entry,
        HOSTILE.map(([, make]) => make(entry)),
      );
      expect(parts).toHaveLength(HOSTILE.length);
      parts.forEach((part, i) => {
        expect({ case: HOSTILE[i][0], ...part }).toEqual({
          case: HOSTILE[i][0],
          items: [],
          total: null,
          sources: [
            {
              system: entry.system,
              source: entry.subgraph,
              ok: false,
              code: 'RH_SUBGRAPH_BAD_SCOPE',
              message: expect.stringMatching(/^Refused this part's scope: .*nothing was fetched\.$/),
            },
          ],
        });
        expect(part.sources[0].message!.length).toBeLessThan(300);
      });
      expect(raw).not.toMatch(LEAK);
      expect(upstreamRequests()).toBe(0);
    },
  );

  it("serves the same part from a scope the hub signed within bounds (the refusals above are the scope's doing)", async () => {
    const coe = SYSTEMS.find((s) => s.system === 'EUROPEAN')!;
    const { parts } = await entities(coe, [signed(coe, { limit: 2 })]);
    expect(parts[0].sources.every((s) => s.ok)).toBe(true);
    expect(parts[0].items.map((i) => i.id)).toEqual(['hudoc-echr:001-242070', 'hudoc-esc:2023/def/SVN/31/1/EN']);
    expect(upstreamRequests()).toBeGreaterThan(0);
  });
});

describe('the gateway and the registry, with tokens the hub did not make', () => {
  let hub: ReplayHub;
  beforeAll(async () => {
    hub = await startReplayHub({ env: { RH_SCOPE_KEY: KEY } });
  });
  afterAll(() => hub.close());

  const PAGE = `query($after: String) { decisions(filter: { countries: ["SVN"] }, first: 1, after: $after) { nodes { id } endCursor } }`;

  it('refuses an altered, re-signed or unsigned cursor with BAD_USER_INPUT naming `after`, and fetches nothing', async () => {
    const first = await hub.query(PAGE);
    const cursor: string = first.data.decisions.endCursor;
    const payload = JSON.parse(Buffer.from(cursor.slice(0, -43), 'base64url').toString('utf8'));
    expect(payload).toMatchObject({ version: 2, question: expect.any(String), offsets: expect.any(Object), excluded: [] });
    const deeper = b64({ ...payload, offsets: { ...payload.offsets, EUROPEAN: 4_000 } });
    const before = MOUNTS.reduce((n, m) => n + hub.replay.hits(m).length, 0);
    for (const bad of [
      deeper + cursor.slice(-43),
      createTokenSigner("someone else's key, 32+ characters long").sign('cursor', payload),
      b64(payload),
      cursor.slice(0, -1) + (cursor.endsWith('A') ? 'B' : 'A'),
    ]) {
      const res = await hub.query(PAGE, { after: bad });
      expect(res.data?.decisions ?? null).toBeNull();
      expect(res.errors?.[0]).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', rightsHub: { argument: 'after' } },
        message: expect.stringContaining('not a cursor made by this hub'),
      });
      expect(JSON.stringify(res)).not.toMatch(LEAK);
    }
    expect(MOUNTS.reduce((n, m) => n + hub.replay.hits(m).length, 0)).toBe(before);
    // The cursor as the hub made it still works.
    expect((await hub.query(PAGE, { after: cursor })).data.decisions.nodes).toHaveLength(1);
  });

  it('the registry called straight will not sign scopes for a forged page id', async () => {
    const genuine: string = (await hub.query('{ decisions(filter: { countries: ["SVN"] }, first: 5) { id } }')).data.decisions.id;
    const partsOf = async (id: unknown) => {
      const res = await fetch(hub.hub.subgraphs.get('registry')!.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query:
            'query($r: [_Any!]!) { _entities(representations: $r) { ... on DecisionPage { parts { ... on CoeDecisionPart { scope } } } } }',
          variables: { r: [{ __typename: 'DecisionPage', id }] },
        }),
      });
      const raw = await res.text();
      return {
        raw,
        body: JSON.parse(raw) as {
          data?: { _entities: ({ parts: unknown[] } | null)[] };
          errors?: { extensions?: { code?: string; rightsHub?: { argument?: string } } }[];
        },
      };
    };
    expect((await partsOf(genuine)).body.data?._entities[0]?.parts).toHaveLength(SYSTEMS.length);
    const forged = [
      b64({ version: 2, kind: 'decisions', filter: FILTER, first: 1e9, offsets: {}, excluded: [] }),
      createTokenSigner("someone else's key, 32+ characters long").sign('page', {
        version: 2,
        kind: 'decisions',
        filter: FILTER,
        first: 1e9,
        offsets: {},
        excluded: [],
      }),
      tokens.sign('page', { version: 2, kind: 'decisions', filter: FILTER, first: 1e9, offsets: {}, excluded: [] }),
      tokens.sign('cursor', { version: 2, kind: 'decisions', filter: FILTER, first: 5, offsets: {}, excluded: [] }),
    ];
    for (const id of forged) {
      const { raw, body } = await partsOf(id);
      expect(body.data?._entities[0]?.parts ?? null).toBeNull();
      expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', rightsHub: { argument: 'id' } });
      expect(raw).not.toMatch(LEAK);
    }
  });
});
