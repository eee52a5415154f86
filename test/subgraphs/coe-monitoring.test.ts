import { ALL } from '../support/contract-query.ts';
import { systemChecks } from '../../subgraphs/checks.ts';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { MockAgent } from 'undici';
import { createHttpClient, type HttpClient } from '../../adapters/_kit/http.ts';
import { createSourceCache } from '../../adapters/_kit/cache.ts';
import { createCachedFetcher, type Fetched } from '../../adapters/_kit/fetcher.ts';
import { HUDOC_SITES, type HudocSiteConfig } from '../../adapters/hudoc/index.ts';
import type { HudocColumns } from '../../adapters/hudoc/parse.ts';
import { parseHudocRss } from '../../adapters/hudoc/rss.ts';
import { hudocReplay } from '../../adapters/hudoc/replay.ts';
import { startReplayServer, type ReplayServer } from '../../replay/server.ts';
import type { SourceContext } from '../../subgraphs/_shared/contract-source.ts';
import {
  hudocCptSource,
  hudocEcriSource,
  hudocEscSource,
  hudocGretaSource,
  hudocGrevioSource,
} from '../../subgraphs/council-of-europe/hudoc-sources.ts';
import {
  toEcriRecommendations,
  toGretaRecommendations,
  toGrevioRecommendations,
} from '../../subgraphs/council-of-europe/monitoring-to-contract.ts';
import { SYSTEM_SOURCES } from '../../subgraphs/systems.ts';

const fixture = (path: string) => new URL(`../fixtures/${path}`, import.meta.url);
const RECORDS: HudocColumns[] = JSON.parse(readFileSync(fixture('hudoc-echr/records.json'), 'utf8'));
const FETCHED: Fetched = {
  url: 'https://hudoc.ecri.coe.int/app/transform/rss?…',
  body: '',
  contentType: 'application/rss+xml',
  fetchedAt: '2025-05-29T10:00:00.000Z',
  fromCache: false,
  stale: false,
  latencyMs: 12,
};
const SITES = {
  exec: 'execidentifier',
  ecri: 'ecriidentifier',
  greta: 'gretaidentifier',
  grevio: 'greviosectionid',
  cpt: 'cptsectionid',
  esc: 'escdcidentifier',
  fcnm: 'fcnmsectionid',
} as const;
type Site = keyof typeof SITES;
const rss = (site: Site) => readFileSync(fixture(`hudoc-rss/${site}.xml`), 'utf8');
const items = (site: Site) => parseHudocRss(rss(site), SITES[site], `hudoc-${site}`, 'file').items;

describe('ECRI documents as Recommendations', () => {
  const recommendations = toEcriRecommendations(items('ecri'), FETCHED, []);
  const byId = (id: string) => recommendations.find((r) => r.id === `hudoc-ecri:${id}`)!;

  it('maps the sixth report on Lithuania with its State, date, category and document', () => {
    expect(byId('LTU-CbC-VI-2024-28-ENG')).toMatchObject({
      text: 'Sixth report on Lithuania',
      issuedOn: '2024-10-23',
      sourceDate: null,
      mechanism: { id: 'coe-ecri', acronym: 'ECRI' },
      mechanismLabel: 'ECRI',
      annotationType: 'Country Reports',
      countries: [{ code: 'LTU', name: 'Lithuania' }],
      themes: [],
      statePosition: null,
      document: {
        symbol: 'LTU-CbC-VI-2024-28-ENG',
        title: 'Sixth report on Lithuania',
        url: 'http://hudoc.ecri.coe.int/eng#{"ecriidentifier":["LTU-CbC-VI-2024-28-ENG"]}',
      },
      followUp: null,
      provenance: { system: 'EUROPEAN', source: 'hudoc-ecri', owner: 'Council of Europe', fetchedAt: FETCHED.fetchedAt },
    });
  });

  it('gives a country report the interim follow-up conclusions of its cycle and State as its follow-up, ungraded as the feed is', () => {
    expect(byId('HUN-Cbc-VI-2023-02-ENG').followUp).toEqual({
      grade: 'UNKNOWN',
      label: 'Interim Follow-up Conclusions',
      assessedOn: '2024-10-15',
      document: {
        symbol: 'HUN-IFU-VI-2024-34-ENG',
        title: 'Interim follow-up Conclusions on Hungary - 6th monitoring cycle',
        url: 'http://hudoc.ecri.coe.int/eng#{"ecriidentifier":["HUN-IFU-VI-2024-34-ENG"]}',
        language: null,
      },
    });
    expect(byId('CYP-CbC-VI-2023-01-ENG').followUp?.document?.symbol).toBe('CYP-IFU-VI-2024-31-ENG');
  });

  it('keeps interim follow-up conclusions as records of their own, so that "what is new" sees them', () => {
    expect(byId('BGR-IFU-VI-2025-01-ENG')).toMatchObject({
      issuedOn: '2025-02-19',
      countries: [{ code: 'BGR' }],
      annotationType: 'Interim Follow-up Conclusions',
      followUp: { grade: 'UNKNOWN', assessedOn: '2025-02-19', document: { symbol: 'BGR-IFU-VI-2025-01-ENG' } },
    });
    expect(byId('DEN-IFU-VI-2024-32-ENG').countries).toEqual([{ code: 'DNK', name: 'Denmark' }]);
  });

  it('maps a general policy recommendation with no State', () => {
    expect(byId('REC-17-2023-30-ENG')).toMatchObject({
      annotationType: 'General Policy Recommendations',
      countries: [],
      issuedOn: '2023-09-28',
    });
  });

  it('leaves press releases and government observations out: 31 of the 70 items are recommendations', () => {
    const count = (type: string) => recommendations.filter((r) => r.annotationType === type).length;
    expect([
      recommendations.length,
      count('Country Reports'),
      count('Interim Follow-up Conclusions'),
      count('General Policy Recommendations'),
    ]).toEqual([31, 19, 11, 1]);
  });
});

describe('GRETA and GREVIO reports as Recommendations', () => {
  it('assembles GRETA report sections into one record per country report', () => {
    const greta = toGretaRecommendations(items('greta'), FETCHED, []);
    expect(greta.map((r) => [r.id, r.countries[0].code, r.issuedOn])).toEqual([
      ['hudoc-greta:LIE-REP-3-2025--ENG', 'LIE', '2025-02-03'],
      ['hudoc-greta:CHE-REP-3-2024--ENG', 'CHE', '2024-06-20'],
      ['hudoc-greta:MCO-REP-3-2024--ENG', 'MCO', '2024-06-11'],
    ]);
    expect(greta[0]).toMatchObject({
      text: '3 - Liechtenstein - Country Reports',
      mechanism: { id: 'coe-greta' },
      annotationType: 'Country Reports',
      document: { symbol: 'LIE-REP-3-2025--ENG-1', title: 'I. Introduction' },
    });
  });

  it('assembles the three GREVIO evaluation reports, pointing at the list of proposals and suggestions', () => {
    const grevio = toGrevioRecommendations(items('grevio'), FETCHED, []);
    expect(grevio.map((r) => [r.countries[0].code, r.issuedOn, r.document?.title])).toEqual([
      ['MNE', '2024-11-22', 'Appendix I - List of proposals and suggestions by GREVIO'],
      ['ESP', '2024-11-21', 'Appendix I - List of proposals and suggestions by GREVIO'],
      ['SWE', '2024-11-28', 'Appendix I - List of proposals and suggestions by GREVIO'],
    ]);
    expect(grevio[2]).toMatchObject({
      text: 'First thematic evaluation report - SWEDEN',
      mechanism: { id: 'coe-grevio' },
      annotationType: null,
    });
  });

  it('reads a GREVIO section with an empty title by its description, and leaves general reports out', () => {
    const cover = items('grevio').find((i) => i.id === 'GREVIO(2024)11_Spain_First_thematic_evaluation_report_eng-0')!;
    expect(cover.title).toBe('First thematic evaluation report - 0');
    const ids = toGrevioRecommendations(items('grevio'), FETCHED, []).map((r) => r.id);
    expect(ids.some((id) => /General_Report|Government_responses/.test(id))).toBe(false);
  });
});

describe('the Council of Europe feed sources over the replay server', () => {
  let server: ReplayServer;
  let http: HttpClient;
  const ctx = (): SourceContext => ({ fetcher: createCachedFetcher(http, createSourceCache()), http });
  const at = (site: Site | 'echr'): HudocSiteConfig => ({ ...HUDOC_SITES[site], baseUrl: server.baseUrl(`hudoc-${site}`) });

  beforeAll(async () => {
    server = await startReplayServer({
      'hudoc-echr': hudocReplay({ records: RECORDS }),
      ...Object.fromEntries(
        Object.keys(SITES).map((site) => [
          `hudoc-${site}`,
          hudocReplay({ rssFile: fixture(`hudoc-rss/${site}.xml`), contentSiteName: site.toUpperCase() }),
        ]),
      ),
    });
    http = createHttpClient({ retry: { maxRetries: 0, minDelayMs: 1, factor: 2, maxDelayMs: 10, statusCodes: [] } });
  });
  afterAll(async () => {
    await http.close();
    await server.close();
  });

  it('answers ECRI recommendations for Lithuania', async () => {
    const page = await hudocEcriSource(at('ecri')).recommendations!({ ...ALL, countries: ['LTU'] }, ctx());
    expect([page.total, page.rows.map((r) => r.text)]).toEqual([1, ['Sixth report on Lithuania']]);
  });

  it('answers "what is new since" an instant from the feed alone, for every feed source', async () => {
    const since = '2025-01-01T00:00:00.000Z';
    const c = ctx();
    const hitsBefore = server.hits('hudoc-ecri').length;
    const ecri = await hudocEcriSource(at('ecri')).recommendations!({ ...ALL, since }, c);
    expect(ecri.rows.map((r) => r.id)).toEqual([
      'hudoc-ecri:BGR-IFU-VI-2025-01-ENG',
      'hudoc-ecri:FRA-IFU-VI-2025-02-ENG',
      'hudoc-ecri:GRC-IFU-VI-2025-03-ENG',
    ]);
    const greta = await hudocGretaSource(at('greta')).recommendations!({ ...ALL, since }, c);
    expect(greta.rows.map((r) => r.id)).toEqual(['hudoc-greta:LIE-REP-3-2025--ENG']);
    const esc = await hudocEscSource(at('esc')).decisions!({ ...ALL, since: '2025-03-19T00:00:00.000Z' }, c);
    expect(esc.rows.map((d) => [d.id, d.date])).toEqual([['hudoc-esc:cc-240-2024-dadmissandimmed-en', '2025-03-19']]);
    const cpt = await hudocCptSource(at('cpt')).visits!({ ...ALL, since: '2024-07-08T00:00:00.000Z' }, c);
    expect(cpt.rows.map((v) => [v.id, v.documents.length])).toEqual([['hudoc-cpt:p-ltu-20240212-en', 12]]);
    expect(server.hits('hudoc-ecri').length - hitsBefore).toBe(1);
  });

  it('compares "since" as an instant: a report published at midnight is new since midnight, not since one second later', async () => {
    const grevio = hudocGrevioSource(at('grevio'));
    const later = await grevio.recommendations!({ ...ALL, since: '2024-11-28T00:00:01.000Z' }, ctx());
    const sweden = await grevio.recommendations!({ ...ALL, since: '2024-11-28T00:00:00.000Z' }, ctx());
    expect([later.total, sweden.rows.map((r) => r.countries[0].code)]).toEqual([0, ['SWE']]);
  });

  it('declares the since filter on every feed source and not on the JSON search', () => {
    const sources = SYSTEM_SOURCES['council-of-europe']({});
    expect(sources.map((s) => [s.name, s.canFilterBy.since, s.mechanisms])).toEqual([
      ['cpt-database', false, ['coe-cpt']],
      ['hudoc-echr', false, ['coe-ecthr']],
      ['hudoc-exec', false, ['coe-cm']],
      ['hudoc-fcnm', true, ['coe-fcnm']],
      ['hudoc-esc', true, ['coe-ecsr']],
      ['hudoc-ecri', true, ['coe-ecri']],
      ['hudoc-greta', true, ['coe-greta']],
      ['hudoc-grevio', true, ['coe-grevio']],
    ]);
  });
});

describe('the live drift checks of the Council of Europe feeds (offline: the live origins are mocked)', () => {
  let agent: MockAgent;
  afterEach(() => agent.close());

  it('has one check per source read, each counting the distinct items of its recorded feed', async () => {
    agent = new MockAgent();
    agent.disableNetConnect();
    const feeds = (Object.keys(SITES) as Site[]).filter((site) => site !== 'exec');
    for (const site of feeds)
      agent
        .get(`https://hudoc.${site}.coe.int`)
        .intercept({ path: /^\/app\/transform\/rss/ })
        .reply(200, rss(site));
    const checks = systemChecks('council-of-europe').filter((c) => !['hudoc-echr', 'hudoc-exec'].includes(c.source));
    expect(checks.map((c) => c.source).sort()).toEqual(feeds.map((s) => `hudoc-${s}`).sort());
    const client = createHttpClient(
      { retry: { maxRetries: 0, minDelayMs: 1, factor: 2, maxDelayMs: 1, statusCodes: [] } },
      { dispatcher: agent },
    );
    // Each feed holds 70 items; FCNM's gives 16 of its sections twice, so its check reads 54.
    for (const check of checks)
      await expect(check.run(client)).resolves.toEqual({ records: check.source === 'hudoc-fcnm' ? 54 : 70, problems: [] });
  });
});
