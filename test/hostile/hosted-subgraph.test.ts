import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { startReplayHub, type ReplayHub } from '../support/replay-hub.ts';
import { startHub } from '../../scripts/hub.ts';
import { serveSubgraph, type ServedSubgraph } from '../../subgraphs/_shared/serve.ts';
import { sourceSubgraphTypeDefs } from '../../subgraphs/_shared/source-subgraph.ts';
import { statusOf } from '../../subgraphs/_shared/source-status.ts';
import { RECORD_KINDS, partTypeName, systemEntry } from '../../schema/systems.ts';
import type { SourceStatus } from '../../schema/types.ts';

const KEY = 'the key of the hosted-subgraph tests, 32+ chars';
const AFRICAN = systemEntry('AFRICAN');

/**
 * An African subgraph hosted apart (RH_AFRICAN_URL) that answers every part with claims about other systems'
 * sources: that HUDOC (Council of Europe) is failing, and that UHRI is its own and failing, besides its own ACHPR.
 */
const CLAIMS: SourceStatus[] = [
  statusOf('EUROPEAN', 'hudoc-echr', { ok: false, code: 'RH_SOURCE_HTTP', message: 'HUDOC is down (says the African subgraph)' }),
  statusOf('AFRICAN', 'uhri', { ok: false, code: 'RH_SOURCE_TIMEOUT', message: 'UHRI timed out (says the African subgraph)' }),
  statusOf('AFRICAN', 'achpr', { total: 0 }),
];

describe("a subgraph hosted apart that reports for other systems' sources", () => {
  let hosted: ServedSubgraph;
  let hub: ReplayHub;
  beforeAll(async () => {
    const typeDefs = sourceSubgraphTypeDefs(AFRICAN);
    const answer = ({ scope }: { scope: string }) => ({ scope, items: [], total: 0, sources: CLAIMS });
    const resolvers = Object.fromEntries(RECORD_KINDS.map((kind) => [partTypeName(AFRICAN, kind), { __resolveReference: answer }]));
    hosted = await serveSubgraph({
      name: 'african',
      schema: buildSubgraphSchema({ typeDefs, resolvers: resolvers as never }),
      context: () => ({}),
      health: () => ({}),
    });
    hub = await startReplayHub({ env: { RH_SCOPE_KEY: KEY, RH_AFRICAN_URL: hosted.url } });
  });
  afterAll(async () => {
    await hub.close();
    await hosted.close();
  });

  it("is not believed: only its own sources' statuses are kept, the rest is dropped with a warning", async () => {
    const res = await hub.query(
      '{ decisions(filter: { countries: ["SVN"] }, first: 3) { nodes { id } endCursor sources { system source ok code warnings } } }',
    );
    expect(res.errors).toBeUndefined();
    const sources = res.data.decisions.sources as {
      system: string;
      source: string;
      ok: boolean;
      code: string | null;
      warnings: string[];
    }[];
    // The Council of Europe's own subgraph says HUDOC answered; the African subgraph's claim is not in the answer.
    expect(sources.filter((s) => s.source === 'hudoc-echr')).toEqual([
      { system: 'EUROPEAN', source: 'hudoc-echr', ok: true, code: null, warnings: [] },
    ]);
    expect(sources.filter((s) => s.source === 'uhri')).toEqual([]);
    const african = sources.filter((s) => s.system === 'AFRICAN');
    expect(african.map((s) => s.source)).toEqual(['achpr', 'african']);
    expect(african[1].warnings).toEqual([
      expect.stringMatching(
        /^The African subgraph reported for what is not the African system's \(EUROPEAN hudoc-echr, AFRICAN uhri\); the hub ignored it\.$/,
      ),
    ]);
    // Its false failures do not get the Council of Europe (or itself) left out of the next page.
    expect(res.data.decisions.nodes.map((n: { id: string }) => n.id)).toContain('hudoc-echr:001-242070');
    const next = await hub.query(
      'query($after: String) { decisions(filter: { countries: ["SVN"] }, first: 3, after: $after) { sources { source code } } }',
      { after: res.data.decisions.endCursor },
    );
    expect(next.data.decisions.sources.filter((s: { code: string | null }) => s.code === 'RH_SOURCE_EXCLUDED')).toEqual([]);
  });
});

describe('a hub with a subgraph hosted apart', () => {
  it('will not start without RH_SCOPE_KEY, which both sides need to sign and verify scopes', async () => {
    await expect(startHub({ env: { RH_AFRICAN_URL: 'http://127.0.0.1:9/graphql' }, gatewayPort: 0 })).rejects.toMatchObject({
      code: 'RH_CONFIG_INVALID',
      message: expect.stringMatching(/RH_AFRICAN_URL .*set RH_SCOPE_KEY/),
    });
    await expect(startHub({ env: { RH_SCOPE_KEY: 'too short' }, gatewayPort: 0 })).rejects.toMatchObject({ code: 'RH_CONFIG_INVALID' });
  });
});
