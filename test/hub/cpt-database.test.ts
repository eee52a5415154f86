import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PATIENT, startReplayHub, type ReplayHub } from '../support/replay-hub.ts';
import { cptDatabase, cptDatabaseOptions } from '../../subgraphs/council-of-europe/cpt-database/database.ts';
import { testDatabases } from '../support/databases.ts';

const VISITS = `query($filter: RecordFilter, $first: Int, $after: String) {
  visits(filter: $filter, first: $first, after: $after) {
    totalCount endCursor hasNextPage
    nodes { id country { code name } year startDate publishedOn status statusLabel typeLabel sourceDates provenance { source owner sourceUrl } alsoIn { source } }
    sources { system source ok code total warnings }
  }
}`;

/** The environment that names each test database to the hub, as DATABASE_URL (and a schema of its own) or none. */
const envOf = (options: ReturnType<ReturnType<typeof testDatabases>[number][1]>): NodeJS.ProcessEnv => ({
  RH_CPT_DATABASE: 'on',
  ...(options.url ? { DATABASE_URL: options.url, RH_CPT_DATABASE_SCHEMA: options.schema } : {}),
});

/** The demo's wiring: the Council of Europe subgraph with the CPT's database (embedded, or DATABASE_URL) beside HUDOC-CPT. */
describe.each(testDatabases())('the CPT’s own database on the %s federated by the hub (as in npm run demo)', (_name, options) => {
  let hub: ReplayHub;
  const env = envOf(options());
  const db = cptDatabase(cptDatabaseOptions(env)!);
  beforeAll(async () => {
    await db(); // an embedded database takes seconds to start: opened (and shared with the hub) before the first query
    hub = await startReplayHub({ env, hub: PATIENT });
  }, 180_000);
  afterAll(async () => {
    await hub?.close();
    if (env.RH_CPT_DATABASE_SCHEMA) await (await db()).exec(`DROP SCHEMA ${env.RH_CPT_DATABASE_SCHEMA} CASCADE`);
  });

  const CPT_STAFF = { mechanism: 'coe-cpt', role: 'staff' };

  it('answers Lithuania’s CPT visits from its database and HUDOC-CPT as one list, newest first, one status for the source', async () => {
    const res = await hub.query(VISITS, { filter: { countries: ['LTU'], systems: ['EUROPEAN'] } }, CPT_STAFF);
    expect(res.errors).toBeUndefined();
    const { nodes, sources, totalCount } = res.data.visits;
    expect(sources.flatMap((s: { warnings: string[] }) => s.warnings)).toEqual([]);
    expect(nodes.map((n: { provenance: { source: string } }) => n.provenance.source)).toEqual([
      'hudoc-cpt',
      'cpt-database',
      'cpt-database',
    ]);
    expect(nodes[0]).toMatchObject({ id: 'hudoc-cpt:p-ltu-20240212-en', year: 2024, publishedOn: '2024-07-08', alsoIn: [] });
    expect(
      nodes
        .slice(1)
        .map((n: { sourceDates: string; year: number; typeLabel: string }) => [n.sourceDates, n.year, n.typeLabel])
        .sort(),
    ).toEqual([
      ['December 2021', 2021, 'periodic'],
      ['September 2016', 2016, 'periodic'],
    ]);
    expect(nodes[1]).toMatchObject({
      country: { code: 'LTU', name: 'Lithuania' },
      status: 'COMPLETED',
      provenance: { owner: 'Council of Europe' },
    });
    expect(totalCount).toBe(3);
    expect(
      sources
        .filter((s: { system: string }) => s.system === 'EUROPEAN')
        .map((s: { source: string; ok: boolean; total: number }) => [s.source, s.ok, s.total]),
    ).toEqual([['cpt-database', true, 3]]);
  });

  it('shows an anonymous caller only the public rows, counted as such: the reports adopted but not published are for the mechanisms', async () => {
    const res = await hub.query(VISITS, { filter: { countries: ['LTU'], systems: ['EUROPEAN'] } });
    expect(res.errors).toBeUndefined();
    const { nodes, totalCount } = res.data.visits;
    expect(nodes.map((n: { id: string }) => n.id)).toEqual(['hudoc-cpt:p-ltu-20240212-en']);
    expect(totalCount).toBe(1);
  });

  it('pages through the merged list: two pages give the first page’s records and the rest, once each', async () => {
    const filter = { countries: ['LTU', 'SVN', 'MKD'], systems: ['EUROPEAN'] };
    const whole = await hub.query(VISITS, { filter, first: 10 }, CPT_STAFF);
    const first = await hub.query(VISITS, { filter, first: 3 }, CPT_STAFF);
    const second = await hub.query(VISITS, { filter, first: 10, after: first.data.visits.endCursor }, CPT_STAFF);
    const ids = (r: { data?: any }) => r.data.visits.nodes.map((n: { id: string }) => n.id);
    expect([...ids(first), ...ids(second)]).toEqual(ids(whole));
    expect(ids(whole)).toHaveLength(whole.data.visits.totalCount);
    expect(new Set(ids(whole)).size).toBe(ids(whole).length);
  });
});
