import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReplayHub, type ReplayHub } from '../support/replay-hub.ts';

const REVIEW =
  'id mechanism { id } country { code } session date sessionStart sessionEnd dialogueDates place reviewStatus statusLabel reviewOf documents { symbol } provenance { source owner sourceUrl }';

describe('the whole hub on recorded responses: the treaty bodies’ review calendar', () => {
  let hub: ReplayHub;
  beforeAll(async () => {
    hub = await startReplayHub();
  });
  afterAll(() => hub.close());
  const details = (sessionId: string) =>
    `${hub.replay.baseUrl('tbinternet')}/_layouts/15/TreatyBodyExternal/SessionDetails1.aspx?SessionID=${sessionId}&Lang=en`;

  it('gives Mexico its CAT reviews since 2010 newest first, with the session’s dates, the dialogue’s days and where each was read', async () => {
    const res =
      await hub.query(`{ country(code: "MEX") { reviews(filter: { from: "2010-01-01" }) { nodes { ... on Review { ${REVIEW} } } totalCount
      sources { system source ok total warnings } } } }`);
    expect(res.errors).toBeUndefined();
    const { reviews } = res.data.country;
    expect(reviews.nodes).toEqual([
      {
        // The 2019 session: its number is not on the page the facts were read on, so it stays unknown.
        id: 'tbinternet-sessions:9101:MEX',
        mechanism: { id: 'un-cat' },
        country: { code: 'MEX' },
        session: null,
        date: '2019-04-25',
        sessionStart: '2019-04-23',
        sessionEnd: '2019-05-17',
        dialogueDates: '25-26 April',
        place: 'Geneva (Palais Wilson)',
        reviewStatus: 'SCHEDULED',
        statusLabel: 'scheduled',
        reviewOf: null,
        documents: [],
        provenance: { source: 'tbinternet-sessions', owner: 'OHCHR', sourceUrl: details('9101') },
      },
      {
        id: 'tbinternet-sessions:9108:MEX',
        mechanism: { id: 'un-cat' },
        country: { code: 'MEX' },
        session: '49',
        date: '2012-10-29',
        sessionStart: '2012-10-29',
        sessionEnd: '2012-11-23',
        dialogueDates: null,
        place: 'Geneva (Palais Wilson)',
        reviewStatus: 'SCHEDULED',
        statusLabel: 'scheduled',
        reviewOf: null,
        documents: [],
        provenance: { source: 'tbinternet-sessions', owner: 'OHCHR', sourceUrl: details('9108') },
      },
    ]);
    // Without a date range only each body's newest sessions are read: the count is unknown, and the answer says so.
    expect(reviews.sources).toContainEqual({
      system: 'UN',
      source: 'tbinternet-sessions',
      ok: true,
      total: null,
      warnings: [
        'tbinternet: the CAT calendar was read only back to 2012-10-29 (at most 6 sessions a query, maxSessions); earlier sessions are not included',
      ],
    });
    expect(reviews.totalCount).toBeNull();
  });

  it('finds Slovenia’s CAT 46 review of 2011 through a date range, dated by the session’s last day, the only one the page gives', async () => {
    const res =
      await hub.query(`{ country(code: "SVN") { reviews(filter: { from: "2011-01-01", to: "2011-12-31" }) { nodes { ... on Review { ${REVIEW} } }
      sources { source ok total warnings } } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.country.reviews.nodes).toEqual([
      expect.objectContaining({
        id: 'tbinternet-sessions:9110:SVN',
        session: '46',
        date: '2011-06-03',
        sessionStart: null,
        sessionEnd: '2011-06-03',
        reviewStatus: 'COMPLETED',
        statusLabel: 'reviewed',
        place: 'Geneva',
      }),
    ]);
    expect(res.data.country.reviews.sources).toContainEqual({ source: 'tbinternet-sessions', ok: true, total: 1, warnings: [] });
  });

  it('pages a date range across CAT and CRC newest first, each review once, with the count for the range', async () => {
    const ask = (after?: string) =>
      hub.query(
        `query($after: String) { reviews(filter: { from: "2019-01-01", to: "2019-12-31", mechanisms: ["un-cat", "un-crc"] }, first: 5, after: $after) {
      nodes { ... on Review { id country { code } date } } endCursor hasNextPage totalCount sources { source ok total } } }`,
        { after },
      );
    const first = await ask();
    expect(first.errors).toBeUndefined();
    const page1 = first.data.reviews;
    expect(page1.nodes.map((r: { country: { code: string }; date: string }) => [r.country.code, r.date])).toEqual([
      ['GBR', '2019-05-07'],
      ['BEN', '2019-05-02'],
      ['ZAF', '2019-04-30'],
      ['DEU', '2019-04-29'],
      ['MEX', '2019-04-25'],
    ]);
    expect(page1).toMatchObject({ hasNextPage: true, totalCount: 13 });
    expect(page1.sources).toContainEqual({ source: 'tbinternet-sessions', ok: true, total: 13 });

    const second = await ask(page1.endCursor);
    const third = await ask(second.data.reviews.endCursor);
    expect(third.errors).toBeUndefined();
    const rest = [...second.data.reviews.nodes, ...third.data.reviews.nodes];
    // The Democratic Republic of the Congo's dialogue (24 April), then CRC's 80th session (14 January, its first day: no dialogue days are given), by id.
    expect(rest.map((r: { country: { code: string }; date: string }) => [r.country.code, r.date])).toEqual([
      ['COD', '2019-04-24'],
      ['BEL', '2019-01-14'],
      ['BHR', '2019-01-14'],
      ['CZE', '2019-01-14'],
      ['GIN', '2019-01-14'],
      ['ITA', '2019-01-14'],
      ['JPN', '2019-01-14'],
      ['SYR', '2019-01-14'],
    ]);
    expect(third.data.reviews.hasNextPage).toBe(false);
    expect(new Set([...page1.nodes, ...rest].map((r: { id: string }) => r.id)).size).toBe(13);
  });
});
