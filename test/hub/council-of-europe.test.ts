import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReplayHub, type ReplayHub } from '../support/replay-hub.ts';

const TURKIYE_AND_LITHUANIA = `query($filter: RecordFilter) {
  records(filter: $filter, first: 100) {
    totalCount
    nodes {
      __typename
      ... on Decision { id date mechanism { id } respondents { code } compliance { state } alsoIn { source } provenance { source } }
      ... on Visit { id publishedOn country { code } year status report { symbol } documents { symbol } provenance { source } }
      ... on Recommendation { id issuedOn text countries { code } annotationType followUp { grade label } provenance { source } }
      ... on Review { id }
    }
    sources { system source ok count total warnings }
  }
}`;

const ids = (res: { data?: any }) => res.data.records.nodes.map((n: { id: string }) => n.id);

describe('the Council of Europe in full through the whole hub', () => {
  let hub: ReplayHub;
  beforeAll(async () => {
    hub = await startReplayHub();
  });
  afterAll(() => hub.close());

  it('answers Türkiye and Lithuania with ECtHR judgments, the CPT visit, the ECRI report and Social Charter conclusions, merged newest first', async () => {
    const res = await hub.query(TURKIYE_AND_LITHUANIA, { filter: { countries: ['TUR', 'LTU'] } });
    expect(res.errors).toBeUndefined();
    expect(ids(res)).toEqual([
      'hudoc-echr:001-242860',
      'hudoc-echr:001-242419',
      'hudoc-echr:001-242420',
      'hudoc-echr:001-242250',
      'hudoc-echr:001-242550',
      'hudoc-ecri:LTU-CbC-VI-2024-28-ENG',
      'hudoc-cpt:p-ltu-20240212-en',
      'hudoc-esc:2023/def/LTU/31/1/EN',
      'hudoc-esc:2023/def/LTU/31/2/EN',
      'hudoc-esc:2023/def/TUR/31/1/EN',
      'hudoc-esc:2023/def/TUR/31/2/EN',
      'hudoc-esc:2023/def/TUR/31/3/EN',
      // The UN reviews: Lithuania's CRC 64 (2013), then Türkiye's CAT 57 and Lithuania's CEDAW 74, whose pages give no dates
      // (undated records come last, by id).
      'tbinternet-sessions:9405:LTU',
      // Türkiye's pending leading cases before the Committee of Ministers, dated by their judgments (2004, 2001, 2000).
      'hudoc-exec:004-37120',
      'hudoc-exec:004-37128',
      'hudoc-exec:004-34566',
      // The Advisory Committee's fifth opinion on Lithuania (FCNM), undated in its feed.
      'hudoc-fcnm:5th_OP_ Lithuania_EN',
      'tbinternet-sessions:9105:TUR',
      'tbinternet-sessions:9303:LTU',
    ]);
    const nodes = res.data.records.nodes;
    expect(nodes[5]).toMatchObject({
      text: 'Sixth report on Lithuania',
      countries: [{ code: 'LTU' }],
      annotationType: 'Country Reports',
      followUp: null,
    });
    expect(nodes[6]).toMatchObject({
      country: { code: 'LTU' },
      year: 2024,
      status: 'COMPLETED',
      report: { symbol: 'p-ltu-20240212-en-1' },
    });
    expect(nodes[6].documents).toHaveLength(12);
    expect(
      res.data.records.sources
        .filter((s: { system: string }) => s.system === 'EUROPEAN')
        .map((s: { source: string; ok: boolean; total: number }) => [s.source, s.ok, s.total]),
    ).toEqual([
      ['hudoc-fcnm', true, 1],
      ['hudoc-ecri', true, 1],
      ['hudoc-greta', true, 0],
      ['hudoc-grevio', true, 0],
      ['hudoc-cpt', true, 1],
      ['hudoc-echr', true, 5],
      ['hudoc-exec', true, 3],
      ['hudoc-esc', true, 5],
    ]);
  });

  it("searches HUDOC-EXEC for the ECtHR judgments' application numbers and gives them no execution status it does not hold", async () => {
    const res = await hub.query(TURKIYE_AND_LITHUANIA, { filter: { countries: ['TUR'], systems: ['EUROPEAN'] } });
    const judgments = res.data.records.nodes.filter((n: { id: string }) => n.id.startsWith('hudoc-echr:'));
    expect(judgments).toHaveLength(5);
    // The recorded HUDOC-EXEC cases and documents hold none of these five judgments' application numbers: nothing is linked, nothing guessed.
    expect(judgments.every((j: { compliance: unknown; alsoIn: unknown[] }) => j.compliance === null && j.alsoIn.length === 0)).toBe(true);
    expect(hub.replay.hits('hudoc-exec').some((hit) => hit.startsWith('GET /app/query/results?') && hit.includes('execappno'))).toBe(true);
  });

  it('answers "what is new since" from the RSS feeds without asking them again, and the JSON search from that day', async () => {
    await hub.query(TURKIYE_AND_LITHUANIA, { filter: { countries: ['TUR', 'LTU'] } });
    const feedHits = () => ['hudoc-cpt', 'hudoc-esc', 'hudoc-ecri'].map((m) => hub.replay.hits(m).length);
    const before = feedHits();
    const res = await hub.query(TURKIYE_AND_LITHUANIA, { filter: { countries: ['TUR', 'LTU'], since: '2024-10-23T00:00:00Z' } });
    expect(ids(res)).toEqual([
      'hudoc-echr:001-242860',
      'hudoc-echr:001-242419',
      'hudoc-echr:001-242420',
      'hudoc-echr:001-242250',
      'hudoc-echr:001-242550',
      'hudoc-ecri:LTU-CbC-VI-2024-28-ENG',
    ]);
    expect(feedHits()).toEqual(before);
    const later = await hub.query(TURKIYE_AND_LITHUANIA, { filter: { countries: ['LTU'], since: '2024-10-23T00:00:01Z' } });
    expect(later.data.records.totalCount).toBe(0);
  });

  it('answers GREVIO and GRETA evaluation reports by country', async () => {
    const res = await hub.query(TURKIYE_AND_LITHUANIA, { filter: { countries: ['ESP', 'LIE'], mechanisms: ['coe-grevio', 'coe-greta'] } });
    expect(ids(res)).toEqual(['hudoc-greta:LIE-REP-3-2025--ENG', 'hudoc-grevio:GREVIO(2024)11_Spain_First_thematic_evaluation_report_eng']);
  });
});
