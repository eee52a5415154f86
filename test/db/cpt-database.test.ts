import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inDateRange, pageNewestFirst } from '../../schema/order.ts';
import { sortDateOf } from '../../schema/merge.ts';
import type { Visit } from '../../schema/types.ts';
import { migrate, openDatabase, type Database, type DatabaseOptions } from '../../subgraphs/_kit/database.ts';
import type { TableQuery } from '../../subgraphs/_kit/mechanism-subgraph.ts';
import { MIGRATIONS } from '../../subgraphs/council-of-europe/cpt-database/database.ts';
import { readFacts, seed } from '../../subgraphs/council-of-europe/cpt-database/seed.ts';
import { cptVisitsReader } from '../../subgraphs/council-of-europe/cpt-database/visits.ts';
import { testDatabases } from '../support/databases.ts';

const ctx = {} as never;
const ALL: TableQuery = { countries: [], from: null, to: null, undated: 'INCLUDE', offset: 0, limit: null };

describe.each(testDatabases())('the CPT database on the %s', (_name, options: () => DatabaseOptions) => {
  let db: Database;
  let schema: string | undefined;
  beforeAll(async () => {
    const opts = options();
    schema = opts.schema;
    db = await openDatabase(opts);
  }, 120_000);
  afterAll(async () => {
    if (schema) await db.exec(`DROP SCHEMA ${schema} CASCADE`);
    await db?.close();
  });
  const read = (q: Partial<TableQuery> = {}) => cptVisitsReader(async () => db)({ ...ALL, ...q }, ctx);

  it('applies the versioned migrations once, in order, and records them in schema_migrations', async () => {
    expect(await migrate(db, MIGRATIONS)).toEqual(['001_visits', '002_access_level', '003_visit_records']);
    expect(await migrate(db, MIGRATIONS)).toEqual([]);
    expect((await db.query<{ version: string }>('SELECT version FROM schema_migrations ORDER BY version')).map((r) => r.version)).toEqual([
      '001_visits',
      '002_access_level',
      '003_visit_records',
    ]);
  });

  it('seeds the 66 real rows; a second seed changes nothing and keeps a level the owner changed', async () => {
    expect(await seed(db)).toBe(66);
    const dump = () => db.query('SELECT * FROM cpt_visits ORDER BY id');
    await db.query("UPDATE cpt_visits SET access_level = 'OWNER' WHERE country = 'Romania'");
    const before = await dump();
    expect(await seed(db)).toBe(0);
    expect(await dump()).toEqual(before);
    await db.query("UPDATE cpt_visits SET access_level = 'PUBLIC' WHERE country = 'Romania'");
    expect(before).toHaveLength(readFacts().length);
  });

  it('gives each record the level of its row: reports adopted but unpublished MECHANISMS, high-level talks OWNER', async () => {
    const { rows, total } = await read();
    expect(total).toBe(64); // the two public statements are not visits
    const count = (level: string) => rows.filter((v) => v.access === level).length;
    expect([count('PUBLIC'), count('MECHANISMS'), count('OWNER')]).toEqual([26, 35, 3]);
    expect(rows.find((v) => v.statusLabel === 'high-level talks in Moscow and Rostov-on-Don')).toMatchObject({
      access: 'OWNER',
      country: { code: 'RUS' },
    });
  });

  it('resolves the State names with the hub’s resolver; the two that are no ISO 3166 State are kept as written, with a warning', async () => {
    const { rows, warnings } = await read();
    expect(rows.filter((v) => v.country.code === null).map((v) => v.country.name)).toEqual(['Kosovo', 'Serbia and Montenegro']);
    expect(warnings).toEqual([
      'State name "Kosovo" has no ISO 3166 code; kept as written',
      'State name "Serbia and Montenegro" has no ISO 3166 code; kept as written',
    ]);
    const slovenia = (await read({ countries: ['SVN'] })).rows;
    expect(slovenia.map((v) => [v.startDate, v.year, v.sourceDates])).toEqual([
      ['1995-02-19', 1995, null],
      [null, 2017, 'March/April 2017'],
    ]);
  });

  /** What the hub's own order and filters make of every row: the SQL must answer the same. */
  const expected = (all: Visit[], q: TableQuery) => {
    const kept = all.filter(
      (v) => (q.countries.length === 0 || q.countries.includes(v.country.code!)) && inDateRange(sortDateOf(v), q.from, q.to, q.undated),
    );
    return pageNewestFirst(kept, (v) => ({ date: sortDateOf(v), id: v.id }), q.offset, q.limit ?? kept.length);
  };

  it.each<[string, Partial<TableQuery>]>([
    ['every row', {}],
    ['a State', { countries: ['BGR', 'HRV'] }],
    ['a range, undated kept', { from: '1995-01-01', to: '2008-12-31' }],
    ['a range, undated dropped', { from: '1995-06-01', undated: 'EXCLUDE' }],
    ['undated only', { from: '2000-01-01', undated: 'ONLY' }],
    ['a window', { offset: 5, limit: 7 }],
  ])('filters, orders (newest first) and pages in SQL as the hub does: %s', async (_what, q) => {
    const all = (await read()).rows;
    const page = await read(q);
    const want = expected(all, { ...ALL, ...q });
    expect(page.rows.map((v) => v.id)).toEqual(want.rows.map((v) => v.id));
    expect(page.total).toBe(want.total);
  });

  it('pages stably: the same window twice is the same, and consecutive windows cover the list once', async () => {
    const ids = async (offset: number) => (await read({ offset, limit: 10 })).rows.map((v) => v.id);
    expect(await ids(10)).toEqual(await ids(10));
    const pages = await Promise.all([0, 10, 20, 30, 40, 50, 60].map(ids));
    expect(pages.flat()).toEqual((await read()).rows.map((v) => v.id));
  });
});
