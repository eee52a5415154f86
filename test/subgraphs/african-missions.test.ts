import { ALL } from '../support/contract-query.ts';
import { systemChecks } from '../../subgraphs/checks.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpClient, type HttpClient } from '../../adapters/_kit/http.ts';
import { createSourceCache } from '../../adapters/_kit/cache.ts';
import { createCachedFetcher } from '../../adapters/_kit/fetcher.ts';
import { startReplayServer, type ReplayServer } from '../../replay/server.ts';
import { systemReplay } from '../../replay/recorded.ts';
import type { ContractSource, SourceContext } from '../../subgraphs/_shared/contract-source.ts';
import { SYSTEM_SOURCES } from '../../subgraphs/systems.ts';
import { missionStates, missionType } from '../../subgraphs/african/to-contract.ts';
import { isFactFinding, stateBeforeRegion } from '../../adapters/achpr/index.ts';

/** A listing's State cell as the adapter reads it. */
const placeOf = (country: string) => ({ country, stateBeforeRegion: stateBeforeRegion(country) });

const africanReplay = systemReplay('AFRICAN');

describe('ACHPR missions in contract terms', () => {
  it('reads a region in brackets as its State, and two States named together as two, keeping the wording', () => {
    const warnings: string[] = [];
    expect(missionStates(placeOf('Sudan (Darfur region)'), warnings)).toEqual([{ code: 'SDN', name: 'Sudan (Darfur region)' }]);
    expect(missionStates(placeOf('Uganda and Kenya'), warnings)).toEqual([
      { code: 'UGA', name: 'Uganda' },
      { code: 'KEN', name: 'Kenya' },
    ]);
    expect(missionStates(placeOf('United Republic of Tanzania'), warnings)).toEqual([{ code: 'TZA', name: 'United Republic of Tanzania' }]);
    expect(warnings).toEqual([]);
    expect(missionStates(placeOf('Darfur (Sudan)'), warnings)).toEqual([{ code: null, name: 'Darfur (Sudan)' }]);
    expect(warnings).toEqual(['unknown State name "Darfur (Sudan)" kept without a code']);
  });

  it('types fact-finding missions as ad hoc and promotion missions as other', () => {
    expect(
      ['fact-finding mission', 'fact-finding mission (decided)', 'promotion mission', 'joint promotion mission', 'promotional visits'].map(
        (label) => missionType(isFactFinding(label)),
      ),
    ).toEqual(['AD_HOC', 'AD_HOC', 'OTHER', 'OTHER', 'OTHER']);
  });
});

describe('ACHPR missions source on the replay server', () => {
  let server: ReplayServer;
  let http: HttpClient;
  let ctx: SourceContext;
  let source: ContractSource;

  beforeAll(async () => {
    server = await startReplayServer(africanReplay.mounts({}));
    http = createHttpClient({ retry: { maxRetries: 0, minDelayMs: 1, factor: 2, maxDelayMs: 10, statusCodes: [503] } });
    ctx = { fetcher: createCachedFetcher(http, createSourceCache()), http };
    source = SYSTEM_SOURCES['african'](africanReplay.environment(server)).find((s) => s.name === 'achpr-missions')!;
  });
  afterAll(async () => {
    await http.close();
    await server.close();
  });

  it('is configured from RH_ACHPR_URL, like the decisions, returns visits of the Commission only, and is checked live on its first page', () => {
    expect(source).toMatchObject({ system: 'AFRICAN', mechanisms: ['af-achpr'] });
    expect(source.decisions).toBeUndefined();
    expect(systemChecks('african').find((c) => c.source === 'achpr-missions')?.url).toBe(
      'https://achpr.au.int/en/category/mission-reports?page=0',
    );
  });

  it('gives the 2023 promotion mission to Tanzania as a visit, its wording kept, status unknown', async () => {
    const page = await source.visits!({ ...ALL, countries: ['TZA'] }, ctx);
    expect(page.total).toBe(1);
    expect(page.rows[0]).toEqual({
      id: 'achpr-missions:TZA-2023-01-23',
      mechanism: expect.objectContaining({ id: 'af-achpr' }),
      country: { code: 'TZA', name: 'United Republic of Tanzania' },
      startDate: '2023-01-23',
      endDate: '2023-01-28',
      year: 2023,
      sourceDates: 'between 23 and 28 January 2023',
      status: null,
      statusLabel: null,
      type: 'OTHER',
      typeLabel: 'promotion mission',
      mandateLabels: [],
      requestedOn: null,
      remindersOn: [],
      jointWith: [],
      report: null,
      documents: [],
      publishedOn: null,
      provenance: expect.objectContaining({
        system: 'AFRICAN',
        source: 'achpr-missions',
        owner: "African Commission on Human and Peoples' Rights",
        sourceUrl: `${server.baseUrl('achpr')}/en/category/mission-reports?page=1`,
      }),
      alsoIn: [],
    });
  });

  it('lists every mission newest first by start date, one visit per State, undated missions last', async () => {
    const page = await source.visits!(ALL, ctx);
    expect(page.total).toBe(11);
    expect(page.rows.map((v) => [v.id, v.startDate])).toEqual([
      ['achpr-missions:TZA-2023-01-23', '2023-01-23'],
      ['achpr-missions:AGO-2016-10-03', '2016-10-03'],
      ['achpr-missions:BDI-2015-12-07', '2015-12-07'],
      ['achpr-missions:NER-2011-07-19', '2011-07-19'],
      ['achpr-missions:SDN-2004-07-08', '2004-07-08'],
      ['achpr-missions:KEN-1998-07-12', '1998-07-12'],
      ['achpr-missions:UGA-1998-07-12', '1998-07-12'],
      ['achpr-missions:NAM-2023', null],
      ['achpr-missions:NGA-promotion-mission-report', null],
      ['achpr-missions:SDN-fact-finding-mission-decided', null],
      ['achpr-missions:TUN-2012', null],
    ]);
    expect(page.warnings).toEqual([]);
  });

  it('says COMPLETED only where a report shows the mission took place, and keeps the delegation and the report link', async () => {
    const byId = new Map((await source.visits!(ALL, ctx)).rows.map((v) => [v.id.replace('achpr-missions:', ''), v]));
    expect(byId.get('SDN-2004-07-08')).toMatchObject({
      country: { code: 'SDN', name: 'Sudan (Darfur region)' },
      status: 'COMPLETED',
      type: 'AD_HOC',
      typeLabel: 'fact-finding mission',
      mandateLabels: ['five-member team of Commissioners'],
      report: {
        symbol: null,
        title: null,
        url: `${server.baseUrl('achpr')}/en/mission-reports/sudan-fact-finding-mission-2004`,
        language: 'en',
      },
      provenance: { sourceUrl: `${server.baseUrl('achpr')}/en/mission-reports/sudan-fact-finding-mission-2004` },
    });
    expect(byId.get('AGO-2016-10-03')).toMatchObject({ status: 'COMPLETED', type: 'OTHER', typeLabel: 'joint promotion mission' });
    expect(byId.get('NGA-promotion-mission-report')).toMatchObject({
      status: 'COMPLETED',
      statusLabel: 'report',
      report: null,
      year: null,
    });
    expect(byId.get('SDN-fact-finding-mission-decided')).toMatchObject({
      status: null,
      statusLabel: 'decided',
      type: 'AD_HOC',
      startDate: null,
      year: null,
    });
    expect(byId.get('NAM-2023')).toMatchObject({ status: null, startDate: null, year: 2023 });
    expect(byId.get('BDI-2015-12-07')?.mandateLabels).toHaveLength(4);
    expect(byId.get('NER-2011-07-19')?.mandateLabels).toEqual([
      "Soyata Maiga (Commissioner responsible for Niger; Special Rapporteur on Women's Rights in Africa)",
    ]);
    expect([byId.get('UGA-1998-07-12')?.country, byId.get('KEN-1998-07-12')?.typeLabel]).toEqual([
      { code: 'UGA', name: 'Uganda' },
      'promotional visits',
    ]);
  });

  it('names the UN special procedures as the partner of the joint visit to Tunisia (September 2012), and no partner for a joint mission that names none', async () => {
    const tunisia = await source.visits!({ ...ALL, countries: ['TUN'] }, ctx);
    expect(tunisia.rows).toEqual([
      expect.objectContaining({
        id: 'achpr-missions:TUN-2012',
        mechanism: expect.objectContaining({ id: 'af-achpr' }),
        country: { code: 'TUN', name: 'Tunisia' },
        startDate: null,
        endDate: null,
        year: 2012,
        sourceDates: 'September 2012',
        status: null,
        typeLabel: 'joint visit with the UN Special Rapporteur on the situation of human rights defenders',
        mandateLabels: ['Reine Alapini-Gansou (Special Rapporteur on Human Rights Defenders in Africa)'],
        jointWith: [{ id: 'un-sp', acronym: 'SP', name: 'Special Procedures of the Human Rights Council', system: 'UN' }],
      }),
    ]);
    // Angola's "joint promotion mission" is joint, but its wording names no other mechanism: none is guessed.
    const angola = await source.visits!({ ...ALL, countries: ['AGO'] }, ctx);
    expect(angola.rows.map((v) => v.jointWith)).toEqual([[]]);
  });

  it('filters by State and by dates, and pages the filtered list with the count for the filter', async () => {
    const sudan = await source.visits!({ ...ALL, countries: ['SDN'] }, ctx);
    expect(sudan.rows.map((v) => v.id)).toEqual(['achpr-missions:SDN-2004-07-08', 'achpr-missions:SDN-fact-finding-mission-decided']);
    const window = await source.visits!({ ...ALL, from: '2004-01-01', to: '2016-12-31', offset: 1, limit: 2 }, ctx);
    expect(window.total).toBe(4);
    expect(window.rows.map((v) => v.id)).toEqual(['achpr-missions:BDI-2015-12-07', 'achpr-missions:NER-2011-07-19']);
    const last = await source.visits!({ ...ALL, offset: 9, limit: 5 }, ctx);
    expect(last).toMatchObject({
      total: 11,
      rows: [{ id: 'achpr-missions:SDN-fact-finding-mission-decided' }, { id: 'achpr-missions:TUN-2012' }],
    });
  });
});
