import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PATIENT, startReplayHub, type ReplayHub } from '../support/replay-hub.ts';
import { cptDatabase } from '../../subgraphs/council-of-europe/cpt-database/database.ts';

const VISITS = `query($filter: RecordFilter, $first: Int, $after: String) {
  visits(filter: $filter, first: $first, after: $after) {
    totalCount endCursor hasNextPage
    nodes { id country { code name } year startDate publishedOn status statusLabel typeLabel sourceDates provenance { source owner sourceUrl } alsoIn { source } }
    sources { system source ok code total warnings }
  }
}`;

/** The demo's wiring: the Council of Europe subgraph with the CPT's embedded database beside HUDOC-CPT. */
describe('the CPT’s own database federated by the hub (as in npm run demo)', () => {
  let hub: ReplayHub;
  beforeAll(async () => {
    await cptDatabase({})(); // the embedded database takes seconds to start: opened (and shared) before the first query
    hub = await startReplayHub({ env: { RH_CPT_DATABASE: 'embedded' }, hub: PATIENT });
  }, 180_000);
  afterAll(() => hub?.close());

  it('answers Lithuania’s CPT visits from its database and HUDOC-CPT as one list, newest first, one status for the source', async () => {
    const res = await hub.query(VISITS, { filter: { countries: ['LTU'], systems: ['EUROPEAN'] } });
    expect(res.errors).toBeUndefined();
    const { nodes, sources, totalCount } = res.data.visits;
    expect(nodes.map((n: { provenance: { source: string } }) => n.provenance.source)).toEqual(['hudoc-cpt', 'cpt-database', 'cpt-database']);
    expect(nodes[0]).toMatchObject({ id: 'hudoc-cpt:p-ltu-20240212-en', year: 2024, publishedOn: '2024-07-08', alsoIn: [] });
    expect(nodes.slice(1).map((n: { sourceDates: string; year: number; typeLabel: string }) => [n.sourceDates, n.year, n.typeLabel]).sort())
      .toEqual([['December 2021', 2021, 'periodic'], ['September 2016', 2016, 'periodic']]);
    expect(nodes[1]).toMatchObject({ country: { code: 'LTU', name: 'Lithuania' }, status: 'COMPLETED', provenance: { owner: 'Council of Europe' } });
    expect(totalCount).toBe(3);
    expect(sources.filter((s: { system: string }) => s.system === 'EUROPEAN').map((s: { source: string; ok: boolean; total: number }) => [s.source, s.ok, s.total]))
      .toEqual([['cpt-database', true, 3]]);
  });

  it('pages through the merged list: two pages give the first page’s records and the rest, once each', async () => {
    const filter = { countries: ['LTU', 'SVN', 'MKD'], systems: ['EUROPEAN'] };
    const whole = await hub.query(VISITS, { filter, first: 10 });
    const first = await hub.query(VISITS, { filter, first: 3 });
    const second = await hub.query(VISITS, { filter, first: 10, after: first.data.visits.endCursor });
    const ids = (r: { data?: any }) => r.data.visits.nodes.map((n: { id: string }) => n.id);
    expect([...ids(first), ...ids(second)]).toEqual(ids(whole));
    expect(ids(whole)).toHaveLength(whole.data.visits.totalCount);
    expect(new Set(ids(whole)).size).toBe(ids(whole).length);
  });
});
