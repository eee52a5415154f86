import { ALL } from '../support/contract-query.ts';
import { systemChecks } from '../../subgraphs/checks.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpClient, type HttpClient } from '../../adapters/_kit/http.ts';
import { createSourceCache } from '../../adapters/_kit/cache.ts';
import { createCachedFetcher } from '../../adapters/_kit/fetcher.ts';
import { startReplayServer, type ReplayServer } from '../../replay/server.ts';
import { systemReplay } from '../../replay/recorded.ts';
import type { SourceContext } from '../../subgraphs/_shared/contract-source.ts';
import { SYSTEM_SOURCES } from '../../subgraphs/systems.ts';
import { IHRDA_TEMPLATES, ihrdaSource } from '../../subgraphs/african/ihrda-source.ts';
import { caseKey } from '../../subgraphs/african/same-case.ts';
import { africanState, africanStates, courtCaseStatus } from '../../subgraphs/african/to-contract.ts';
import { communicationNumbers } from '../../adapters/uwazi/index.ts';

const africanReplay = systemReplay('AFRICAN');

describe('African State names and statuses', () => {
  it('resolves the formal State names the African bodies write, and keeps organisations without a code', () => {
    const warnings: string[] = [];
    expect(
      [
        'Republic of Senegal',
        "People's Democratic Republic of Algeria",
        'Kingdom of Morocco',
        'Republic of Cote d’Ivoire',
        'Federal Republic of Nigeria',
        'United Republic of Tanzania',
        'The Kingdom of Swaziland',
        'the Federal Democratic Republic of Ethiopia',
        'USA',
      ].map((n) => africanState(n, warnings).code),
    ).toEqual(['SEN', 'DZA', 'MAR', 'CIV', 'NGA', 'TZA', 'SWZ', 'ETH', 'USA']);
    expect(warnings).toEqual([]);
    expect(africanState('The African Union', warnings)).toEqual({ code: null, name: 'The African Union' });
    expect(warnings).toEqual(['unknown State name "The African Union" kept without a code']);
  });

  it('maps the registry statuses to case statuses and reads IHRDA communication numbers', () => {
    expect(['Finalized', 'Pending', 'Struck out', 'Transferred to Commission', 'Withdrawn', 'Other'].map(courtCaseStatus)).toEqual([
      'DECIDED',
      'PENDING',
      'STRUCK_OUT',
      'TRANSFERRED',
      'WITHDRAWN',
      'OTHER',
    ]);
    expect(communicationNumbers('143/95-150/96 Constitutional Rights Project and Civil Liberties Organisation v Nigeria')).toEqual([
      '143/95',
      '150/96',
    ]);
    expect(communicationNumbers('No number here')).toEqual([]);
    expect(['001/2008', '1/08', '599/16'].map(caseKey)).toEqual(['1/08', '1/08', '599/16']);
  });

  it('reads the States after "v" in a title, one or a list', () => {
    const warnings: string[] = [];
    expect(africanStates('Malawi, Ethiopia, Cameroon and Kenya', warnings).map((c) => c.code)).toEqual(['MWI', 'ETH', 'CMR', 'KEN']);
    expect(africanStates('the Federal Democratic Republic of Ethiopia', warnings).map((c) => c.code)).toEqual(['ETH']);
    // The French name of the Republic of the Congo (was left without a code before the resolver knew French names).
    expect(africanStates('Republique du Congo', warnings)).toEqual([{ code: 'COG', name: 'Republique du Congo' }]);
    expect(africanStates('Republic of Narnia', warnings)).toEqual([{ code: null, name: 'Republic of Narnia' }]);
    expect(warnings).toEqual(['unknown State name "Republic of Narnia" kept without a code']);
  });
});

describe('African sources on the replay server', () => {
  let server: ReplayServer;
  let http: HttpClient;
  let ctx: SourceContext;
  const source = (name: string) => SYSTEM_SOURCES['african'](africanReplay.environment(server)).find((s) => s.name === name)!;
  /** IHRDA's ACHPR template alone, as a windowed source (the hub reads it merged, see the 'achpr' source). */
  const ihrdaAchpr = () => ihrdaSource(IHRDA_TEMPLATES[0], server.baseUrl('ihrda'));
  const createContext = (): SourceContext => ({ fetcher: createCachedFetcher(http, createSourceCache()), http });

  beforeAll(async () => {
    server = await startReplayServer(africanReplay.mounts({}));
    http = createHttpClient({ retry: { maxRetries: 0, minDelayMs: 1, factor: 2, maxDelayMs: 10, statusCodes: [503] } });
    ctx = createContext();
  });
  afterAll(async () => {
    await http.close();
    await server.close();
  });

  it("lists the Commission and the Court, each merged with IHRDA, the Commission's missions, and IHRDA alone for the sub-regional courts and the ACERWC", () => {
    expect(SYSTEM_SOURCES['african']({}).map((s) => [s.name, s.mechanisms])).toEqual([
      ['achpr', ['af-achpr']],
      ['achpr-missions', ['af-achpr']],
      ['african-court', ['af-afchpr']],
      ['ihrda-ecowas', ['af-ecowas-ccj']],
      ['ihrda-eacj', ['af-eacj']],
      ['ihrda-acerwc', ['af-acerwc']],
      ['ihrda-sadc', ['af-sadc-t']],
    ]);
  });

  it('gives the African Court cases against Tanzania as decided decisions, newest first, with the registry as provenance', async () => {
    const page = await source('african-court').decisions!({ ...ALL, countries: ['TZA'] }, ctx);
    expect(page.total).toBe(2);
    expect(page.rows.map((d) => [d.id, d.date, d.caseStatus, d.caseStatusLabel])).toEqual([
      ['african-court:009/2011', '2013-06-14', 'DECIDED', 'Finalized'],
      ['african-court:011/2011', '2013-06-14', 'DECIDED', 'Finalized'],
    ]);
    expect(page.rows[1]).toMatchObject({
      title: 'Rev. Christopher Mtikila v. United Republic of Tanzania',
      caseNumbers: ['011/2011'],
      respondents: [{ code: 'TZA', name: 'United Republic of Tanzania' }],
      mechanism: { id: 'af-afchpr' },
      url: null,
      provenance: {
        system: 'AFRICAN',
        source: 'african-court',
        owner: "African Court on Human and Peoples' Rights",
        sourceUrl: `${server.baseUrl('african-court')}/cpmt/received-cases`,
      },
    });
  });

  it('keeps struck-out and transferred applications with their status, and reports respondents that are not States', async () => {
    const page = await source('african-court').decisions!(ALL, ctx);
    expect(page.total).toBe(15);
    const statuses = new Map(page.rows.map((d) => [d.caseNumbers[0], d.caseStatus]));
    expect([statuses.get('004/2011'), statuses.get('002/2011'), statuses.get('001/2008')]).toEqual([
      'STRUCK_OUT',
      'TRANSFERRED',
      'DECIDED',
    ]);
    expect(page.rows.find((d) => d.caseNumbers[0] === '008/2011')?.respondents.map((r) => r.code)).toEqual(['NGA', 'CMR']);
    expect(page.warnings).toContain('unknown State name "The African Union" kept without a code');
    const dates = page.rows.map((d) => d.date!);
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('filters the registry by date and pages it', async () => {
    const page = await source('african-court').decisions!({ ...ALL, from: '2013-01-01', offset: 1, limit: 2 }, ctx);
    expect(page.total).toBe(6);
    expect(page.rows.map((d) => d.id)).toEqual(['african-court:003/2011', 'african-court:009/2011']);
  });

  it("gives the Commission's decisions on Kenya once each, dated and completed from IHRDA, with IHRDA in alsoIn", async () => {
    const page = await source('achpr').decisions!({ ...ALL, countries: ['KEN'] }, ctx);
    expect(page.total).toBe(2);
    expect(page.rows.map((d) => d.id)).toEqual(['achpr:135/94', 'achpr:19/88']);
    expect(page.rows[0]).toMatchObject({
      title: '135/94 Kenya Human Rights Commission v Kenya',
      caseNumbers: ['135/94'],
      date: '1995-10-11',
      kind: 'DECISION',
      kindLabel: 'Decision',
      conclusion: 'Ruled Inadmissible',
      respondents: [{ code: 'KEN' }],
      url: `${server.baseUrl('achpr')}/en/decisions-communications/communication-13594`,
      provenance: { system: 'AFRICAN', source: 'achpr', owner: "African Commission on Human and Peoples' Rights" },
      alsoIn: [
        {
          source: 'ihrda-achpr',
          owner: 'Institute for Human Rights and Development in Africa (IHRDA)',
          sourceUrl: `${server.baseUrl('ihrda')}/entity/h7d4ud9p40ewncj2jucndygb9`,
        },
      ],
    });
    expect(page.rows[1].respondents.map((r) => r.code)).toEqual(['MWI', 'ETH', 'CMR', 'KEN']);
  });

  it('reads every listing page up to the end of the pager, and keeps communications IHRDA lacks, undated and last', async () => {
    const before = server.hits('achpr').length;
    const page = await source('achpr').decisions!(ALL, createContext());
    expect(server.hits('achpr').slice(before)).toEqual([0, 1, 2].map((n) => `GET /en/category/decisions-communications?page=${n}`));
    expect(page.total).toBe(17);
    expect(page.rows.slice(-2).map((d) => [d.id, d.date, d.alsoIn.length])).toEqual([
      ['achpr:599/16', null, 0],
      ['achpr:825/23', null, 0],
    ]);
    expect(page.rows.filter((d) => d.provenance.source === 'ihrda-achpr')).toHaveLength(13);
    expect(page.warnings.filter((w) => w.startsWith('unknown State'))).toEqual([]);
    expect(page.rows.find((d) => d.respondents.some((r) => r.name === 'Republique du Congo'))?.respondents).toEqual([
      { code: 'COG', name: 'Republique du Congo' },
    ]);
    const ids = page.rows.map((d) => d.id);
    expect(new Set(ids).size).toBe(17);
  });

  it("still answers from IHRDA when the Commission's site is down, and says so", async () => {
    server.setFault('achpr', { kind: 'status', status: 500 });
    try {
      const page = await source('achpr').decisions!({ ...ALL, countries: ['NGA'] }, createContext());
      expect(page.rows.map((d) => d.provenance.source)).toEqual(['ihrda-achpr', 'ihrda-achpr', 'ihrda-achpr', 'ihrda-achpr']);
      expect(page.warnings[0]).toMatch(/^the body's own list could not be read/);
    } finally {
      server.setFault('achpr', undefined);
    }
  });

  it('asks IHRDA only for the window, with dates as a year_decided range', async () => {
    const before = server.hits('ihrda').length;
    const page = await ihrdaAchpr().decisions!({ ...ALL, from: '1999-01-01', to: '2006-12-31', offset: 1, limit: 3 }, ctx);
    expect(page.total).toBe(7);
    expect(page.rows.map((d) => d.date)).toEqual(['2006-05-25', '2003-05-29', '2003-05-19']);
    const searches = server
      .hits('ihrda')
      .slice(before)
      .filter((h) => h.startsWith('GET /api/search'));
    expect(searches).toHaveLength(1);
    expect(new URL(searches[0].slice(4), 'http://x').searchParams.get('from')).toBe('1');
  });

  it('answers a State IHRDA has no decision on without a search, and an empty template with no rows', async () => {
    const none = await ihrdaAchpr().decisions!({ ...ALL, countries: ['SVN'] }, ctx);
    expect(none).toMatchObject({ rows: [], total: 0 });
    const ecowas = await source('ihrda-ecowas').decisions!({ ...ALL, countries: ['NGA'] }, ctx);
    expect(ecowas).toMatchObject({ rows: [], total: 0 });
  });

  it('says why a template answers nothing: empty, or not a template IHRDA has (configured wrong)', async () => {
    const ecowas = await source('ihrda-ecowas').decisions!(ALL, ctx);
    expect(ecowas).toMatchObject({
      rows: [],
      total: 0,
      warnings: ['ihrda-ecowas: IHRDA\'s template "ECOWAS" (5a0424a43fd6452f890c3f69) holds no decisions'],
    });
    const wrong = ihrdaSource({ ...IHRDA_TEMPLATES[2], template: '000000000000000000000000' } as never, server.baseUrl('ihrda'));
    await expect(wrong.decisions!(ALL, ctx)).rejects.toMatchObject({ code: 'RH_SOURCE_CONFIG' });
  });

  it("resolves IHRDA's own spelling of a State through the shared resolver, keeping it as written", async () => {
    const page = await ihrdaAchpr().decisions!({ ...ALL, from: '2012-10-22', to: '2012-10-22' }, ctx);
    expect(page.rows[0].respondents).toEqual([{ code: 'COD', name: 'Democratic Republic of Congo' }]);
    expect(page.warnings).toEqual([]);
  });
});

describe('African drift checks', () => {
  it("checks the Commission's two listings, the registry page and every IHRDA template on the live sites, with the adapters' own parsers", () => {
    expect(systemChecks('african').map((c) => [c.source, c.system])).toEqual([
      ['achpr', 'AFRICAN'],
      ['achpr-missions', 'AFRICAN'],
      ['african-court', 'AFRICAN'],
      ['ihrda-achpr', 'AFRICAN'],
      ['ihrda-afchpr', 'AFRICAN'],
      ['ihrda-ecowas', 'AFRICAN'],
      ['ihrda-eacj', 'AFRICAN'],
      ['ihrda-acerwc', 'AFRICAN'],
      ['ihrda-sadc', 'AFRICAN'],
    ]);
    expect(systemChecks('african')[0].url).toBe('https://achpr.au.int/en/category/decisions-communications?page=0');
    expect(systemChecks('african')[2].url).toBe('https://www.african-court.org/cpmt/received-cases');
    expect(systemChecks('african')[3].url).toMatch(
      /^https:\/\/caselaw\.ihrda\.org\/api\/search\?types=%5B%2259f8a857c01ffe324453ba2f%22%5D/,
    );
  });
});
