import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetch } from 'undici';
import { parse as parseCsv } from 'csv-parse/sync';
import { startReplayHub, PATIENT, type ReplayHub } from '../support/replay-hub.ts';
import { FOCAL_POINTS_QUERY, RELATED_QUERY, SLOVENIA_MATRIX_QUERY } from '../../gateway/default-query.ts';

let hub: ReplayHub;
beforeAll(async () => {
  hub = await startReplayHub({ hub: PATIENT });
}, 60_000);
afterAll(async () => {
  await hub?.close();
});

const LINK = 'list { query variables url }';
const MATRIX = `query($country: ID!, $filter: RecordFilter) { recommendationMatrix(country: $country, filter: $filter) {
  country { code name } recommendations complete warnings
  columns { mechanism { id acronym } system count withoutTheme positions { value count } followUpGrades { value count } ${LINK} }
  rows { theme { code title } count cells { theme mechanism { id acronym system } count derived positions { value count } followUpGrades { value count } ${LINK} } }
  sources { system source ok code count total }
} }`;

const matrixOf = async (country: string, filter?: object) => {
  const res = await hub.query(MATRIX, { country, filter });
  expect(res.errors).toBeUndefined();
  return res.data.recommendationMatrix;
};

interface Link {
  query: string;
  variables: string;
  url: string | null;
}
/** Runs a cell's linked list query as a client would, as it is given. */
const runLink = async (link: Link) => {
  const res = await hub.query(link.query, JSON.parse(link.variables));
  expect(res.errors).toBeUndefined();
  return res.data.recommendations as {
    totalCount: number | null;
    hasNextPage: boolean;
    nodes: { statePosition: { value: string } | null; followUp: { grade: string } | null }[];
  };
};
const tally = (values: (string | undefined)[]) =>
  Object.fromEntries([...new Set(values.filter(Boolean))].map((v) => [v, values.filter((x) => x === v).length]));
const asObject = (counts: { value: string; count: number }[]) => Object.fromEntries(counts.map((c) => [c.value, c.count]));

describe('recommendationMatrix through the whole hub', () => {
  it("gives Slovenia's theme × mechanism table, each cell's count, positions and grades those of the list query it links to", async () => {
    const m = await matrixOf('SVN');
    expect(m.country).toEqual({ code: 'SVN', name: 'Slovenia' });
    expect(m.complete).toBe(true);
    expect(m.warnings).toEqual([]);
    // The recorded data holds the UPR's recommendations to Slovenia (UHRI), none of another mechanism's.
    expect(m.columns.map((c: any) => [c.mechanism.id, c.count])).toEqual([['un-upr', 254]]);
    expect(m.rows.length).toBeGreaterThan(5);
    expect(m.rows.map((r: any) => r.theme.code)).toContain('B3');
    const b3 = m.rows.find((r: any) => r.theme.code === 'B3');
    expect(b3.cells[0]).toMatchObject({
      count: 42,
      positions: [
        { value: 'SUPPORTED', count: 34 },
        { value: 'NOTED', count: 8 },
      ],
    });
    for (const row of m.rows) {
      expect(row.cells).toHaveLength(m.columns.length);
      for (const cell of row.cells) {
        const list = await runLink(cell.list);
        expect(list.totalCount, `${row.theme.code} × ${cell.mechanism.id}`).toBe(cell.count);
        expect(list.hasNextPage).toBe(false); // every cell here holds at most 100: its nodes are the cell
        expect(tally(list.nodes.map((n) => n.statePosition?.value))).toEqual(asObject(cell.positions));
        expect(tally(list.nodes.map((n) => n.followUp?.grade))).toEqual(asObject(cell.followUpGrades));
      }
    }
    const column = await runLink(m.columns[0].list);
    expect(column.totalCount).toBe(254);
    expect(m.sources.find((s: any) => s.source === 'upr-ohchr')).toMatchObject({ system: 'UN', ok: true, count: 254, total: 254 });
    expect(new Set(m.sources.map((s: any) => s.system))).toEqual(new Set(['UN', 'EUROPEAN', 'INTER_AMERICAN', 'AFRICAN']));
  }, 120_000);

  it("puts two systems side by side for Bulgaria: the Human Rights Committee's follow-up grades and ECRI's interim follow-up", async () => {
    const m = await matrixOf('BGR');
    expect(m.columns.map((c: any) => [c.system, c.mechanism.id])).toEqual([
      ['UN', 'un-ccpr'],
      ['EUROPEAN', 'coe-ecri'],
    ]);
    const ccpr = m.columns[0];
    expect(ccpr.followUpGrades.reduce((n: number, g: any) => n + g.count, 0)).toBe(ccpr.count);
    const list = await runLink(ccpr.list);
    expect(list.totalCount).toBe(ccpr.count);
    expect(tally(list.nodes.map((n) => n.followUp?.grade))).toEqual(asObject(ccpr.followUpGrades));
    // ECRI's theme is derived from its mandate (racism and intolerance → B3), and said to be.
    expect(m.rows.find((r: any) => r.theme.code === 'B3').cells[1]).toMatchObject({ count: 1, derived: 1 });
  }, 60_000);

  it("narrows with the filter, and a cell's list keeps it", async () => {
    const m = await matrixOf('SVN', { themes: ['B3', 'E4'] });
    expect(m.rows.map((r: any) => r.theme.code)).toEqual(['B3', 'E4'].filter((code) => m.rows.some((r: any) => r.theme.code === code)));
    expect(JSON.parse(m.rows[0].cells[0].list.variables)).toEqual({
      filter: { countries: ['SVN'], mechanisms: ['un-upr'], themes: [m.rows[0].theme.code] },
    });
    expect((await runLink(m.rows[0].cells[0].list)).totalCount).toBe(m.rows[0].cells[0].count);
  }, 60_000);

  it("answers honestly where nothing is held: no rows, no columns, a warning, and every system's sources", async () => {
    const m = await matrixOf('TUR');
    expect(m).toMatchObject({ recommendations: 0, rows: [], columns: [] });
    expect(m.warnings[0]).toMatch(/No source the hub reads holds recommendations to this State/);
    expect(new Set(m.sources.map((s: any) => s.system))).toEqual(new Set(['UN', 'EUROPEAN', 'INTER_AMERICAN', 'AFRICAN']));
  }, 60_000);

  it('refuses an unknown country and a second State in the filter, naming the argument', async () => {
    for (const [variables, argument] of [
      [{ country: 'XXX' }, 'country'],
      [{ country: 'SVN', filter: { countries: ['HRV'] } }, 'filter.countries'],
    ] as const) {
      const res = await hub.query(MATRIX, variables);
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', rightsHub: { argument } });
    }
  });

  it('GET /feeds/matrix.csv?country=SVN parses back (csv-parse) to the same cells, with an ETag the client can revalidate', async () => {
    const m = await matrixOf('SVN');
    const url = `${hub.hub.gateway.origin}/feeds/matrix.csv?country=SVN`;
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/csv');
    const text = await res.text();
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(text, { columns: true }) as Record<string, string>[];
    const cells = m.rows.flatMap((r: any) => r.cells.map((c: any) => ({ r, c })));
    expect(rows).toHaveLength(cells.length);
    rows.forEach((row, i) => {
      const { r, c } = cells[i];
      expect(row).toMatchObject({
        country: 'SVN',
        theme: r.theme.code,
        theme_title: r.theme.title,
        system: 'UN',
        mechanism: c.mechanism.id,
        mechanism_acronym: 'UPR',
        count: String(c.count),
        derived: String(c.derived),
        list_url: c.list.url,
        list_variables: c.list.variables,
      });
      for (const p of c.positions) expect(row[`upr_${p.value}`]).toBe(String(p.count));
    });
    const etag = res.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect((await fetch(url, { headers: { 'if-none-match': etag } })).status).toBe(304);
    const bad = await fetch(`${hub.hub.gateway.origin}/feeds/matrix.csv`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as any).errors[0].message).toMatch(/country is required/);
  }, 60_000);

  it("answers GraphiQL's saved examples: the Slovenia matrix, related recommendations and the focal points", async () => {
    const [matrix, related, focal] = await Promise.all([SLOVENIA_MATRIX_QUERY, RELATED_QUERY, FOCAL_POINTS_QUERY].map((q) => hub.query(q)));
    for (const res of [matrix, related, focal]) expect(res.errors).toBeUndefined();
    expect(matrix.data.recommendationMatrix.columns.map((c: any) => c.mechanism.acronym)).toEqual(['UPR']);
    const withRelated = related.data.country.recommendations.nodes.filter((n: any) => n.related.length > 0);
    expect(withRelated.map((n: any) => n.mechanism.acronym).sort()).toEqual(['CCPR', 'ECRI']);
    expect(focal.data.focalPoints.length).toBeGreaterThan(20);
  }, 60_000);
});
