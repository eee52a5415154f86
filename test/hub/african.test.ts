import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startReplayHub, type ReplayHub } from '../support/replay-hub.ts';

const SOURCES = 'sources { system source ok code count total warnings }';

describe('the African system in the whole hub', () => {
  let hub: ReplayHub;
  beforeAll(async () => {
    hub = await startReplayHub();
  });
  afterAll(() => hub.close());

  it("answers one query for Tanzania with the African Court cases and the Commission's 2023 promotion mission, the other systems answering with nothing invented", async () => {
    const res = await hub.query(`{ country(code: "TZA") {
      decisions(first: 10) { totalCount nodes { id title caseNumbers caseStatus caseStatusLabel date respondents { code } mechanism { id }
        provenance { system source owner sourceUrl } alsoIn { source } } ${SOURCES} }
      visits(first: 10) { totalCount nodes { id country { code name } startDate endDate status type typeLabel mechanism { id }
        provenance { system source owner } } ${SOURCES} }
      records(first: 10) { totalCount nodes { __typename ... on Visit { id } ... on Decision { id } } }
    } }`);
    expect(res.errors).toBeUndefined();
    const decisions = res.data.country.decisions;
    expect(decisions.nodes.map((d: { id: string }) => d.id)).toEqual(['african-court:009/2011', 'african-court:011/2011']);
    expect(decisions.nodes[0]).toMatchObject({
      title: 'The Tanganyika Law Society and Legal and Human Rights Centre v. United Republic of Tanzania',
      caseStatus: 'DECIDED',
      caseStatusLabel: 'Finalized',
      mechanism: { id: 'af-afchpr' },
      provenance: { system: 'AFRICAN', source: 'african-court', owner: "African Court on Human and Peoples' Rights" },
      alsoIn: [],
    });
    expect(decisions.totalCount).toBe(2);
    const african = decisions.sources.filter((s: { system: string }) => s.system === 'AFRICAN');
    expect(african.map((s: { source: string }) => s.source)).toEqual(
      expect.arrayContaining(['achpr', 'african-court', 'ihrda-ecowas', 'ihrda-eacj', 'ihrda-acerwc', 'ihrda-sadc']),
    );
    expect(african.every((s: { ok: boolean }) => s.ok)).toBe(true);
    const visits = res.data.country.visits;
    expect(visits.nodes).toEqual([
      {
        id: 'achpr-missions:TZA-2023-01-23',
        country: { code: 'TZA', name: 'United Republic of Tanzania' },
        startDate: '2023-01-23',
        endDate: '2023-01-28',
        status: null,
        type: 'OTHER',
        typeLabel: 'promotion mission',
        mechanism: { id: 'af-achpr' },
        provenance: { system: 'AFRICAN', source: 'achpr-missions', owner: "African Commission on Human and Peoples' Rights" },
      },
    ]);
    expect(visits.totalCount).toBe(1);
    expect(visits.sources.find((s: { source: string }) => s.source === 'achpr-missions')).toMatchObject({ ok: true, count: 1, total: 1 });
    // Everything about Tanzania in one list, newest first: the 2023 mission before the two 2013 judgments.
    expect(res.data.country.records.nodes.map((r: { id: string }) => r.id)).toEqual([
      'achpr-missions:TZA-2023-01-23',
      'african-court:009/2011',
      'african-court:011/2011',
    ]);
  });

  it("merges Kenya's African decisions with Slovenia's European ones into one newest-first list, and counts them with the UN's records", async () => {
    const res = await hub.query(`{
      decisions(filter: { countries: ["KEN", "SVN"] }, first: 100) { totalCount nodes { id date provenance { system source } alsoIn { source sourceUrl } } ${SOURCES} }
      records(filter: { countries: ["KEN", "SVN"] }, first: 1) { totalCount sources { source total } }
    }`);
    expect(res.errors).toBeUndefined();
    const { nodes, sources, totalCount } = res.data.decisions;
    expect(new Set(nodes.map((n: { provenance: { system: string } }) => n.provenance.system))).toEqual(new Set(['EUROPEAN', 'AFRICAN']));
    // The same communications are on the Commission's site and in IHRDA: each comes back once, with both provenances.
    expect(nodes.slice(-2).map((n: { id: string; alsoIn: { source: string }[] }) => [n.id, n.alsoIn.map((p) => p.source)])).toEqual([
      ['achpr:135/94', ['ihrda-achpr']],
      ['achpr:19/88', ['ihrda-achpr']],
    ]);
    const dates = nodes.map((n: { date: string }) => n.date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(totalCount).toBe(nodes.length);
    expect(sources.find((s: { source: string }) => s.source === 'achpr')).toMatchObject({ ok: true, count: 2, total: 2 });
    // Slovenia's 258 UN and European records (test/hub/cross-system.test.ts), Kenya's two African decisions, the
    // Commission's 1998 promotional visit to Uganda and Kenya (one visit per State: Kenya's) and the special procedures'
    // joint allegation letter to Kenya (JAL KEN 4/2025). The treaty bodies' calendar,
    // read without a date range back to each body's newest sessions only, cannot count its own: the whole count is unknown.
    const counted = res.data.records.sources.filter((s: { total: number | null }) => s.total !== null);
    expect(counted.reduce((sum: number, s: { total: number }) => sum + s.total, 0)).toBe(262);
    expect(res.data.records.sources.filter((s: { total: number | null }) => s.total === null)).toEqual([
      { source: 'tbinternet-sessions', total: null },
    ]);
    expect(res.data.records.totalCount).toBeNull();
  });

  it('filters by an African mechanism across its two sources', async () => {
    const res = await hub.query(`{ decisions(filter: { mechanisms: ["af-afchpr"], from: "2013-06-01" }, first: 10) {
      totalCount nodes { id date } ${SOURCES}
    } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.decisions.nodes.map((d: { id: string }) => d.id)).toEqual([
      'african-court:013/2011',
      'african-court:003/2011',
      'african-court:009/2011',
      'african-court:011/2011',
    ]);
  });
});
