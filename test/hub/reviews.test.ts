import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReplayHub, type ReplayHub } from '../support/replay-hub.ts';

describe('the whole hub on recorded responses: the review calendar', () => {
  let hub: ReplayHub;
  beforeAll(async () => {
    hub = await startReplayHub();
  });
  afterAll(() => hub.close());

  it('pages the UPR reviews newest first across pages, each with its cycle, session and documents', async () => {
    const first = await hub.query(`{ reviews(filter: { mechanisms: ["un-upr"] }, first: 3) {
      nodes { id country { code } session cycle date reviewStatus documents { symbol } provenance { source owner } }
      endCursor hasNextPage totalCount sources { system source ok total warnings } } }`);
    expect(first.errors).toBeUndefined();
    const page = first.data.reviews;
    expect(page.nodes.map((r: { country: { code: string }; date: string }) => [r.country.code, r.date])).toEqual([
      ['AFG', '2019-04-03'],
      ['BRB', '2018-04-06'],
      ['BHS', '2018-04-03'],
    ]);
    expect(page.nodes[0]).toMatchObject({
      session: '32',
      cycle: '3',
      reviewStatus: 'UNKNOWN',
      provenance: { source: 'upr-info-reviews', owner: 'UPR Info' },
      documents: [{ symbol: 'A/HRC/WG.6/32/AFG/1' }, { symbol: 'A/HRC/WG.6/32/AFG/2' }, { symbol: 'A/HRC/WG.6/32/AFG/3' }],
    });
    expect(page).toMatchObject({ hasNextPage: true, totalCount: 4 });
    expect(page.sources).toContainEqual({ system: 'UN', source: 'upr-info-reviews', ok: true, total: 4, warnings: [] });

    const next = await hub.query(
      `query($after: String) { reviews(filter: { mechanisms: ["un-upr"] }, first: 3, after: $after) {
      nodes { id } hasNextPage } }`,
      { after: page.endCursor },
    );
    expect(next.errors).toBeUndefined();
    expect(next.data.reviews).toEqual({ nodes: [{ id: 'upr-info-reviews:upr-brn-c2-s33' }], hasNextPage: false });
  });

  it('gives a country its reviews, in its own list and mixed into everything about it', async () => {
    const res = await hub.query(`{ country(code: "BRB") {
      reviews { nodes { id mechanism { id } } }
      records(filter: { systems: [UN] }) { nodes { __typename ... on Review { id session } } }
    } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.country.reviews.nodes).toContainEqual({ id: 'upr-info-reviews:upr-brb-c3-s29', mechanism: { id: 'un-upr' } });
    expect(res.data.country.records.nodes).toContainEqual({ __typename: 'Review', id: 'upr-info-reviews:upr-brb-c3-s29', session: '29' });
  });

  it('says so, per system, where no source keeps a review calendar', async () => {
    const res = await hub.query('{ reviews(filter: { systems: [EUROPEAN] }) { nodes { id } sources { system source ok warnings } } }');
    expect(res.errors).toBeUndefined();
    expect(res.data.reviews).toEqual({
      nodes: [],
      sources: [
        {
          system: 'EUROPEAN',
          source: 'council-of-europe',
          ok: true,
          warnings: ['The Council of Europe subgraph has no source of reviews yet.'],
        },
      ],
    });
  });

  it('still answers from the other sources when UPR Info is down, and names its failure', async () => {
    const cold = await startReplayHub();
    cold.replay.setFault('upr-info', { kind: 'status', status: 503 });
    try {
      const res = await cold.query(
        '{ records(filter: { countries: ["BRB", "MEX"] }) { nodes { __typename } sources { source ok code } } }',
      );
      expect(res.errors).toBeUndefined();
      const sources: { source: string; ok: boolean }[] = res.data.records.sources;
      expect(sources).toContainEqual({ source: 'upr-info-reviews', ok: false, code: 'RH_SOURCE_HTTP' });
      expect(sources.filter((s) => s.source !== 'upr-info-reviews').every((s) => s.ok)).toBe(true);
      expect(res.data.records.nodes.length).toBeGreaterThan(0);
    } finally {
      await cold.close();
    }
  });
});
